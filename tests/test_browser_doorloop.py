"""The guided step-through ("Doorloop de route", #10): a teacher answers the meldcode's questions one at a
time, by mouse or by keyboard, and reaches "melden bij Veilig Thuis"; the exits stay in reach; back works;
without JavaScript the page's own numbered list is the route."""
from __future__ import annotations

import pytest
from conftest import PROJECT

from generator.content import check
from generator.pages.render.doorloop import heeft_doorloop

pytestmark = [pytest.mark.browser, pytest.mark.e2e]
ROUTES = check(PROJECT).content.routes
VEILIGHEID = "zorgroutes/veiligheidsroute/"
# From the start to "melden bij Veilig Thuis": the answers a professional gives, in order.
# "Ja" at "Kunt u het gesprek veilig voeren?": the conversation is skipped when it would endanger someone.
NAAR_MELDEN = ["Er zijn zorgen", "Volgende stap", "Ja", "Volgende stap", "Volgende stap", "Ja", "Ja"]


def heading(page) -> str:
    return page.locator("#doorloop-stap").inner_text()


def focused(page) -> str:
    return page.evaluate("document.activeElement.id")


def answer(page, label: str) -> None:
    page.locator(".rw-doorloop__keuzes button", has=page.locator(".rw-doorloop__antwoord", has_text=label)).first.click()


def test_by_mouse_from_the_start_to_melden_bij_veilig_thuis(page, site_url):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + VEILIGHEID)
    page.get_by_role("button", name="Start: doorloop de route stap voor stap").click()
    assert heading(page).startswith("1. Breng de signalen in kaart")
    assert page.locator("#doorloop-paneel").is_visible()
    for label in NAAR_MELDEN:
        answer(page, label)
        assert focused(page) == "doorloop-stap"  # the new step's heading has the focus (announced)
    assert "Veilig Thuis" in heading(page) and "Meld" in heading(page), heading(page)
    page.get_by_role("button", name="Vorige stap").click()
    assert heading(page).startswith("11. Is er acute of structurele onveiligheid?")
    # the panel links to the full step on the page
    href = page.locator(".rw-doorloop__meer a").get_attribute("href")
    assert page.locator(f"[id='{href[1:]}']").count() == 1


def test_by_keyboard_with_focus_on_each_new_step(page, site_url):
    page.goto(site_url + VEILIGHEID)
    page.locator(".rw-doorloop__start").focus()
    page.keyboard.press("Enter")
    assert focused(page) == "doorloop-stap"
    for label in NAAR_MELDEN:
        for _ in range(20):  # Tab from the heading through the step's links to the wanted answer
            page.keyboard.press("Tab")
            current = page.evaluate("(document.activeElement.querySelector('.rw-doorloop__antwoord') || {}).textContent")
            if current == label:
                break
        else:
            pytest.fail(f"no answer '{label}' reachable by Tab on step '{heading(page)}'")
        page.keyboard.press("Enter")
        assert focused(page) == "doorloop-stap"
    assert "Veilig Thuis" in heading(page)


def test_the_exits_are_in_reach_on_every_step(page, site_url):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + VEILIGHEID)
    page.locator(".rw-doorloop__start").click()
    for label in NAAR_MELDEN:
        box = page.locator(".rw-doorloop__bel a[href='tel:112']").bounding_box()
        assert box["y"] >= 48 and box["y"] + box["height"] <= 844, box  # on screen, below the site header
        nood = page.locator(".rw-doorloop__nood")
        assert nood.get_by_role("button", name="Naar 2. Bel 112").is_visible()
        assert nood.locator("a[href='tel:112']").is_visible()  # one tap dials, no detour via the step
        answer(page, label)
    page.locator(".rw-doorloop__nood").get_by_role("button", name="Naar 2. Bel 112").click()
    assert heading(page) == "2. Bel 112"
    assert page.locator("#doorloop-paneel .rw-doorloop__bel-nu[href='tel:112']").is_visible()
    assert page.locator("#doorloop-paneel .rw-doorloop__model").count() == 0  # no provenance note on an emergency
    # after 112 the professional still reports to Veilig Thuis: the step says so and offers the way there
    assert "Meld bij Veilig Thuis" in page.locator(".rw-doorloop__keuzes").inner_text()


def test_a_decision_offers_ja_and_nee_that_follow_the_route(page, site_url):
    page.goto(site_url + VEILIGHEID)
    page.locator(".rw-doorloop__start").click()
    for label in NAAR_MELDEN[:5]:
        answer(page, label)
    knoppen = page.locator(".rw-doorloop__keuzes button").all_inner_texts()
    assert [k.splitlines()[0] for k in knoppen] == ["Ja", "Nee"]
    answer(page, "Nee")
    assert heading(page).startswith("10. Geen vermoeden meer")
    assert "Hier eindigt de route." in page.locator(".rw-doorloop__keuzes").inner_text()


def test_closing_returns_focus_to_the_start_button(page, site_url):
    page.goto(site_url + VEILIGHEID)
    start = page.locator(".rw-doorloop__start")
    start.click()
    assert start.get_attribute("aria-expanded") == "true"
    page.get_by_role("button", name="Sluiten").click()
    assert start.get_attribute("aria-expanded") == "false" and not page.locator("#doorloop-paneel").is_visible()
    assert page.evaluate("document.activeElement.classList.contains('rw-doorloop__start')")


@pytest.mark.parametrize("route", ROUTES, ids=[r.id for r in ROUTES])
def test_every_route_with_decisions_can_be_walked_through(page, site_url, route):
    page.goto(site_url + f"zorgroutes/{route.id}/")
    if not heeft_doorloop(route):
        assert page.locator("#doorloop").count() == 0
        return
    page.locator(".rw-doorloop__start").click()
    seen = set()
    for _ in range(len(route.stappen)):  # always the first answer: the walk ends at an end, an exit or another route
        seen.add(heading(page))
        knoppen = page.locator(".rw-doorloop__keuzes button")
        if knoppen.count() == 0:
            break
        knoppen.first.click()
        if heading(page) in seen:
            break
    assert len(seen) >= 2


def test_without_javascript_the_page_list_is_the_route(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + VEILIGHEID)
    assert not page.locator("#doorloop").is_visible()
    assert page.locator(".rw-wat__stappen").is_visible()
    assert page.locator("h3[id^='stap-']").count() > 10
    context.close()


def test_a_second_start_at_the_top_of_wat_moet_ik_doen_saves_the_scrolling(page, site_url):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + VEILIGHEID)
    quick = page.locator(".rw-wat .rw-doorloop__snel")
    box = quick.bounding_box()
    assert box["y"] + box["height"] <= 844 + page.evaluate("scrollY"), box  # reached without scrolling past the list
    quick.click()
    assert heading(page).startswith("1. Breng de signalen in kaart") and focused(page) == "doorloop-stap"
    top = page.locator("#doorloop-paneel").bounding_box()["y"]
    assert 0 <= top < 844
