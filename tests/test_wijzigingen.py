"""What changed, as a professional meets it: the line at the top of a page, the full list, 'Recent gewijzigd'
and the Atom feed (read by feedparser, as feed readers read it)."""
from __future__ import annotations

import re
from html import unescape

import feedparser
import pytest

from generator.site.build import build_site

SITE_URL = "https://routewijzer.testregio.example/routewijzer/"
ROUTE_CHANGES = """wijzigingen:
  - datum: 2026-11-20
    wat: De huisarts verwijst nu <direct> naar het team & de aanbieder.
    werkwijze: ja
  - datum: 2026-11-20
    wat: Tweede wijziging van die dag.
  - datum: 2026-02-01
    wat: Eerste wijziging.
"""


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def changed_root(tmp_path_factory):
    from conftest import MINIMAL, copy_tree

    root = copy_tree(MINIMAL, tmp_path_factory.mktemp("wijzigingen") / "root")
    edit(root / "zorgroutes/huisarts.yaml", "laatst_gecontroleerd: 2026-01-15\n",
         "laatst_gecontroleerd: 2026-01-15\n" + ROUTE_CHANGES)
    edit(root / "content/aanbieders/hulp-bv.yaml", "laatst_gecontroleerd: 2026-01-15\n",
         "laatst_gecontroleerd: 2026-01-15\nwijzigingen:\n  - {datum: 2026-11-21, wat: Nieuw telefoonnummer.}\n")
    (root / "content/paginas").mkdir()
    (root / "content/paginas/over.md").write_text(
        "---\neigenaar: Webteam\nwijzigingen:\n  - {datum: 2026-11-19, wat: Uitleg over de feed.}\n---\n\n"
        "# Over deze site\n\nTekst.\n", encoding="utf-8")
    build_site(root)
    return root


def text_of(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html))


def article(site, path) -> str:
    html = (site / path / "index.html").read_text(encoding="utf-8")
    return html[html.index("<article"):html.index("</article>")]


def test_a_page_shows_its_last_change_near_the_top_and_all_changes_below(changed_root):
    html = article(changed_root / "site", "zorgroutes/huisarts")
    top = html.index('class="rw-gewijzigd"')
    assert top < html.index("Wat moet ik doen?")
    line = " ".join(text_of(html[html.index(">", top) + 1:html.index("</p>", top)]).split())
    assert line == ("Andere werkwijze. Gewijzigd op 20 november 2026 : De huisarts verwijst nu "
                    "<direct> naar het team & de aanbieder. · Alle wijzigingen (3)")
    assert "<direct>" not in html  # content text is escaped
    items = re.findall(r'<li id="(wijziging-[^"]+)"><strong>([^<]+)</strong>', html)
    assert items == [("wijziging-2026-11-20-2", "20 november 2026"), ("wijziging-2026-11-20", "20 november 2026"),
                     ("wijziging-2026-02-01", "1 februari 2026")]
    pagina = article(changed_root / "site", "info/over")
    assert "Gewijzigd op" in pagina and 'id="wijziging-2026-11-19"' in pagina


def test_recent_page_lists_changes_newest_first_with_working_links(changed_root):
    site = changed_root / "site"
    html = article(site, "recent")
    dagen = re.findall(r"<h2[^>]*>([^<]+)", html)
    assert dagen == ["21 november 2026", "20 november 2026", "19 november 2026", "1 februari 2026"]
    links = re.findall(r'<a href="\.\./([^"#]+)#(wijziging-[^"]+)">([^<]+)</a>', html)
    assert [(target, anchor) for target, anchor, _ in links] == [
        ("aanbieders/hulp-bv/", "wijziging-2026-11-21"), ("zorgroutes/huisarts/", "wijziging-2026-11-20-2"),
        ("zorgroutes/huisarts/", "wijziging-2026-11-20"), ("info/over/", "wijziging-2026-11-19"),
        ("zorgroutes/huisarts/", "wijziging-2026-02-01")]
    for target, anchor, _ in links:
        assert f'id="{anchor}"' in (site / target / "index.html").read_text(encoding="utf-8"), (target, anchor)
    assert 'href="../feed.xml"' in html


