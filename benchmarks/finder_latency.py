"""Finder latency in real Chromium: time per keystroke with many aanbieders (run by hand).

Builds a synthetic tree with N extra aanbieders (default 5,000), serves it on a loopback port and
types a query character by character. For each keystroke it reports the time from dispatching
the input event until the result list is updated and laid out, and until the next painted frame.

    python benchmarks/finder_latency.py [--aanbieders 5000] [--reuse /tmp/syn5000]
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--aanbieders", type=int, default=5000)
    parser.add_argument("--reuse", type=Path, help="an already built synthetic root")
    parser.add_argument("-v", action="store_true", help="print every keystroke")
    args = parser.parse_args()
    root = args.reuse or make_tree(Path(tempfile.mkdtemp()) / "root", 1, args.aanbieders)
    if not (root / "site" / "vinden" / "index.html").exists():
        build_site(root)
    server, url = serve_directory(root / "site")
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
