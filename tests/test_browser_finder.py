"""The aanbieder finder in real Chromium: every filter changes the list, filters combine, the state
is in the URL, reset is one click, the results come from the data file, and without JavaScript (or
without the data) the page leads to the pages that list aanbieders."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


def names(page) -> list[str]:
    return page.eval_on_selector_all("#rw-resultaten li > a", "els => els.map(e => e.textContent)")


def open_finder(page, site_url, query=""):
    page.goto(site_url + "vinden/" + query)
    page.wait_for_selector("#rw-finder:not([hidden])")


def test_each_filter_narrows_the_list(page, site_url):
    open_finder(page, site_url)
    assert page.inner_text("#rw-aantal") == "18 aanbieders gevonden"
    page.fill("#f-tekst", "pleegzorg")
    assert names(page) == ["Elker", "Leger des Heils"]
    page.fill("#f-tekst", "")
    page.select_option("#f-zorgsoort", "maatregel")
    assert names(page) == ["'t Poortje", "Jeugdbescherming Noord (JB Noord)", "Leger des Heils", "William Schrikker Groep"]
    page.select_option("#f-zorgsoort", "")
    page.fill("#f-product", "47")
    assert names(page) == ["Jeugdbescherming Noord (JB Noord)", "Leger des Heils", "William Schrikker Groep"]
    page.fill("#f-product", "43A06")
    assert names(page) == ["'t Poortje"]
    page.fill("#f-product", "")
    page.select_option("#f-financiering", "landelijk")
    assert names(page) == ["De Kindertelefoon"]
    page.select_option("#f-financiering", "")
    page.fill("#f-leeftijd", "25")
    assert "GGD Groningen" not in names(page) and "Elker" in names(page)
    page.fill("#f-leeftijd", "")
    page.check("input[name=toegang][value=beschikking]")
    assert "'t Poortje" in names(page) and "CJG Noord Groningen" not in names(page)
    page.check("input[name=toegang][value=vrij]")
    assert names(page) == ["Elker", "Leger des Heils"]


def test_product_filters_hold_for_one_and_the_same_code(page, site_url):
    open_finder(page, site_url, "?zorgsoort=maatregel")
    assert "Leger des Heils" in names(page)
    page.check("#f-huisarts")  # a huisarts cannot refer to a maatregel, even where the aanbieder has other help
    assert names(page) == [] and page.inner_text("#rw-aantal").startswith("0 aanbieders gevonden")


def test_filters_combine_and_live_in_the_url(page, site_url):
    open_finder(page, site_url)
    page.select_option("#f-gemeente", "groningen")
    assert "CJG Noord Groningen" not in names(page) and "Elker" in names(page)
    page.check("#f-huisarts")
    assert names(page) == ["Elker", "Leger des Heils"]
    assert page.url.endswith("vinden/?gemeente=groningen&huisarts=ja")
    shared = page.url
    other = page.context.new_page()
    other.goto(shared)
    other.wait_for_selector("#rw-finder:not([hidden])")
    assert names(other) == ["Elker", "Leger des Heils"] and other.is_checked("#f-huisarts")
    other.close()


def test_free_text_finds_by_product_name_and_code(page, site_url):
    open_finder(page, site_url, "?tekst=jeugdreclassering")
    assert names(page) == ["Jeugdbescherming Noord (JB Noord)", "Leger des Heils", "William Schrikker Groep"]
    page.fill("#f-tekst", "43A06")
    assert names(page) == ["'t Poortje"]


def test_reset_is_one_click_and_the_count_is_announced(page, site_url):
    open_finder(page, site_url, "?zorgsoort=verblijf&huisarts=ja")
    assert page.inner_text("#rw-aantal") == "2 aanbieders gevonden"
    page.click("#rw-finder button[type=reset]")
    page.wait_for_function("document.getElementById('rw-aantal').textContent === '18 aanbieders gevonden'")
    assert page.url.endswith("/vinden/")
    page.wait_for_function("document.getElementById('rw-melding').textContent === '18 aanbieders gevonden'")
    assert page.get_attribute("#rw-melding", "aria-live") == "polite"


def test_keyboard_only_use(page, site_url):
    open_finder(page, site_url)
    page.focus("#f-tekst")
    page.keyboard.type("kinder")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "f-zorgsoort"
    assert "De Kindertelefoon" in names(page)
    for control in ("f-tekst", "f-zorgsoort", "f-product", "f-gemeente", "f-leeftijd", "f-financiering", "f-huisarts"):
        assert page.eval_on_selector(f"label[for={control}]", "l => l.textContent.trim().length > 0")


def test_without_javascript_the_page_leads_to_pages_that_list_aanbieders(browser, site_url):
    """The page holds no aanbieder (they come with the data); without JavaScript it points to the gemeente
    pages and the aanbieders overview, and each link leads, in one or two clicks, to aanbieders."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "vinden/")
    assert not page.query_selector_all("#rw-resultaten li")
    assert not page.is_visible("#rw-finder") and page.is_visible("#rw-zonder-js")
    links = page.eval_on_selector_all("#rw-zonder-js a", "els => els.map(e => [e.textContent, e.href])")
    assert [text for text, _ in links] == ["Kies uw gemeente", "Alle aanbieders en organisaties", "Productcodes"]
    for _, href in links:
        assert page.goto(href).ok, href
    page.goto(links[0][1])
    page.click("article td a[href]")  # the first gemeente
    aanbieder = "article a[href^='../../aanbieders/']:not([href='../../aanbieders/'])"  # one aanbieder's page
    assert "/gemeenten/" in page.url and page.locator(aanbieder).count() > 0
    page.goto(links[1][1])
    assert page.locator("article li > a[href]:not([href*='..'])").count() == 18  # each aanbieder's page
    context.close()


