"""Site search latency in real Chromium, old (Material's lunr search) against new (Pagefind), run by hand.

For each content size (1x and 10x, synthetic.py) it builds the site twice: with this checkout's
generator (Pagefind) and with the generator of an older commit that still used Material's search
plugin (default: the last commit before Pagefind, 5dccc5d). It then measures in Chromium, served
from localhost, the time from the first key of a query to the first rendered result (timed in the
page, so the driver's typing speed does not count):
- "after load": the query is typed as soon as the page has loaded (the index may still be loading),
- "later query": a second query in the same page once the first one answered,
and the bytes the browser fetched for the first query (search index, worker, wasm, chunks).

    python benchmarks/search_latency.py [--factors 1 10] [--old-commit 5dccc5d] [--query pleegzorg]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(PROJECT / "tests"))
sys.path.insert(0, str(HERE))

from conftest import CHROMIUM_FLAGS, serve_directory  # noqa: E402

OLD = {"open": lambda page: page.focus("input.md-search__input"), "result": ".md-search-result__item",
       "clear": lambda page: page.fill("input.md-search__input", "")}
NEW = {"open": lambda page: page.keyboard.press("/"), "result": ".rw-zoek__resultaat",
       "clear": lambda page: page.fill("#rw-zoek-vraag", "")}


def make_tree(code: Path, root: Path, factor: float) -> Path:
    """Synthetic content from the checkout's own content and synthetic.py: each generator gets
    content it understands (the content format grew between the two commits)."""
    subprocess.run([sys.executable, str(code / "benchmarks" / "synthetic.py"), str(root), "--factor", str(factor)],
                   cwd=code, check=True, env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin"}, capture_output=True)
    return root


def build(code: Path, root: Path) -> Path:
    """Build `root` with the generator in `code` (a checkout) in a separate process."""
    subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "build"], cwd=code, check=True,
                   env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin"}, capture_output=True)
    return root / "site"


def old_checkout(commit: str, target: Path) -> Path:
    archive = subprocess.run(["git", "archive", commit], cwd=PROJECT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


WATCH = """(selector) => {
    window.__firstKey = null; window.__firstResult = null;
    document.addEventListener("keydown", () => { if (window.__firstKey === null) window.__firstKey = performance.now(); }, true);
    new MutationObserver(() => {
        if (window.__firstResult === null && window.__firstKey !== null && document.querySelector(selector))
            window.__firstResult = performance.now();
    }).observe(document.body, {childList: true, subtree: true});
}"""


def in_page_ms(page, ui: dict) -> float:
    """First key to first rendered result, timed in the page: the driver's typing speed is not counted."""
    page.wait_for_selector(ui["result"], timeout=120_000)
    page.wait_for_function("window.__firstResult !== null")
    return page.evaluate("window.__firstResult - window.__firstKey")


def one_run(browser, url: str, ui: dict, query: str, second: str) -> tuple[float, float, int]:
    context = browser.new_context()
    page = context.new_page()
    fetched = []
    page.on("requestfinished", lambda r: fetched.append(r))
    page.goto(url)
    page.wait_for_load_state("load")
    before = len(fetched)
    ui["open"](page)
    page.evaluate(WATCH, ui["result"])
    page.keyboard.type(query)
    first = in_page_ms(page, ui)
    size = 0
    for request in fetched[before:]:
        sizes = request.sizes()
        size += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    page.wait_for_timeout(300)
    ui["clear"](page)
    page.wait_for_selector(ui["result"], state="detached", timeout=10_000)
    page.evaluate(WATCH, ui["result"])
    page.keyboard.type(second)
    later = in_page_ms(page, ui)
    context.close()
    return first, later, size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--factors", type=float, nargs="+", default=[1, 10])
    parser.add_argument("--old-commit", default="5dccc5d")
    parser.add_argument("--query", default="pleegzorg")
    parser.add_argument("--second", default="veilig thuis")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "old-code").mkdir()
        old_code = old_checkout(args.old_commit, tmp / "old-code")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
            for factor in args.factors:
                for label, code, ui in (("oud (lunr)", old_code, OLD), ("nieuw (Pagefind)", PROJECT, NEW)):
                    root = make_tree(code, tmp / f"{label[:4].strip()}-{factor:g}", factor)
                    site = build(code, root)
                    server, url = serve_directory(site)
                    runs = [one_run(browser, url + "zorgroutes/", ui, args.query, args.second) for _ in range(args.runs)]
                    server.shutdown()
                    rows.append((f"{factor:g}x", label, statistics.median(r[0] for r in runs),
                                 statistics.median(r[1] for r in runs), statistics.median(r[2] for r in runs)))
            browser.close()
    print("| content | search | first results after load (ms) | later query (ms) | bytes fetched for first query |")
    print("|---|---|---:|---:|---:|")
    for content, label, first, later, size in rows:
        print(f"| {content} | {label} | {first:.0f} | {later:.0f} | {size / 1024:.1f} KB |")


if __name__ == "__main__":
    main()
