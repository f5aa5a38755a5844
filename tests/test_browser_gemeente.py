"""A gemeente page answers "waar kan ik terecht in deze gemeente?" (#11): the local team first, then the
routes, the aanbieders active there with the facts a huisarts needs, then the figures."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


def test_the_local_team_is_in_the_first_phone_screen(page, site_url):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + "gemeenten/winsum/")
    kop = page.get_by_role("heading", name="Waar kan ik terecht in Winsum?")
    team = page.locator(".rw-team a", has_text="CJG Noord Groningen")
    for element in (kop, team):
        box = element.bounding_box()
        assert box["y"] + box["height"] <= 844, box
    # the former gemeente keeps its notice on top
    assert page.locator(".admonition", has_text="Nu gemeente Het Hogeland").is_visible()
    team.click()
    assert page.locator("h1").inner_text().startswith("CJG Noord Groningen")


def test_the_order_is_team_routes_aanbieders_figures(page, site_url):
    page.goto(site_url + "gemeenten/groningen/")
    koppen = page.locator("article h2").all_inner_texts()
    koppen = [k.replace("¶", "").strip() for k in koppen]
    assert koppen[:4] == ["Waar kan ik terecht in Groningen?", "Routes", "Aanbieders in Groningen", "Gegevens over de gemeente"]
    routes = page.locator("h2#routes + p + ul > li > a").all_inner_texts()
    assert routes[0] == "Veiligheidsroute" and len(routes) == 8
    # no local team in the sources: said plainly, with where to ask
    assert "Vraag bij de gemeente naar het basisteam" in page.locator("article").inner_text()


def test_each_aanbieder_shows_its_facts_and_the_finder_link_filters_for_the_gemeente(page, site_url):
    """The team and the local aanbieders with the finder's facts; the region-wide ones by zorgsoort (names
    only: they are the same on every gemeente page); together they are what the finder finds there."""
    page.goto(site_url + "gemeenten/winsum/")
    items = page.locator("article ul.rw-resultaten > li")
    regio = page.locator("article ul.rw-regio a").evaluate_all("els => [...new Set(els.map(e => e.textContent))]")
    assert "Elker" in regio and len(regio) > 5
    assert page.locator("article ul.rw-regio > li").first.inner_text().startswith("Ambulante jeugdhulp: ")
    listed = items.count() + len(regio)
    for i in range(items.count()):
        feiten = items.nth(i).locator("dl.rw-feiten")
        # referral answers only where productcodes are known: no "niet bekend" pair for a local team
        if feiten.locator("[data-feit=huisarts]").count():
            assert feiten.locator("[data-feit=huisarts]").inner_text() in ("ja", "nee", "voor een deel")
            assert feiten.locator("[data-feit=toegang]").inner_text()
        assert "niet bekend" not in feiten.locator("[data-feit=huisarts], [data-feit=beschikking]").all_inner_texts()
        assert feiten.locator("dd").last.inner_text()  # contact, or "contact niet bekend"
    page.get_by_role("link", name="aanbiedervinder voor Winsum").click()
    page.wait_for_url("**/vinden/?gemeente=winsum")
    page.wait_for_selector("#rw-finder:not([hidden])")
    assert page.locator("#f-gemeente").input_value() == "winsum"
    assert page.locator("#rw-aantal").inner_text() == f"{listed} aanbieders gevonden"
