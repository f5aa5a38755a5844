"""A huisarts never dead-ends in the finder (#11): a zero result says why and offers next steps that
work, every result carries the facts a referral needs, and on a phone the count stays in view."""
from __future__ import annotations

import urllib.request

import pytest
from conftest import PROJECT

from generator.content import check
from generator.pages.finder_data import aanbieders_per_zorgsoort

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


def zorgsoorten_without_aanbieder() -> list[str]:
    catalog = check(PROJECT).catalog
    return sorted(z for z, ids in aanbieders_per_zorgsoort(catalog).items() if not ids)


def open_finder(page, site_url, query=""):
    page.goto(site_url + "vinden/" + query)
    page.wait_for_selector("#rw-finder:not([hidden])")


def test_the_default_content_has_zorgsoorten_without_aanbieder():
    assert {"dyslexie", "ggz-kort", "ggz-lang", "klinische-ggz"} <= set(zorgsoorten_without_aanbieder())


@pytest.mark.parametrize("zorgsoort", zorgsoorten_without_aanbieder())
def test_zero_result_explains_and_offers_next_steps_that_resolve(page, site_url, zorgsoort):
    open_finder(page, site_url, f"?zorgsoort={zorgsoort}&gemeente=winsum&leeftijd=10")
    assert page.inner_text("#rw-aantal") == "0 aanbieders gevonden · Wat kunt u doen?"
    panel = page.locator("#rw-geen")
    assert panel.is_visible()
    assert "noemen geen aanbieder voor" in panel.inner_text()
    option = page.locator(f"#f-zorgsoort option[value='{zorgsoort}']").inner_text()
    assert option.endswith("(geen aanbieder bekend)")
    links = panel.locator("a")
    texts = links.all_inner_texts()
    assert any(t.startswith("Vraag het basisteam van Winsum") for t in texts), texts
    assert any(t.startswith("Productcodes van") for t in texts), texts
    assert any(t.startswith("Route:") or t == "Bekijk de zorgroutes" for t in texts), texts
    for href in links.evaluate_all("els => els.map(e => e.href)"):
        with urllib.request.urlopen(href.split("#")[0], timeout=5) as response:
            assert response.status == 200, href
    # dropping the zorgsoort is offered, with its count, and works in one click
    button = panel.locator("button", has_text="Laat de zorgsoort weg")
    button.click()
    assert page.inner_text("#rw-aantal") != "0 aanbieders gevonden · Wat kunt u doen?" and not panel.is_visible()


def test_each_result_shows_the_facts_for_a_referral(page, site_url):
    open_finder(page, site_url)
    item = page.locator("#rw-resultaten li[data-id=elker]")
    facts = dict(zip(item.locator("dt").all_inner_texts(), item.locator("dd").all_inner_texts(), strict=True))
    assert set(facts) == {"Huisarts mag direct verwijzen", "Beschikking nodig", "Toegang", "Werkgebied", "Leeftijd", "Contact"}
    assert facts["Huisarts mag direct verwijzen"] in ("ja", "nee", "voor een deel")
    assert facts["Contact"]  # a number, a website, or "contact niet bekend"
    # the facts follow the matched codes: only pleegzorg (verblijf) needs a beschikking, and the sentence
    # says what "beschikking nodig" beside "huisarts mag verwijzen" means for a referral
    toegang = item.locator("[data-feit=toegang]")
    page.select_option("#f-zorgsoort", "verblijf")
    assert item.locator("[data-feit=beschikking]").inner_text() == "ja"
    assert toegang.inner_text().startswith("Een verwijzing van de huisarts is genoeg")
    page.select_option("#f-zorgsoort", "ambulant")
    assert item.locator("[data-feit=beschikking]").inner_text() == "nee"
    assert toegang.inner_text().startswith("Geen beschikking van de gemeente nodig")


def test_search_words_that_name_codes_narrow_the_facts_like_a_filter(page, site_url):
    """Typing 'pleegzorg' found Elker with 'Beschikking nodig: voor een deel' (its ambulant codes
    counted too), while its page says 'ja' for pleegzorg."""
    open_finder(page, site_url)
    page.fill("#f-tekst", "pleegzorg")
    for aanbieder in ("elker", "leger-des-heils"):
        item = page.locator(f"#rw-resultaten li[data-id={aanbieder}]")
        assert item.locator("[data-feit=beschikking]").inner_text() == "ja", aanbieder
        assert item.locator("[data-feit=huisarts]").inner_text() == "ja", aanbieder
        assert item.locator("[data-feit=toegang]").inner_text().startswith("Een verwijzing van de huisarts is genoeg")
        # the pleegzorg category's access is the routewijzer's model, not the sources': said, and marked
        model = item.locator("[data-feit=toegang-model]")
        assert "niet uit de bronnen" in model.inner_text() and model.evaluate("e => getComputedStyle(e).borderLeftStyle") == "dotted"
    page.fill("#f-tekst", "elker")  # a name names no code: all of Elker's codes count again
    assert page.locator("#rw-resultaten li[data-id=elker] [data-feit=beschikking]").inner_text() == "voor een deel"


def test_on_a_phone_the_count_is_in_view_after_a_filter_change(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "vinden/")
    page.wait_for_selector("#rw-filterknop:not([hidden])")  # on a phone the filters start folded away
    page.click("#rw-filterknop")
    page.fill("#f-leeftijd", "10")  # the last text field: the list is far below
    box = page.locator("#rw-aantal").bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= 844, box
    context.close()


def test_on_a_desktop_a_zero_count_is_in_view_and_leads_to_the_next_steps(page, site_url):
    """At 1280 x 800 the filters end near the bottom of the screen: the count stays in view, and with no
    result it links to the next steps below the fold."""
    page.set_viewport_size({"width": 1280, "height": 800})
    open_finder(page, site_url)
    page.select_option("#f-zorgsoort", "dyslexie")
    count = page.locator("#rw-aantal")
    box = count.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= 800, box
    assert count.inner_text() == "0 aanbieders gevonden · Wat kunt u doen?"
    count.get_by_role("link", name="Wat kunt u doen?").click()
    steps = page.locator("#rw-geen").bounding_box()
    assert 0 <= steps["y"] < 800, steps
