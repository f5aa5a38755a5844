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
    links = page.locator(".rw-wat__stappen a[href^='#']")  # the veiligheidsroute box links to another page
    assert links.count() >= 2
    for href in links.evaluate_all("els => els.map(e => e.getAttribute('href'))"):
        assert page.locator(f"[id='{href[1:]}']").count() == 1, href  # each item lands on its step


def test_the_list_follows_the_branch_that_stays_in_the_route(page, site_url):
    """At 'Kan de hulp in de basisondersteuning?' the huisarts route's 'ja' leaves for the basisteam route;
    the list follows the referral (the reason a huisarts opens the page) and notes the other answer."""
    page.goto(site_url + "zorgroutes/huisarts/")
    items = page.locator(".rw-wat__stappen > li").all_inner_texts()
    assert "Kan de hulp in de basisondersteuning? (nee: lees verder; ja: stap 5)" in items
    assert "Verwijzing naar een gecontracteerde aanbieder" in items and "Gemeente stuurt de toewijzing" in items
    page.goto(site_url + "zorgroutes/veiligheidsroute/")  # 'ja' stays in the route here: melden is on the list
    items = page.locator(".rw-wat__stappen > li").all_inner_texts()
    assert any(item.startswith("Meld bij Veilig Thuis") for item in items)
    assert any(item.endswith("(ja: lees verder; nee: stap 10)") for item in items)


@pytest.mark.parametrize("route_id", ["onderwijs", "huisarts"])
def test_a_decision_into_the_veiligheidsroute_is_a_prominent_box_in_the_list(page, site_url, route_id):
    """A teacher with a beaten pupil must not have to spot '(ja: stap 3)': the answer that leads into the
    veiligheidsroute is a red box with a link to it, on the first screen of a phone."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + f"zorgroutes/{route_id}/")
    box = page.locator(".rw-wat__stappen .rw-wat__veilig")
    assert box.count() == 1
    assert box.inner_text().startswith("Ja") and "naar de veiligheidsroute" in box.inner_text()
    assert box.evaluate("e => getComputedStyle(e).borderTopStyle") == "solid"
    href = box.locator("a").get_attribute("href")
    assert "veiligheidsroute/" in href
    assert box.bounding_box()["y"] + box.bounding_box()["height"] <= 844
    box.locator("a").click()
    assert page.url.rstrip("/").split("/")[-1].startswith("veiligheidsroute")


def test_on_a_phone_the_actions_start_on_the_first_screen(page, site_url):
    """The staleness notice is one line; 'Wat moet ik doen?' and 'Meld bij Veilig Thuis' start high
    (before: y=581 and y=1,019 under the 'Mogelijk verouderd' box)."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    assert page.locator("#wat-moet-ik-doen").bounding_box()["y"] < 420
    melden = page.locator(".rw-wat__stappen li", has_text="Meld bij Veilig Thuis").first
    assert melden.bounding_box()["y"] < 844
    assert page.locator(".rw-verouderd-kort a[href='#over-deze-route']").is_visible()
    assert page.locator("#over-deze-route ~ .rw-verouderd, #over-deze-route + .admonition").count() >= 1


def test_every_visible_emergency_number_is_a_tel_link(page, site_url):
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    for anchor, number in (("stap-acuut-gevaar", "tel:112"), ("stap-advies-veilig-thuis", "tel:08002000")):
        assert page.locator(f"h3#{anchor} a[href='{number}']").count() == 1, anchor
    zonder = page.locator(".admonition", has_text="Noodcontacten zonder bekend nummer")
    for number in ("tel:112", "tel:08002000"):
        assert zonder.locator(f"a[href='{number}']").count() >= 1, number


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
