"""Offline use (#25) in real Chromium: a professional opens the site once with reception, then in a car
without it. The network is really off: the static server is stopped (connection refused) and the browser
context is set offline, so nothing can reach the network, the service worker's own fetches included.

Service workers need http(s) or localhost, so every site here is served on a free 127.0.0.1 port; the
second region is served under its sub-path (/wijzer/), as a region's web team would publish it.
"""
from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest
from conftest import PROJECT, copy_tree
from test_browser_doorloop import NAAR_MELDEN, answer  # the same walk as the online step-through test

from generator.site.build import build_site
from generator.site.offline import BUDGET, WORKER

pytestmark = [pytest.mark.browser, pytest.mark.e2e]
VEILIGHEID = "zorgroutes/veiligheidsroute/"
PRECACHE_BUDGET = 1_500_000  # bytes stored at the first visit: home, veiligheidsroute, offline page and their files
DUINKUST = PROJECT / "tests" / "data" / "duinkust"


class Server:
    """A static server for `directory` on one loopback port that can be switched off and on again
    (same port, so the same origin and the same service worker)."""

    def __init__(self, directory: Path):
        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

        self.handler = functools.partial(Quiet, directory=str(directory))
        self.port = 0
        self.httpd = None
        self.start()

    def start(self) -> None:
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), self.handler)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self.httpd:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None

    def url(self, path: str = "") -> str:
        return f"http://127.0.0.1:{self.port}/{path}"


def wait_for_worker(page) -> None:
    """Until the service worker controls the page and its caches are filled (install done, activated)."""
    page.wait_for_function("navigator.serviceWorker && navigator.serviceWorker.controller !== null", timeout=30_000)


def cache_report(page) -> dict:
    return page.evaluate("""async () => {
        const out = {};
        for (const name of await caches.keys()) {
            const cache = await caches.open(name);
            const entries = [];
            for (const request of await cache.keys()) {
                const body = await (await cache.match(request)).arrayBuffer();
                entries.push([request.url, body.byteLength]);
            }
            out[name] = entries;
        }
        return out;
    }""")


def network_off(server: Server, context) -> None:
    server.stop()
    context.set_offline(True)


def network_on(server: Server, context) -> None:
    server.start()
    context.set_offline(False)


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL")
    yield context
    context.close()


@pytest.fixture(scope="module")
def default_copy(default_site, tmp_path_factory) -> Path:
    """The default site in a folder of its own: this module switches its server off."""
    return Path(shutil.copytree(default_site, tmp_path_factory.mktemp("offline") / "site"))


def test_after_one_visit_the_veiligheidsroute_and_home_work_offline(phone, default_copy):
    server = Server(default_copy)
    try:
        page = phone.new_page()
        page.goto(server.url())
        wait_for_worker(page)
        caches = cache_report(page)
        stored = sum(size for entries in caches.values() for _, size in entries)
        print(f"offline cache after the first visit: {stored} bytes in {sum(map(len, caches.values()))} files")
        assert 0 < stored <= PRECACHE_BUDGET
        assert all(url.startswith(server.url()) for entries in caches.values() for url, _ in entries)

        network_off(server, phone)
        page.goto(server.url(VEILIGHEID))
        assert "Veiligheidsroute" in page.locator("h1").inner_text()
        assert page.locator(".rw-schema svg g.node").count() > 5  # the diagram (inline in the page)
        assert page.locator('.rw-noodbalk a[href="tel:112"]').is_visible()
        page.get_by_role("button", name="Start: doorloop de route stap voor stap").click()
        for label in NAAR_MELDEN:
            answer(page, label)
        stap = page.locator("#doorloop-stap").inner_text()
        assert "Veilig Thuis" in stap and "Meld" in stap, stap

        page.goto(server.url())
        assert page.locator(".rw-ingangen").is_visible()
        assert page.locator('a[href="tel:112"]').count() >= 2  # the emergency bar and the home page's list
    finally:
        server.stop()


def test_after_one_visit_the_finder_works_offline(phone, default_copy):
    """The finder page holds no aanbieder: its data must be kept too, though the worker took over the page
    only after the data came."""
    server = Server(default_copy)
    try:
        page = phone.new_page()
        page.goto(server.url("vinden/"))
        page.wait_for_selector("#rw-resultaten li", state="attached")
        wait_for_worker(page)
        for _ in range(100):  # the worker keeps the data a moment after it took over the page
            if any(url.endswith("/data/finder.json") for entries in cache_report(page).values() for url, _ in entries):
                break
            page.wait_for_timeout(100)
        network_off(server, phone)
        page.goto(server.url("vinden/?zorgsoort=maatregel"))
        page.wait_for_selector("#rw-resultaten li", state="attached")
        assert page.locator("#rw-resultaten li[data-id]").count() > 0
        assert "gevonden" in page.inner_text("#rw-aantal") and not page.is_visible("#rw-zonder-js")
    finally:
        server.stop()


