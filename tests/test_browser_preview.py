"""The editor's preview tells the truth: a content error shows in the browser as a Dutch page within
3 seconds of saving (every error of the run, from every file), the site comes back when it is mended,
and the search works in the preview."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest
from conftest import PROJECT, wait_for_text
from test_preview import free_port

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def preview(minimal_root):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(minimal_root), "serve",
                               "--dev-addr", f"127.0.0.1:{port}"], cwd=PROJECT, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/routewijzer/"
    try:
        assert wait_for_text(base + "zorgroutes/huisarts/", "Huisarts verwijst") is not None, "preview did not start"
        yield base, minimal_root
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    assert "Traceback" not in output
    for english in ("Building documentation", "BuildError", "appear stuck", "Serving on", "INFO", "WARNING"):
        assert english not in output, output


def test_content_error_shows_as_dutch_page_and_goes_away_when_mended(page, preview):
    base, root = preview
    page.goto(base + "zorgroutes/huisarts/")
    page.wait_for_selector("text=Huisarts verwijst")
    # a YAML syntax error in one file and a wrong reference in another: both are listed
    edit(root / "content/aanbieders/regiozorg.yaml", "naam: Regiozorg\n", "naam: Regiozorg\nfoo: [open\n")
    edit(root / "zorgroutes/huisarts.yaml", "    actor: team\n    beschrijving: Het team wijst toe.",
         "    actor: teem\n    beschrijving: Het team wijst toe.")
    saved = time.monotonic()
    page.wait_for_selector("h1:has-text('De inhoud bevat')", timeout=10_000)
    assert time.monotonic() - saved < 3, "the error page took longer than 3 s"
    text = page.inner_text("main")
    assert "De inhoud bevat 2 fouten" in text
    assert "content/aanbieders/regiozorg.yaml:4" in text and "niet goed afgesloten" in text
    assert "zorgroutes/huisarts.yaml:27" in text and "Onbekende actor 'teem'" in text and "Tip: Bedoelde u 'team'?" in text
    assert page.evaluate("document.documentElement.lang") == "nl"
    # one mistake mended: the page updates itself to the one left
    edit(root / "content/aanbieders/regiozorg.yaml", "foo: [open\n", "")
    page.wait_for_selector("h1:has-text('De inhoud bevat 1 fout')", timeout=10_000)
    edit(root / "zorgroutes/huisarts.yaml", "actor: teem", "actor: team")
    page.wait_for_selector("text=Huisarts verwijst", timeout=15_000)
    assert page.url == base + "zorgroutes/huisarts/"


def test_search_works_in_the_preview(page, preview):
    base, _ = preview
    assert page.request.get(base + "pagefind/pagefind.js").ok
    page.goto(base + "zorgroutes/huisarts/")
    page.keyboard.press("/")
    page.keyboard.type("Regiozorg")
    page.wait_for_function("document.querySelector('#rw-zoek-status').textContent.includes('voor')", timeout=10_000)
    titels = page.eval_on_selector_all(".rw-zoek__titel", "els => els.map(e => e.innerText)")
    assert "Regiozorg" in titels, titels
    assert "Zoeken lukt nu niet" not in page.inner_text("body")
