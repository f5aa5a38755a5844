"""Finder latency in real Chromium: time per keystroke with many aanbieders (run by hand).

Builds a synthetic tree with N extra aanbieders (default 5,000), serves it on a loopback port and
types a query character by character. For each keystroke it reports the time from dispatching
the input event until the result list is updated and laid out, and until the next painted frame.

With --first it measures the page load instead (median of --runs cold loads, cache off): the
finder page's HTML bytes, every byte fetched until the first results show, and the time from
navigation start to the first contentful paint and to the first results (the form shown and the
list filled by finder.js), for the page as such and as a gemeente page's "en N meer" link opens it.

    python benchmarks/finder_latency.py [--aanbieders 5000] [--reuse /tmp/syn5000] [--first [--runs 5]]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from conftest import CHROMIUM_FLAGS, serve_directory  # noqa: E402
from synthetic import make_tree  # noqa: E402

from generator.site.build import build_site  # noqa: E402

MEASURE = """async (queries) => {
  const field = document.getElementById('f-tekst');
  const frame = () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const results = [];
  for (const q of queries) {
    await frame();
    field.value = q;
    const t0 = performance.now();
    field.dispatchEvent(new Event('input', {bubbles: true}));
    document.getElementById('rw-resultaten').getBoundingClientRect();  // force style + layout
    const t1 = performance.now();
    await frame();
    results.push([q, t1 - t0, performance.now() - t0, document.getElementById('rw-aantal').textContent]);
  }
  return results;
}"""


READY = """() => {
  const done = () => {
    const form = document.getElementById('rw-finder');
    const list = document.getElementById('rw-resultaten');
    return form && !form.hidden && list && list.querySelector('li[data-id]');
  };
  window.__firstResults = new Promise(resolve => {
    const check = () => { if (done()) { resolve(performance.now()); return true; } return false; };
    const watch = () => {
      if (check()) return;
      new MutationObserver((_, observer) => { if (check()) observer.disconnect(); })
        .observe(document.documentElement, {subtree: true, childList: true, attributes: true});
    };
    if (document.documentElement) watch(); else document.addEventListener('readystatechange', watch, {once: true});
  });
}"""

LOADED = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const entries = [nav, ...performance.getEntriesByType('resource')];
  return {html: nav.decodedBodySize, bytes: entries.reduce((n, e) => n + e.decodedBodySize, 0),
          fcp: (performance.getEntriesByName('first-contentful-paint')[0] || {startTime: NaN}).startTime};
}"""


def first_results(browser, url: str, runs: int) -> dict:
    """Median over cold loads (a new context each): ms to first contentful paint and to first results, and
    the bytes (decoded) fetched until the first results."""
    fcp, ready, fetched, html = [], [], [], 0
    for _ in range(runs):
        context = browser.new_context()
        page = context.new_page()
        page.add_init_script("(" + READY + ")()")
        page.goto(url, wait_until="commit")
        ready.append(page.evaluate("() => window.__firstResults"))
        loaded = page.evaluate(LOADED)  # everything fetched until the first results
        page.wait_for_load_state("load")
        fcp.append(page.evaluate(LOADED)["fcp"])
        html = loaded["html"]
        fetched.append(loaded["bytes"])
        context.close()
    return {"fcp": statistics.median(fcp), "ready": statistics.median(ready), "bytes": statistics.median(fetched),
            "html": html}


def main_first(url: str, gemeente: str, runs: int) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
        for label, address in (("vinden/", url + "vinden/"), (f"vinden/?gemeente={gemeente}",
                                                              url + f"vinden/?gemeente={gemeente}")):
            r = first_results(browser, address, runs)
            print(f"{label:40} HTML {r['html'] / 1024:7.1f} KB  fetched {r['bytes'] / 1024:7.1f} KB  "
                  f"first paint {r['fcp']:6.0f} ms  first results {r['ready']:6.0f} ms")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--aanbieders", type=int, default=5000)
    parser.add_argument("--reuse", type=Path, help="an already built synthetic root")
    parser.add_argument("-v", action="store_true", help="print every keystroke")
    parser.add_argument("--first", action="store_true", help="measure the load until the first results instead")
    parser.add_argument("--runs", type=int, default=5, help="with --first: cold loads per address (median)")
    args = parser.parse_args()
    root = args.reuse or make_tree(Path(tempfile.mkdtemp()) / "root", 1, args.aanbieders)
    if not (root / "site" / "vinden" / "index.html").exists():
        build_site(root)
    server, url = serve_directory(root / "site")
    if args.first:
        gemeente = sorted(p.name for p in (root / "site" / "gemeenten").iterdir() if p.is_dir())[0]
        main_first(url, gemeente, args.runs)
        server.shutdown()
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
        page = browser.new_page()
        page.goto(url + "vinden/")
        page.wait_for_selector("#rw-finder:not([hidden])")
        word = "gezinsbegeleiding noorderlicht"
        queries = [word[:i] for i in range(1, len(word) + 1)] + ["45", "45A0", "ambulant", ""]
        rows = page.evaluate(MEASURE, queries)
        page.select_option("#f-gemeente", index=5)
        rows += page.evaluate(MEASURE, ["jeugd", "jeugdzorg", ""])
        browser.close()
    server.shutdown()
    handler = [r[1] for r in rows]
    paint = [r[2] for r in rows]
    items = len(list((root / "site" / "aanbieders").glob("*/index.html")))
    print(f"{items} aanbieders in the list, {len(rows)} keystrokes")
    print(f"update + layout: median {statistics.median(handler):.1f} ms, max {max(handler):.1f} ms")
    print(f"until next paint: median {statistics.median(paint):.1f} ms, max {max(paint):.1f} ms")
    for q, h, p, count in (rows if "-v" in sys.argv else rows[:6] + rows[-4:]):
        print(f"  {q!r:34} {h:6.1f} ms  {p:6.1f} ms  {count}")


if __name__ == "__main__":
    main()
