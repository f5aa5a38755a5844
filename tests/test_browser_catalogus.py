"""The productcode catalogue in real Chromium: filter, sort, and stable per-code anchors."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


def visible_codes(page) -> list[str]:
    return page.eval_on_selector_all("#rw-codes tbody:not([hidden]) tr:not([hidden]):not(.rw-groepkop) > th",
                                     "els => els.map(e => e.textContent.trim())")


def open_catalogue(page, site_url, anchor=""):
    page.goto(site_url + "productcodes/" + anchor)
    page.wait_for_selector("#rw-catalogus:not([hidden])")


def test_filters_narrow_the_table(page, site_url):
    open_catalogue(page, site_url)
    assert len(visible_codes(page)) == 441 and page.inner_text("#c-aantal") == "441 productcodes"
    page.fill("#c-tekst", "pleegzorg specialistisch")
    assert visible_codes(page) == ["43A26", "43A27", "43A28"]
    assert page.inner_text("#c-aantal") == "3 van de 441 productcodes"
    page.fill("#c-tekst", "")
    page.select_option("#c-zorgsoort", "maatregel")
    codes = visible_codes(page)
    assert "43A06" in codes and all(c[:2] in ("43", "47", "48", "49") for c in codes)
    page.check("#c-huisarts")
    assert visible_codes(page) == []
    page.click("#rw-catalogus button[type=reset]")
    page.wait_for_function("document.getElementById('c-aantal').textContent === '441 van de 441 productcodes'")
    page.select_option("#c-beschikking", "nee")
    assert "45A01" in visible_codes(page) and "43A01" not in visible_codes(page)


def test_sorting_by_a_column_and_back(page, site_url):
    open_catalogue(page, site_url)
    page.fill("#c-tekst", "pleegzorg specialistisch")
    page.click("#rw-codes thead th:nth-child(2) button")  # Naam, ascending
    assert page.get_attribute("#rw-codes thead th:nth-child(2)", "aria-sort") == "ascending"
    names = page.eval_on_selector_all("#rw-codes tr:not([hidden]):not(.rw-groepkop) td:nth-child(2)",
                                      "els => els.filter(e => e.offsetParent).map(e => e.textContent)")
    assert names == sorted(names, key=str.lower)
    page.click("#rw-codes thead th:nth-child(1) button")
    page.click("#rw-codes thead th:nth-child(1) button")  # Code, descending
    assert page.get_attribute("#rw-codes thead th:nth-child(1)", "aria-sort") == "descending"
    assert visible_codes(page) == ["43A28", "43A27", "43A26"]


def test_every_code_has_a_stable_anchor(page, site_url):
    open_catalogue(page, site_url, "#45A48")
    row = page.locator("tr[id='45A48']")
    assert row.is_visible() and "45A48" in row.inner_text()
    assert page.evaluate("location.hash") == "#45A48"
    assert page.locator("tr#categorie-45").is_visible()