def test_the_results_come_from_the_data_file(browser, site_url):
    """The list is built from data/finder.json (asked for once, while the page loads), each result as the
    generator renders it (facts included). Without the service worker, which asks for the data once
    more when it takes over the page (test_browser_offline)."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    asked = []
    page.on("request", lambda request: asked.append(request.url) if "finder.json" in request.url else None)
    with page.expect_response("**/data/finder.json") as response:
        open_finder(page, site_url)
    assert response.value.ok and len(asked) == 1  # the page's preload is the script's fetch
    assert len(names(page)) == 18 and not page.is_visible("#rw-zonder-js")
    item = page.locator("#rw-resultaten li[data-id=elker]")
    assert item.locator("dd[data-feit=werkgebied]").inner_text() == "hele regio"
    assert item.locator("a").first.get_attribute("href") == "../aanbieders/elker/"
    context.close()


def test_without_the_data_the_page_says_so_and_keeps_the_way_on(page, site_url):
    page.route("**/data/finder.json", lambda route: route.abort())
    page.goto(site_url + "vinden/")
    page.wait_for_selector("#rw-aantal.rw-fout")
    assert "kon niet worden geladen" in page.inner_text("#rw-aantal")
    assert page.is_visible("#rw-zonder-js") and not page.is_visible("#rw-finder")
    assert "JavaScript" not in page.inner_text("#rw-zonder-js")  # JavaScript works; the data did not come


def test_the_product_field_suggests_every_code_once_used(page, site_url):
    """Categories are in the page; the codes come from the catalogue's code list when the field is used."""
    open_finder(page, site_url)
    options = "() => Array.from(document.querySelectorAll('#f-productlijst option'), o => o.value)"
    before = page.evaluate(options)
    assert before and all(len(v) == 2 for v in before)  # the categories only
    with page.expect_response("**/productcodes/codes.json"):
        page.focus("#f-product")
    page.wait_for_function("n => document.querySelectorAll('#f-productlijst option').length > n", arg=len(before))
    assert "45A48" in page.evaluate(options)


def test_long_result_lists_grow_with_toon_meer(page, site_url):
    """Only a page of results is attached at a time (layout cost); the count still says how many match."""
    page.route("**/vinden/", lambda route: route.fulfill(
        response=route.fetch(), body=route.fetch().text().replace('data-per-pagina="100"', 'data-per-pagina="5"')))
    open_finder(page, site_url)
    assert len(names(page)) == 5
    assert page.inner_text("#rw-aantal") == "18 aanbieders gevonden (de eerste 5 staan hieronder)"
    assert page.inner_text("#rw-meer") == "Toon meer (nog 13)"
    page.click("#rw-meer")
    assert len(names(page)) == 10 and page.inner_text("#rw-meer") == "Toon meer (nog 8)"
    page.fill("#f-tekst", "pleegzorg")
    assert names(page) == ["Elker", "Leger des Heils"] and not page.is_visible("#rw-meer")


def test_on_a_phone_the_filters_fold_away_until_asked_for(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "vinden/")
    page.wait_for_selector("#rw-filterknop:not([hidden])")
    assert not page.is_visible("#f-tekst") and page.get_attribute("#rw-filterknop", "aria-expanded") == "false"
    assert page.locator("#rw-resultaten li").first.bounding_box()["y"] < 844  # results without scrolling
    page.click("#rw-filterknop")
    assert page.is_visible("#f-tekst") and page.get_attribute("#rw-filterknop", "aria-expanded") == "true"
    page.goto(site_url + "vinden/?zorgsoort=maatregel")  # a shared link shows its filters
    page.wait_for_selector("#rw-filterknop:not([hidden])")
    assert page.is_visible("#f-zorgsoort")
    context.close()
