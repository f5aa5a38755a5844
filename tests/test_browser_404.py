"""The Dutch 404 page (#11): its text and links work at any depth, at the root and under a sub-path."""
from __future__ import annotations

import functools
import http.server
import shutil
import threading

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


class NotFoundServer(http.server.SimpleHTTPRequestHandler):
    """Like a web server in production: a missing path gets the site's 404.html, with status 404."""

    prefix = "/"

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (self.site / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve(directory, site):
    handler = type("Handler", (NotFoundServer,), {"site": site})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module", params=["root", "sub-path"])
def deployed(request, default_site, tmp_path_factory):
    """The default site served at the root, and under /routewijzer/ (its configured base path)."""
    if request.param == "root":
        server, url = serve(default_site, default_site)
        yield url + "/"
    else:
        www = tmp_path_factory.mktemp("www")
        shutil.copytree(default_site, www / "routewijzer")
        server, url = serve(www, www / "routewijzer")
        yield url + "/routewijzer/"
    server.shutdown()


@pytest.mark.parametrize("missing", ["bestaat-niet", "zorgroutes/oud/pad/", "a/b/c/d.html"])
def test_404_is_dutch_and_its_links_work_at_any_depth(page, deployed, missing):
    response = page.goto(deployed + missing)
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Pagina niet gevonden"
    # styled: the theme's stylesheet loaded (the header has Material's colour, not the browser default)
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") in ("sticky", "fixed")
    for text, target in (("Ik zoek een route", "zorgroutes/"), ("Ik zoek een aanbieder", "vinden/"),
                         ("Ik zoek ondersteuning", "ondersteuningsvormen/")):
        href = page.locator(".rw-404 a", has_text=text).evaluate("a => a.href")
        assert href == deployed + target, (text, href)
    assert page.locator(".rw-zoek, [class*=zoek]").first.is_visible()  # the search is in reach
    page.locator(".rw-404 a", has_text="Ik zoek een aanbieder").click()
    page.wait_for_url(deployed + "vinden/")
    assert page.locator("h1").inner_text().startswith("Aanbieder vinden")
