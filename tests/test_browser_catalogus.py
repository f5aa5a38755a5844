"""The productcode catalogue in real Chromium (#11): an index that finds a code and keeps every old
address working, one page per productcategorie whose table fits the desktop column with a sticky header,
a card per code on a phone, and filter and sort state in the address."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


def visible_codes(page) -> list[str]:
    return page.eval_on_selector_all("#rw-codes tbody tr:not([hidden]) > th", "els => els.map(e => e.textContent.trim())")


def open_category(page, site_url, nummer, rest=""):
    page.goto(site_url + f"productcodes/{nummer}/" + rest)
    page.wait_for_selector("#rw-catalogus:not([hidden])")


def test_filters_narrow_the_table_and_live_in_the_address(page, site_url):
    open_category(page, site_url, "43")
    assert len(visible_codes(page)) == 86 and page.inner_text("#c-aantal") == "86 van de 86 productcodes"
    page.fill("#c-tekst", "pleegzorg specialistisch")
    assert visible_codes(page) == ["43A26", "43A27", "43A28"]
    assert page.inner_text("#c-aantal") == "3 van de 86 productcodes"
    assert "tekst=pleegzorg+specialistisch" in page.url
    page.reload()
    page.wait_for_selector("#rw-catalogus:not([hidden])")
    assert page.input_value("#c-tekst") == "pleegzorg specialistisch" and visible_codes(page) == ["43A26", "43A27", "43A28"]
    page.click("#rw-catalogus button[type=reset]")
    page.wait_for_function("document.getElementById('c-aantal').textContent === '86 van de 86 productcodes'")
    assert "tekst=" not in page.url
    page.check("#c-huisarts")
    assert "43A06" not in visible_codes(page) and "huisarts=ja" in page.url


def test_sorting_by_a_column_is_kept_in_the_address(page, site_url):
    open_category(page, site_url, "43", "?tekst=pleegzorg+specialistisch")
    page.click("#rw-codes thead th:nth-child(1) button")
    page.click("#rw-codes thead th:nth-child(1) button")  # Code, descending
    assert page.get_attribute("#rw-codes thead th:nth-child(1)", "aria-sort") == "descending"
    assert visible_codes(page) == ["43A28", "43A27", "43A26"]
    page.reload()
    page.wait_for_selector("#rw-catalogus:not([hidden])")
    assert visible_codes(page) == ["43A28", "43A27", "43A26"]
    assert page.get_attribute("#rw-codes thead th:nth-child(1)", "aria-sort") == "descending"


@pytest.mark.parametrize("anchor,url_end,target", [("#45A48", "productcodes/45/#45A48", "tr[id='45A48']"),
                                                   ("#categorie-51", "productcodes/51/", "h1")])
def test_old_links_land_on_the_code_or_category(page, site_url, anchor, url_end, target):
    page.goto(site_url + "productcodes/" + anchor)
    page.wait_for_url("**/" + url_end)
    element = page.locator(target)
    assert element.is_visible()
    box = element.bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]
    if target.startswith("tr"):  # the code is not hidden under the sticky table header
        header_bottom = page.evaluate("document.querySelector('#rw-codes thead th').getBoundingClientRect().bottom")
        assert box["y"] >= header_bottom, (box["y"], header_bottom)


def test_without_javascript_the_index_leads_to_the_codes_through_the_categories(browser, site_url):
    """The list of every code is loaded on demand (it grew with the catalogue); without JavaScript the
    categories on the index lead to the codes."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "productcodes/")
    assert not page.locator("#alle-codes").is_visible() and page.locator(".rw-codelijst > li").count() == 0
    page.locator("tr[id='categorie-45'] th a").click()
    page.wait_for_url("**/productcodes/45/")
    assert page.locator("tr[id='45A48']").is_visible()
    context.close()


def test_the_index_finds_a_code_by_number_or_name(page, site_url):
    page.goto(site_url + "productcodes/")
    page.fill("#z-code", "pleegzorg specialistisch")
    found = page.locator(".rw-codelijst > li:not([hidden])")
    assert found.count() == 3 and all("Pleegzorg" in t for t in found.all_inner_texts())
    page.fill("#z-code", "dyslexie")  # a zorgsoort without codes: said, with the way on
    assert page.locator(".rw-codelijst > li:not([hidden])").count() == 0
    status = page.locator("#z-aantal")
    assert "Geen productcode gevonden" in status.inner_text()
    status.get_by_role("link", name="Dyslexie").click()
    assert page.evaluate("location.hash") == "#zorgsoort-dyslexie"
    page.fill("#z-code", "45A48")
    page.press("#z-code", "Enter")
    page.wait_for_url("**/productcodes/45/#45A48")


