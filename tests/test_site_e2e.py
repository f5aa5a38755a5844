"""End-to-end: the default (Groningen) content built into a real site, inspected as a visitor gets it."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import PROJECT

from generator.content import check
from generator.site.engine import site_base_path
from generator.site.linkcheck import check_site, scan

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def catalog():
    return check(PROJECT).catalog


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html"))


def test_every_entity_has_its_page(default_site, catalog):
    content = catalog.content
    expected = (["index.html", "zorgroutes/index.html", "aanbieders/index.html", "productcodes/index.html",
                 "gemeenten/index.html", "begrippen/index.html", "bronnen/index.html", "ondersteuningsvormen/index.html"]
                + [f"zorgroutes/{r.id}/index.html" for r in content.routes]
                + [f"aanbieders/{a.id}/index.html" for a in content.aanbieders]
                + [f"gemeenten/{g.id}/index.html" for g in content.gemeenten])
    missing = [p for p in expected if not (default_site / p).is_file()]
    assert missing == []
    assert len(content.routes) == 8 and len(content.gemeenten) == 23 and len(content.productcodes) == 441


def test_no_broken_links_anywhere_including_svg_diagrams(default_site):
    report = check_site(default_site, site_base_path(PROJECT))
    assert [b.format() for b in report.broken] == []
    assert report.orphans == []
    assert report.links > 3000


def test_every_route_page_has_a_diagram_whose_nodes_link_to_steps(default_site, catalog):
    for route in catalog.content.routes:
        html = (default_site / "zorgroutes" / route.id / "index.html").read_text(encoding="utf-8")
        svg = re.search(r'<svg role="group".*?</svg>', html, re.DOTALL)
        assert svg, route.id
        assert 'aria-label="Schema: ' in svg.group(0)
        node_links = re.findall(r'<a xlink:href="([^"]+)"', svg.group(0))
        assert len(node_links) == len(route.stappen), route.id
        ids = scan(default_site / "zorgroutes" / route.id / "index.html").ids
        for stap in route.stappen:
            assert f"stap-{stap.id}" in ids
        assert 'href="#stappen"' in html  # the text alternative is linked next to the diagram


def test_emergency_contacts_on_every_page(default_site):
    pages = html_pages(default_site)
    assert len(pages) > 50
    for page in pages:
        html = page.read_text(encoding="utf-8")
        bar = re.search(r'<div class="rw-noodbalk".*?</div>', html, re.DOTALL)
        assert bar, page
        assert 'href="tel:112"' in bar.group(0) and 'href="tel:08002000"' in bar.group(0), page
        # every contact in the bar has a number: a name without one is a dead end at night
        contacts = re.findall(r'<span class="rw-nood rw-nood--.*?</span></span>', bar.group(0), re.DOTALL)
        assert contacts and all('href="tel:' in c for c in contacts), page


def test_contact_without_number_is_explained_on_the_veiligheidsroute(default_site):
    html = (default_site / "zorgroutes" / "veiligheidsroute" / "index.html").read_text(encoding="utf-8")
    assert "Noodcontacten zonder bekend nummer" in html and "Crisisdienst jeugd" in html


def test_search_index_is_pagefind_with_a_record_per_productcode(default_site, catalog):
    """Material's search plugin is gone; Pagefind's Dutch index is there, one record per code."""
    assert not (default_site / "search").exists()
    assert list((default_site / "pagefind").glob("pagefind.nl_*.pf_meta"))
    config = (default_site.parent / ".build" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "plugins: []" in config and "search" not in config
    marked = set()
    for nummer in catalog.categorieen:  # one page per productcategorie, each code marked once
        html = (default_site / "productcodes" / nummer / "index.html").read_text(encoding="utf-8")
        marked |= set(re.findall(r'<tr id="([^"]+)" data-zoekresultaat="productcode"', html))
    assert marked == set(catalog.codes)
    index = (default_site / "productcodes" / "index.html").read_text(encoding="utf-8")
    assert "data-zoekresultaat" not in index  # the index's list of old anchors is not a second result


def test_productcode_anchors_and_cross_links(default_site, catalog):
    ids = scan(default_site / "productcodes" / "index.html").ids  # old addresses #categorie-45 keep an anchor
    assert {f"categorie-{n}" for n in catalog.categorieen} <= ids
    # the codes are not in the index page (it grew with the catalogue) but in codes.json, loaded on demand;
    # catalogus.js forwards an old productcodes/#45A48 with it
    assert not set(catalog.codes) & ids
    codes = json.loads((default_site / "productcodes" / "codes.json").read_text(encoding="utf-8"))
    assert {row[0]: row[2] for row in codes} == {c: i.categorie.categorie for c, i in catalog.codes.items()}
    html = (default_site / "productcodes" / "43" / "index.html").read_text(encoding="utf-8")
    row = re.search(r'<tr id="43A03"[^>]*>.*?</tr>', html, re.DOTALL).group(0)
    assert "../../aanbieders/elker/" in row and "../../aanbieders/leger-des-heils/" in row


def test_site_loads_nothing_from_other_hosts(default_site):
    offenders = []
    for path in list(default_site.rglob("*.html")) + list(default_site.rglob("*.css")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".html":
            for tag in re.findall(r"<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>", text):
                if re.search(r'(?:src|href|data)="(?:https?:)?//', tag) and 'rel="canonical"' not in tag:
                    offenders.append((path.name, tag))
        else:
            offenders += [(path.name, u) for u in re.findall(r"url\(\s*['\"]?((?:https?:)?//[^)'\"]+)", text)]
            offenders += [(path.name, u) for u in re.findall(r"@import\s+['\"]?((?:https?:)?//[^'\";]+)", text)]
    assert offenders == []
    assert "fonts.googleapis" not in (default_site / "index.html").read_text(encoding="utf-8")


def test_owner_and_last_check_on_route_and_aanbieder_pages(default_site, catalog):
    for src in [f"zorgroutes/{r.id}" for r in catalog.content.routes] + [f"aanbieders/{a.id}" for a in catalog.content.aanbieders]:
        html = (default_site / src / "index.html").read_text(encoding="utf-8")
        assert "Eigenaar: <strong>RIGG</strong>" in html and "Situatie van: <strong>" in html, src
        # nobody checked the default content against today: the page says so, visibly
        assert "sindsdien niet gecontroleerd" in html and "Mogelijk verouderd" in html, src


def test_abbreviations_are_explained_on_hover(default_site):
    html = (default_site / "zorgroutes" / "basisteam" / "index.html").read_text(encoding="utf-8")
    assert '<abbr title="Centrum voor Jeugd en Gezin">CJG</abbr>' in html


def test_the_site_is_dutch(default_site):
    html = (default_site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl"' in html and "Zoeken" in html
