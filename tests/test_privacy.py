"""Every claim of the "Privacy" page, proven on the built default site (#25): no cookies, nothing from
another host (in the pages, the scripts they load and the stylesheets, and in what Chromium actually
requests), nothing in the browser's storage beyond the keys the page lists, and the offline cache's
budget as stated."""
from __future__ import annotations

import re

import pytest

from generator.pages.render.offline import OFFLINE_BUDGET
from generator.pages.render.privacy import OPSLAG
from generator.site.offline import imported_files, loaded_files

pytestmark = [pytest.mark.e2e]
_URL = re.compile(r"""(?:https?:|["'`])//([A-Za-z0-9.-]+\.[A-Za-z]{2,})""")  # in a string, or with a scheme
# Material's bundle carries two other hosts, each for a feature this site does not switch on: repository
# facts (api.github.com, only with repo_url) and Mermaid diagrams (unpkg.com, only for a mermaid block);
# the clipboard.js URL is a comment. The test below checks that those features stay off.
MATERIAL_BUNDLE_HOSTS = {"api.github.com", "unpkg.com", "clipboardjs.com"}


def _without_comments(js: str) -> str:
    return re.sub(r"/\*.*?\*/", "", js, flags=re.S)


def test_no_page_script_or_stylesheet_names_another_host(default_site):
    pages = [p.relative_to(default_site).parent.as_posix() for p in default_site.rglob("index.html")]
    pages = ["" if p == "." else p + "/" for p in pages]
    loaded = imported_files(default_site, {f for page in pages for f in loaded_files(default_site, page)})
    assert any(f.endswith("dom.js") for f in loaded)  # imports are followed
    offenders = []
    for path in sorted(loaded):
        text = (default_site / path).read_text(encoding="utf-8", errors="replace")
        if path.endswith(".js"):
            hosts = {host.lower() for host in _URL.findall(_without_comments(text))}
            if "/bundle." in path:
                hosts -= MATERIAL_BUNDLE_HOSTS
            hosts.discard("www.w3.org")  # XML namespace names in SVG code, never fetched
            offenders += [(path, h) for h in sorted(hosts)]
        elif path.endswith(".css"):
            offenders += [(path, u) for u in re.findall(r"url\(\s*['\"]?((?:https?:)?//[^)'\"]+)", text)]
            offenders += [(path, u) for u in re.findall(r"@import\s+['\"]?((?:https?:)?//[^'\";]+)", text)]
    assert offenders == []
    html = "".join(p.read_text(encoding="utf-8") for p in default_site.rglob("*.html"))
    assert 'class="mermaid"' not in html and "md-source" not in html  # the bundle's other hosts stay unused


def test_the_privacy_page_states_the_budget_and_every_storage_key(default_site):
    page = (default_site / "privacy" / "index.html").read_text(encoding="utf-8")
    assert f"hooguit {OFFLINE_BUDGET // (1024 * 1024)} MB" in page
    assert all(f"<code>{key}</code>" in page for key, _ in OPSLAG)
    footer = (default_site / "aanbieders" / "elker" / "index.html").read_text(encoding="utf-8")
    assert all(f'href="../../{p}/"' in footer for p in ("toegankelijkheid", "privacy", "offline"))


@pytest.mark.browser
def test_browsing_sets_no_cookie_asks_no_other_host_and_stores_only_listed_keys(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requested = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    cookies = []
    for path in ("", "zorgroutes/veiligheidsroute/", "vinden/?zorgsoort=dyslexie", "productcodes/45/?huisarts=ja",
                 "toegankelijkheid/", "privacy/"):
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
        cookies.append(page.evaluate("document.cookie"))
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    page.locator(".rw-doorloop__start").click()
    page.keyboard.press("Escape")
    page.locator("label[for='__palette_1']").first.click()  # the theme's light/dark switch writes storage
    page.locator("body").click(position={"x": 5, "y": 400})
    page.keyboard.press("/")
    page.keyboard.type("huisarts")
    page.wait_for_selector(".rw-zoek__resultaat")
    cookies.append(page.evaluate("document.cookie"))
    storage = page.evaluate("[...Object.keys(localStorage).map(k => 'local ' + k),"
                            " ...Object.keys(sessionStorage).map(k => 'session ' + k)]")
    assert cookies == [""] * len(cookies) and context.cookies() == []
    assert [u for u in requested if not u.startswith(site_url) and not u.startswith(("data:", "blob:"))] == []
    listed = [key for key, _ in OPSLAG]
    assert storage and all(any(s.endswith("." + key) or s.endswith(" " + key) for key in listed) for s in storage), storage
    context.close()