def test_desktop_table_fits_the_column_with_codes_on_one_line_and_a_sticky_header(page, site_url):
    page.set_viewport_size({"width": 1280, "height": 800})
    for nummer in ("43", "45", "53"):
        open_category(page, site_url, nummer)
        fit = page.evaluate("""() => {
            const article = document.querySelector('article').getBoundingClientRect();
            const cells = [...document.querySelectorAll('#rw-codes th, #rw-codes td')];
            const codes = [...document.querySelectorAll('#rw-codes tbody th a')];
            return {over: Math.max(...cells.map(c => c.getBoundingClientRect().right)) - article.right,
                    wrapped: codes.filter(a => a.getClientRects().length > 1).length}; }""")
        assert fit["over"] <= 1 and fit["wrapped"] == 0, (nummer, fit)
    page.evaluate("window.scrollTo(0, document.querySelector('#rw-codes tbody').getBoundingClientRect().top + scrollY + 2000)")
    header = page.locator("#rw-codes thead th").first.bounding_box()
    assert 40 <= header["y"] <= 60, header  # right under the site header, still in view


def test_phone_shows_each_code_as_a_card_with_the_answers_first(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    open_category(page, site_url, "45", "#45A48")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    card = page.locator("tr[id='45A48']")
    box = card.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    labels = card.locator("td").evaluate_all("els => els.map(e => getComputedStyle(e, '::before').content)")
    assert labels[1:4] == ['"Beschikking nodig: "', '"Huisarts mag direct verwijzen: "', '"Aanbieders: "']
    for label in ("Beschikking nodig", "Huisarts mag direct verwijzen", "Aanbieders"):
        cell = card.locator(f"td[data-label='{label}']").bounding_box()
        assert cell["x"] + cell["width"] <= 390 and cell["y"] - box["y"] < 320  # near the top of the card
    page.goto(site_url + "productcodes/")  # the index's category tables fit the phone: nothing hides off to the side
    assert page.eval_on_selector_all(".rw-tabel", "els => els.filter(t => t.scrollWidth > t.clientWidth + 1).length") == 0
    context.close()


def test_on_a_phone_the_cards_sort_by_a_choice_kept_in_the_address(browser, site_url):
    """The column headers that sort on a desktop are hidden on a phone: the same orders as a choice."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    open_category(page, site_url, "43", "?tekst=pleegzorg+specialistisch")
    assert page.locator("#c-sorteer").is_visible()
    page.select_option("#c-sorteer", label="Code (aflopend)")
    assert visible_codes(page) == ["43A28", "43A27", "43A26"]
    assert "sorteer=0" in page.url and "richting=af" in page.url
    page.reload()
    page.wait_for_selector("#rw-catalogus:not([hidden])")
    assert visible_codes(page) == ["43A28", "43A27", "43A26"] and page.input_value("#c-sorteer") == "0-af"
    page.click("#rw-catalogus button[type=reset]")
    # the form's native reset clears the choice at once; the order follows a moment later
    page.wait_for_function("document.querySelector('#rw-codes tbody tr:not([hidden]) > th').textContent.trim() === '43A01'")
    assert visible_codes(page)[:2] == ["43A01", "43A02"] and page.input_value("#c-sorteer") == ""
    context.close()


def test_on_a_desktop_the_column_headers_sort_and_the_choice_is_hidden(page, site_url):
    open_category(page, site_url, "43")
    assert not page.locator("#c-sorteer").is_visible()


def test_modelled_access_answers_look_different_from_sourced_ones(page, site_url):
    """Category 51's 'Beschikking nodig: nee' is the routewijzer's choice; category 52's answer is in the
    sources (beleidsplan 4.1 fn 12, 5.5). A huisarts must be able to tell them apart."""
    open_category(page, site_url, "51")
    model = page.locator("dl.rw-feiten--categorie .rw-toegang__model")
    assert model.is_visible() and "niet uit de bronnen" in model.inner_text()
    open_category(page, site_url, "52")
    assert page.locator("dl.rw-feiten--categorie .rw-feiten__toegang").is_visible()
    assert page.locator(".rw-toegang__model").count() == 0