def test_the_feed_is_atom_with_absolute_urls_and_stable_ids(changed_root):
    raw = (changed_root / "site" / "feed.xml").read_bytes()
    feed = feedparser.parse(raw)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.id == SITE_URL + "recent/" and feed.feed.updated == "2026-11-21T00:00:00Z"
    assert [link.href for link in feed.feed.links] == [SITE_URL + "feed.xml", SITE_URL + "recent/"]
    assert [(e.id, e.updated) for e in feed.entries] == [
        (SITE_URL + "aanbieders/hulp-bv/#wijziging-2026-11-21", "2026-11-21T00:00:00Z"),
        (SITE_URL + "zorgroutes/huisarts/#wijziging-2026-11-20-2", "2026-11-20T00:00:00Z"),
        (SITE_URL + "zorgroutes/huisarts/#wijziging-2026-11-20", "2026-11-20T00:00:00Z"),
        (SITE_URL + "info/over/#wijziging-2026-11-19", "2026-11-19T00:00:00Z"),
        (SITE_URL + "zorgroutes/huisarts/#wijziging-2026-02-01", "2026-02-01T00:00:00Z")]
    first_route = feed.entries[1]
    assert first_route.link == first_route.id
    assert first_route.title == "Route via de huisarts: gewijzigd op 20 november 2026 (let op: u moet nu iets anders doen)"
    assert first_route.summary.startswith("De huisarts verwijst nu <direct> naar het team & de aanbieder.")


def test_every_page_links_the_feed_in_its_head(changed_root):
    site = changed_root / "site"
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        head = page.read_text(encoding="utf-8").split("</head>")[0]
        links = re.findall(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"', head)
        assert len(links) == 1, page
        depth = len(page.relative_to(site).parts) - 1
        assert links[0] in ("../" * depth + "feed.xml", "/routewijzer/feed.xml"), (page, links[0])


def test_the_feed_is_byte_identical_across_builds(changed_root, tmp_path):
    build_site(changed_root, tmp_path / "tweede")
    assert (tmp_path / "tweede" / "feed.xml").read_bytes() == (changed_root / "site" / "feed.xml").read_bytes()


def test_no_site_address_no_feed_and_no_dead_link(minimal_root):
    edit(minimal_root / "content/regio.yaml", f"  url: {SITE_URL}\n", "")
    build_site(minimal_root)
    site = minimal_root / "site"
    assert not (site / "feed.xml").exists()
    assert "application/atom+xml" not in (site / "index.html").read_text(encoding="utf-8")
    assert "Er zijn nog geen wijzigingen vastgelegd." in article(site, "recent")


def test_the_line_at_the_top_keeps_to_the_first_sentence():
    from generator.pages.render.wijzigingen import eerste_zin

    assert eerste_zin("Bel eerst Veilig Thuis. Daarna het team.") == "Bel eerst Veilig Thuis. …"
    assert eerste_zin("Zie stap 3. daarna") == "Zie stap 3. daarna"  # no capital after the full stop: one sentence
    assert eerste_zin("Eén zin.") == "Eén zin."


@pytest.mark.browser
def test_on_a_phone_the_change_line_is_one_line_above_the_actions(browser, site_url):
    """The veiligheidsroute carries changes in how to work: its line must not push the actions down."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    line = page.locator(".rw-gewijzigd")
    assert line.inner_text().startswith("Andere werkwijze. Gewijzigd op 3 december 2026")
    height = line.bounding_box()["height"]
    line_height = float(line.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)"))
    assert height <= 1.5 * line_height, (height, line_height)  # one line
    assert line.bounding_box()["y"] < page.locator("#wat-moet-ik-doen").bounding_box()["y"] < 420
    assert line.inner_text() == "Andere werkwijze. Gewijzigd op 3 december 2026"
    page.click(".rw-gewijzigd a")  # the date leads to the change in the full list
    assert page.locator("li[id^='wijziging-2026-12-03']:target").is_visible()
    context.close()
