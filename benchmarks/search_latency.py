"""First-query latency of the site search in real Chromium (run by hand).

Opens a page of a built site, types a query into Material's search box and measures until the
first result is rendered: once straight after page load (the index may still be loading) and
once after the page is idle. Also reports the search index size.

    python benchmarks/search_latency.py SITE_DIR [--query woord]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from conftest import CHROMIUM_FLAGS, serve_directory  # noqa: E402


def measure(page, url: str, query: str, wait_idle: bool) -> float:
    page.goto(url)
    if wait_idle:
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(1500)
    page.focus("input.md-search__input")
    start = time.perf_counter()
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item", timeout=120_000)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=Path)
    parser.add_argument("--query", default="pleegzorg")
    args = parser.parse_args()
    server, url = serve_directory(args.site)
    from playwright.sync_api import sync_playwright

    index = args.site / "search" / "search_index.json"
    print(f"search index: {index.stat().st_size / 2**20:.2f} MB" if index.exists() else "no search_index.json")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
        for label, idle in (("right after load", False), ("page idle", True)):
            times = []
            for _ in range(3):
                context = browser.new_context()
                times.append(measure(context.new_page(), url + "zorgroutes/", args.query, idle))
                context.close()
            print(f"first query ({label}): " + ", ".join(f"{t:.0f} ms" for t in times))
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
