"""Shared fixtures: content trees copied to tmp, and one build of the default content per session."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# One fixed "today" for the whole run (subprocesses inherit it): staleness notices and warnings
# must not change the goldens as the calendar moves on.
os.environ.setdefault("ROUTEWIJZER_VANDAAG", "2026-12-03")

PROJECT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
MINIMAL = DATA / "minimal"


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true", help="rewrite golden files from current output")


@pytest.fixture
def update_goldens(request) -> bool:
    return request.config.getoption("--update-goldens")


@pytest.fixture
def mapping(tmp_path):
    """A minimal import-productcodes mapping file (the import tests share it)."""
    from import_helpers import write_mapping

    return write_mapping(tmp_path)


def copy_tree(source: Path, target: Path) -> Path:
    for folder in ("content", "zorgroutes"):
        if (source / folder).exists():
            shutil.copytree(source / folder, target / folder)
    return target


@pytest.fixture
def minimal_root(tmp_path) -> Path:
    """A private copy of the minimal valid content tree, free to break."""
    return copy_tree(MINIMAL, tmp_path / "root")


@pytest.fixture(scope="session")
def minimal_catalog():
    """The minimal content tree's catalog, checked once. Read only: a test that changes content copies
    the tree (minimal_root)."""
    from generator.content import check

    checked = check(MINIMAL)
    assert not checked.diagnostics.fouten
    return checked.catalog


@pytest.fixture(scope="session")
def default_site(tmp_path_factory) -> Path:
    """The default (Groningen) content, built once into a temporary root."""
    from generator.site.build import build_site

    root = copy_tree(PROJECT, tmp_path_factory.mktemp("default"))
    build_site(root)
    return root / "site"


@pytest.fixture(scope="session")
def minimal_site(tmp_path_factory) -> Path:
    from generator.site.build import build_site

    root = copy_tree(MINIMAL, tmp_path_factory.mktemp("minimal"))
    build_site(root)
    return root / "site"


def check_golden(path: Path, actual: str, update: bool) -> None:
    """Compare with a golden file; with --update-goldens, rewrite it (review the diff in the commit)."""
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        if not update:
            pytest.fail(f"golden file {path.name} did not exist; created it — review and rerun")
    assert actual == path.read_text(encoding="utf-8"), f"output differs from {path}; rerun with --update-goldens if intended"


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def serve_directory(directory: Path):
    """A static server for a built site on a free loopback port; returns (server, base_url)."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="session")
def site_url(default_site):
    server, url = serve_directory(default_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; never downloads a browser."""
    import os

    playwright_api = pytest.importorskip("playwright.sync_api")
    executable = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not Path(executable).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{executable} missing; the README's test command installs Debian's chromium")
        pytest.skip("Chromium not installed")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, request):
    """A fresh page; on failure a screenshot is saved under test-output/screenshots/."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        target = PROJECT / "test-output" / "screenshots"
        target.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(target / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


def fetch_text(url: str) -> str:
    """The body of a URL, or '' while the server is not (yet) answering."""
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for_text(url: str, text: str, seconds: float = 60) -> float | None:
    """Seconds until `text` appears at `url` (polled every 50 ms), or None after `seconds`."""
    import time

    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        if text in fetch_text(url):
            return time.perf_counter() - start
        time.sleep(0.05)
    return None
