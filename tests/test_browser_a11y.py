"""Accessibility (WCAG 2.2 AA) with axe-core on every page type, in light and dark colour schemes.

axe-core comes from the npm registry (the README's test command installs it into .venv/npm); the
target is 0 violations of impact serious or critical. Minor ones are printed, not failed.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import PROJECT

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

PAGE_TYPES = {"home": "", "route": "zorgroutes/huisarts/", "veiligheidsroute": "zorgroutes/veiligheidsroute/",
              "aanbieder": "aanbieders/elker/", "finder": "vinden/", "productcodes": "productcodes/", "productcategorie": "productcodes/43/",
              "gemeente": "gemeenten/winsum/", "begrippen": "begrippen/", "open-data": "downloads/", "niet-gevonden": "404.html",
              "finder-zonder-resultaat": "vinden/?zorgsoort=dyslexie&gemeente=winsum", "recent": "recent/",
              "toegankelijkheid": "toegankelijkheid/", "privacy": "privacy/", "offline": "offline/"}
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]  # 2.2 AA: target size (#25)


def axe_script() -> Path:
    path = Path(os.environ.get("AXE_CORE", PROJECT / ".venv/npm/node_modules/axe-core/axe.min.js"))
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail("axe-core is not installed; the README's test command installs it")
        pytest.skip("axe-core not installed (see the README's test command)")
    return path


def violations(page) -> list[tuple[str, str, list[str]]]:
    page.add_script_tag(path=str(axe_script()))
    found = page.evaluate("async (tags) => (await axe.run(document, {runOnly: tags})).violations"
                          ".map(v => [v.id, v.impact, v.nodes.map(n => n.target.join(' '))])", TAGS)
    for rule, impact, nodes in found:
        if impact not in ("serious", "critical"):
            print(f"minor: {rule} ({impact}) on {len(nodes)} element(s)")
    return [(rule, impact, nodes[:3]) for rule, impact, nodes in found if impact in ("serious", "critical")]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("page_type", list(PAGE_TYPES))
def test_no_serious_violations(browser, site_url, page_type, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_url + PAGE_TYPES[page_type])
    page.wait_for_load_state("networkidle")
    assert violations(page) == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_violations_with_search_results_open(browser, site_url, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + "zorgroutes/huisarts/")
    page.keyboard.press("/")
    page.keyboard.type("huisarts")
    page.wait_for_selector(".rw-zoek__resultaat .rw-zoek__uittreksel mark")
    page.wait_for_function("document.querySelector('#rw-zoek-status').textContent !== ''")
    assert violations(page) == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_violations_with_the_step_through_open(browser, site_url, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    page.locator(".rw-doorloop__start").click()
    page.locator(".rw-doorloop__keuzes button").first.click()  # a step with choices, a modelled note and exits
    assert page.locator("#doorloop-paneel .rw-doorloop__nood").is_visible()
    assert violations(page) == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_violations_with_the_enlarged_diagram_open(browser, site_url, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    page.get_by_role("button", name="Vergroot schema").click()
    assert page.get_by_role("dialog").is_visible()
    assert violations(page) == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_violations_in_the_phone_catalogue_cards(browser, site_url, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "productcodes/45/?huisarts=ja")
    page.wait_for_selector("#rw-catalogus:not([hidden])")
    assert violations(page) == []
    context.close()
