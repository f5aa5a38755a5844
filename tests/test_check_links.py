"""`python -m generator check-links`: content-aware reports on the built site, and the opt-in online mode."""
from __future__ import annotations

import http.server
import subprocess
import sys
import threading

import pytest
from conftest import PROJECT

from generator.site.external_links import check_external

pytestmark = pytest.mark.e2e


def run(*args):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=PROJECT, capture_output=True, text=True,
                          timeout=300)


def test_broken_link_is_reported_in_terms_of_the_content(minimal_root):
    assert run("--root", str(minimal_root), "build").returncode == 0
    ok = run("--root", str(minimal_root), "check-links")
    assert ok.returncode == 0 and "0 probleem/problemen" in ok.stdout
    page = minimal_root / "site" / "aanbieders" / "hulp-bv" / "index.html"
    page.write_text(page.read_text().replace("</article>", '<a href="../../productcodes/#45A99">x</a>'
                                             '<a href="../../zorgroutes/huisarts/#stap-weg">y</a></article>'))
    (minimal_root / "site" / "los").mkdir()
    (minimal_root / "site" / "los" / "index.html").write_text("<p>niemand linkt hierheen</p>")
    result = run("--root", str(minimal_root), "check-links")
    assert result.returncode == 1
    assert ("De pagina van aanbieder 'Hulp BV' (aanbieders/hulp-bv/index.html) linkt naar productcode 45A99, "
            "die niet bestaat") in result.stderr
    assert "linkt naar stap 'weg' van route 'huisarts', die niet bestaat" in result.stderr
    assert "los/index.html (los/index.html) is vanaf de startpagina niet bereikbaar." in result.stderr
    assert "3 probleem/problemen" in result.stdout


def test_check_links_without_a_site_says_what_to_do(minimal_root):
    result = run("--root", str(minimal_root), "check-links")
    assert result.returncode == 2 and "Bouw eerst met 'python -m generator build'" in result.stderr


class Handler(http.server.BaseHTTPRequestHandler):
    calls = 0

    def do_HEAD(self):
        Handler.calls += 1
        self.send_response(200 if self.path == "/ok" else 404)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_online_mode_checks_status_and_caches(tmp_path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    cache = tmp_path / "cache.json"
    try:
        results = check_external([f"{base}/ok", f"{base}/weg"], cache, timeout=5)
        assert [(r.ok, r.status) for r in results] == [(True, 200), (False, 404)]
        calls = Handler.calls
        again = check_external([f"{base}/ok", f"{base}/weg"], cache, timeout=5)
        assert [(r.ok, r.status) for r in again] == [(True, 200), (False, 404)] and Handler.calls == calls
    finally:
        server.shutdown()
    refused = check_external([f"{base}/ok"], tmp_path / "other.json", timeout=2)
    assert not refused[0].ok and refused[0].fout
