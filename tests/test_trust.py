"""Content a reader can trust (#12): honest dates, visible provenance, a way to report mistakes,
former gemeenten findable under today's name, and corrections that must not come back."""
from __future__ import annotations

import html
import json
import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import yaml
from conftest import PROJECT

from generator.content import check


@pytest.fixture(scope="module")
def catalog():
    checked = check(PROJECT)
    assert not checked.diagnostics.fouten
    return checked.catalog


def content_pages(site):
    """Every page a reader can land on, except the generated search/404 shells."""
    return sorted(p for p in site.rglob("index.html") if "search" not in p.parts)


def test_every_content_page_has_a_well_formed_feedback_link(default_site):
    pages = content_pages(default_site)
    assert len(pages) > 50
    for page in pages:
        text = page.read_text(encoding="utf-8")
        found = re.search(r'<p class="rw-feedback"><strong>Klopt dit niet\?</strong> <a href="([^"]+)">([^<]+)</a>'
                          r"([^<]*)", text)
        assert found, page
        href = html.unescape(found.group(1))
        assert urlsplit(href).scheme in ("https", "mailto"), href
        # the reader is told which page and item to name
        title = re.search(r"<title>(.*?) - ", text).group(1)
        assert html.unescape(title)[:20] in html.unescape(found.group(3)) or "mailto" in href, page


def test_feedback_mailto_carries_title_id_and_url(minimal_root, tmp_path):
    from generator.site.build import build_site

    regio = minimal_root / "content" / "regio.yaml"
    regio.write_text(regio.read_text(encoding="utf-8") + "\nfeedback:\n  email: redactie@example.org\n", encoding="utf-8")
    site = tmp_path / "site"
    build_site(minimal_root, site_dir=site)
    text = (site / "zorgroutes" / "huisarts" / "index.html").read_text(encoding="utf-8")
    href = html.unescape(re.search(r'<p class="rw-feedback">.*?<a href="([^"]+)"', text).group(1))
    parts = urlsplit(href)
    assert parts.scheme == "mailto" and parts.path == "redactie@example.org"
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert "Route via de huisarts" in query["subject"] and "(zorgroutes/huisarts)" in query["subject"]
    assert "Id: zorgroutes/huisarts" in query["body"] and "zorgroutes/huisarts/" in unquote(query["body"])


def test_stale_pages_say_so_and_the_home_page_names_the_period(default_site):
    route = (default_site / "zorgroutes" / "huisarts" / "index.html").read_text(encoding="utf-8")
    assert "Mogelijk verouderd" in route and "beschrijft de situatie van september 2015" in route
    home = (default_site / "index.html").read_text(encoding="utf-8")
    assert "Deze site beschrijft de situatie van oktober 2014 tot september 2015." in home


def test_a_recently_checked_item_shows_no_stale_notice(minimal_root, tmp_path, monkeypatch):
    from generator.site.build import build_site

    monkeypatch.setenv("ROUTEWIJZER_VANDAAG", "2026-02-01")  # two weeks after the minimal tree's check
    site = tmp_path / "site"
    build_site(minimal_root, site_dir=site)
    assert "Mogelijk verouderd" not in (site / "zorgroutes" / "huisarts" / "index.html").read_text(encoding="utf-8")
    monkeypatch.setenv("ROUTEWIJZER_VANDAAG", "2027-06-01")
    build_site(minimal_root, site_dir=site)
    assert "Mogelijk verouderd" in (site / "zorgroutes" / "huisarts" / "index.html").read_text(encoding="utf-8")


def test_modelled_steps_look_different_on_the_page_and_in_the_diagram(default_site):
    text = (default_site / "zorgroutes" / "politie" / "index.html").read_text(encoding="utf-8")
    assert text.count('class="rw-herkomst rw-herkomst--model"') >= 5
    assert "Stippelrand: gemodelleerde werkwijze" in text
    dot = (default_site / "zorgroutes" / "politie.dot").read_text(encoding="utf-8")
    assert re.search(r'"zorgmelding" \[[^\]]*style="[^"]*dotted', dot)
    basisteam = (default_site / "zorgroutes" / "basisteam" / "index.html").read_text(encoding="utf-8")
    sourced = basisteam.split('id="stap-vraagverheldering"', 1)[1].split("<h3", 1)[0]
    assert 'class="rw-herkomst rw-herkomst--bron"' in sourced and "rw-herkomst--model" not in sourced
    modelled = basisteam.split('id="stap-start-zorg"', 1)[1].split("<h3", 1)[0]  # the JW messages: national, not regional
    assert 'class="rw-herkomst rw-herkomst--model"' in modelled


def test_every_default_step_says_where_it_comes_from(catalog):
    for route in catalog.content.routes:
        for stap in route.stappen:
            assert stap.soort == "route" or stap.bronnen or stap.gemodelleerd, (route.id, stap.id)


def test_emergency_bar_shows_only_contacts_with_a_number(default_site):
    home = (default_site / "index.html").read_text(encoding="utf-8")
    bar = re.search(r'<div class="rw-noodbalk".*?</div>', home, re.DOTALL).group(0)
    assert "rw-nood--zonder-nummer" not in bar and "Crisis" not in bar


def test_former_gemeenten_are_found_under_todays_name(default_site):
    for gemeente in ("bedum", "de-marne", "winsum", "eemsmond"):
        text = (default_site / "gemeenten" / gemeente / "index.html").read_text(encoding="utf-8")
        assert "Het Hogeland" in text, gemeente
    index_file = default_site / "search" / "search_index.json"
    if index_file.exists():  # Material's index; a Pagefind index is checked by the search tests
        docs = json.loads(index_file.read_text(encoding="utf-8"))["docs"]
        hits = {d["location"] for d in docs if "Het Hogeland" in html.unescape(d["title"] + " " + d["text"])}
        assert {"gemeenten/bedum/", "gemeenten/de-marne/", "gemeenten/winsum/", "gemeenten/eemsmond/"} <= hits


def test_onderwijs_route_asks_about_abuse_before_talking_to_the_parents(catalog):
    route = next(r for r in catalog.content.routes if r.id == "onderwijs")
    signaal = route.stap("signaal")
    assert [o.stap for o in signaal.naar] == ["onveilig"]
    onveilig = route.stap("onveilig")
    assert onveilig.ja == "veiligheidsroute" and onveilig.nee == "gesprek-ouders"


@pytest.mark.parametrize("path, check_fn", [
    ("content/productcodes/categorie-52.yaml", lambda d: d["vrij_toegankelijk"] is False),
    ("content/productcodes/categorie-49.yaml", lambda d: d["zorgsoort"] != "maatregel" and "rechter" not in d["verwijzers"]),
    ("content/aanbieders/t-poortje.yaml", lambda d: "43A64" not in d["producten"]),
    ("content/aanbieders/elker.yaml", lambda d: set(d["producten"]) <= {"45", "43A03", "43A09", "43B00"}),
])
def test_corrections_stay_corrected(path, check_fn):
    assert check_fn(yaml.safe_load((PROJECT / path).read_text(encoding="utf-8")))


def test_lentis_is_not_named_as_crisis_provider(catalog):
    for route in catalog.content.routes:
        for stap in route.stappen:
            assert "lentis" not in stap.aanbieders, (route.id, stap.id)


def test_po_means_primair_onderwijs(catalog):
    po = [b for b in catalog.content.begrippen if b.afkorting == "PO"]
    assert [b.term for b in po] == ["Primair onderwijs"]