def test_a_page_never_opened_shows_the_offline_page_under_its_own_address(phone, default_copy):
    server = Server(default_copy)
    try:
        page = phone.new_page()
        page.goto(server.url("begrippen/"))  # the first visit starts anywhere; this page is kept too
        wait_for_worker(page)
        network_off(server, phone)
        page.goto(server.url("aanbieders/elker/"))
        assert page.url == server.url("aanbieders/elker/")  # a reload works once the network is back
        assert page.locator("h1").inner_text().startswith("Offline gebruik")
        main = page.locator("article")
        assert main.locator('a[href="tel:112"]').is_visible()
        assert main.locator('a[href="tel:08002000"]').is_visible()
        # its links work from this address (a <base> points them at the offline page's own folder)
        assert main.locator(".rw-offline-altijd a", has_text="Veiligheidsroute").get_attribute("href") == "../zorgroutes/veiligheidsroute/"
        page.wait_for_selector("[data-rw-offline-gelezen]:not([hidden])")
        assert "Begrippen" in page.locator("[data-rw-offline-gelezen]").inner_text()
        main.locator(".rw-offline-altijd a", has_text="Veiligheidsroute").click()
        page.wait_for_url(server.url(VEILIGHEID))
        assert "Veiligheidsroute" in page.locator("h1").inner_text()
        # a page read before comes from the cache
        page.goto(server.url("begrippen/"))
        assert page.locator("h1").inner_text().startswith("Begrippen")
    finally:
        server.stop()


def test_a_rebuilt_site_under_a_sub_path_replaces_the_old_veiligheidsroute(phone, tmp_path):
    root = copy_tree(DUINKUST, tmp_path / "duinkust")
    served = tmp_path / "www"
    build_site(root, site_dir=served / "wijzer", werkmap=tmp_path / "werk")
    server = Server(served)
    try:
        page = phone.new_page()
        page.goto(server.url("wijzer/"))
        wait_for_worker(page)
        scope = page.evaluate("navigator.serviceWorker.ready.then(r => r.scope)")
        assert scope == server.url("wijzer/")
        network_off(server, phone)
        page.goto(server.url("wijzer/" + VEILIGHEID))
        assert "breng de signalen in kaart" in page.content()
        network_on(server, phone)

        route = root / "zorgroutes" / "veiligheidsroute.yaml"
        route.write_text(route.read_text(encoding="utf-8").replace(
            "Stap 1: breng de signalen in kaart", "Stap 1: schrijf de signalen op"), encoding="utf-8")
        build_site(root, site_dir=served / "wijzer", werkmap=tmp_path / "werk")
        old = set(cache_report(page))
        page.goto(server.url("wijzer/" + VEILIGHEID))  # the browser finds the new sw.js
        # On a network slower than the worker's wait the stored copy may show first; the new worker then
        # says so, and its button loads the new version.
        page.locator(".rw-nieuwe-versie").wait_for(timeout=30_000)
        assert "Nieuwe versie beschikbaar" in page.locator(".rw-nieuwe-versie").inner_text()
        with page.expect_navigation():
            page.get_by_role("button", name="Laad de nieuwe versie").click()
        assert "schrijf de signalen op" in page.content()
        # the old build's caches are gone once the new worker has activated
        page.wait_for_function("async (old) => { const names = await caches.keys();"
                               " return names.length > 0 && !names.some(n => old.includes(n)); }", arg=sorted(old),
                               timeout=10_000)

        network_off(server, phone)
        page.goto(server.url("wijzer/" + VEILIGHEID))
        assert "schrijf de signalen op" in page.content()
        assert "breng de signalen in kaart" not in page.content()
    finally:
        server.stop()


def test_the_worker_is_deterministic_and_stores_only_this_site(default_site):
    source = (default_site / WORKER).read_text(encoding="utf-8")
    assert '"zorgroutes/veiligheidsroute/"' in source and '"offline/"' in source
    assert "http://" not in source.split("*/", 1)[1] and "https://" not in source.split("*/", 1)[1]
    assert f'"budget": {BUDGET}' in source
