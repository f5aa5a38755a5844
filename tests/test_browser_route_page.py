"""Route pages for a professional under stress (#10): "Wat moet ik doen?" in the first screen, phone
numbers in step text are tappable, every step leads back to the diagram, one numbering."""
from __future__ import annotations

import pytest
from conftest import PROJECT

from generator.content import check

pytestmark = [pytest.mark.browser, pytest.mark.e2e]
ROUTES = [r.id for r in check(PROJECT).content.routes]


@pytest.mark.parametrize("route_id", ROUTES)
def test_wat_moet_ik_doen_starts_in_the_first_desktop_screen(page, site_url, route_id):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + f"zorgroutes/{route_id}/")
    box = page.locator("#wat-moet-ik-doen").bounding_box()
    assert box["y"] < 1000, box
    links = page.locator(".rw-wat__stappen a")
    assert links.count() >= 2
    for href in links.evaluate_all("els => els.map(e => e.getAttribute('href'))"):
        assert page.locator(f"[id='{href[1:]}']").count() == 1, href  # each item lands on its step


def test_the_list_follows_the_branch_that_stays_in_the_route(page, site_url):
    """At 'Kan de hulp in de basisondersteuning?' the huisarts route's 'ja' leaves for the basisteam route;
    the list follows the referral (the reason a huisarts opens the page) and notes the other answer."""
    page.goto(site_url + "zorgroutes/huisarts/")
    items = page.locator(".rw-wat__stappen > li").all_inner_texts()
    assert "Kan de hulp in de basisondersteuning? (nee: lees verder; ja: stap 3)" in items
    assert "Verwijzing naar een gecontracteerde aanbieder" in items and "Gemeente stuurt de toewijzing" in items
    page.goto(site_url + "zorgroutes/veiligheidsroute/")  # 'ja' stays in the route here: melden is on the list
    items = page.locator(".rw-wat__stappen > li").all_inner_texts()
    assert any(item.startswith("Meld bij Veilig Thuis") for item in items)
    assert any(item.endswith("(ja: lees verder; nee: stap 9)") for item in items)


def test_veiligheidsroute_shows_its_exits_as_tel_links_beside_the_list(page, site_url):
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    aside = page.locator(".rw-wat__nood")
    assert aside.locator("a[href='tel:112']").is_visible() and aside.locator("a[href='tel:08002000']").is_visible()
    lijst, nood = page.locator(".rw-wat__stappen").bounding_box(), aside.bounding_box()
    assert nood["x"] > lijst["x"] + lijst["width"] - 1  # beside, not below, on a desktop


def test_phone_numbers_in_step_text_are_tel_links_and_steps_lead_back(page, site_url):
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    description = page.locator("h3#stap-melden ~ p", has_text="Doe een melding bij Veilig Thuis").first
    assert description.locator("a[href='tel:08002000']").count() == 1
    steps = page.locator("h3[id^='stap-']").count()
    assert page.locator(".rw-terug a[href='#schema']").count() == steps
    # list numbers and the meldcode's own step numbers no longer collide
    assert "Stap 1:" not in page.locator("article").inner_text()


def test_advice_from_veilig_thuis_returns_to_the_route(page, site_url):
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    advies = page.locator("h3#stap-advies-veilig-thuis").locator("xpath=following-sibling::*").all_inner_texts()
    text = " ".join(advies[:8])
    assert "hier eindigt de route" not in text and "na het advies" in text
