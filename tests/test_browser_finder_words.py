"""#22 in real Chromium: the words a huisarts types (zoekwoorden), gemeenten as they are called today,
and the age filter that keeps "leeftijd onbekend" apart from a match."""
from __future__ import annotations

import pytest
from test_browser_finder import names, open_finder
from test_browser_search import open_search, results

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


def via(page) -> dict[str, str]:
    return dict(page.eval_on_selector_all(
        "#rw-resultaten li[data-id]", "els => els.map(e => [e.querySelector('a').textContent,"
        " (e.querySelector('[data-feit=via]') || {}).textContent || ''])"))


def test_an_everyday_word_finds_the_zorgsoort_and_says_so(page, site_url):
    open_finder(page, site_url, "?tekst=pleeggezin")  # no aanbieder text says "pleeggezin"; verblijf has it as zoekwoord
    assert names(page) == ["Elker", "Leger des Heils"]
    assert via(page) == {"Elker": "gevonden via 'pleeggezin': Jeugdhulp verblijf",
                         "Leger des Heils": "gevonden via 'pleeggezin': Jeugdhulp verblijf"}
    page.fill("#f-tekst", "elker")  # found by its own name: no "gevonden via"
    assert via(page) == {"Elker": ""}


def test_angst_without_a_known_aanbieder_names_the_zorgsoorten_and_next_steps(page, site_url):
    open_finder(page, site_url, "?tekst=angst")
    assert names(page) == []
    geen = page.inner_text("#rw-geen")
    assert "Uw zoekwoord hoort bij: GGZ kort, GGZ lang" in geen
    assert "De bronnen van deze site noemen geen aanbieder voor GGZ kort of GGZ lang" in geen
    assert "Productcodes van GGZ kort" in geen


def test_site_search_finds_the_zorgsoort_by_an_everyday_word(page, site_url):
    open_search(page, site_url, "somberheid")
    hrefs = [r["href"] for r in results(page)]
    assert any("/productcodes/" in h for h in hrefs), hrefs


def test_todays_gemeente_is_a_choice_and_finds_its_former_gemeenten(page, site_url):
    open_finder(page, site_url)
    labels = page.eval_on_selector_all("#f-gemeente option", "os => os.map(o => o.textContent)")
    assert "Het Hogeland (Bedum, De Marne, Eemsmond, Winsum)" in labels and "Winsum (nu Het Hogeland)" in labels
    page.select_option("#f-gemeente", "het-hogeland")
    chosen = names(page)
    assert "CJG Noord Groningen" in chosen and "Elker" in chosen  # recorded for Winsum …, and the whole region
    assert page.url.endswith("?gemeente=het-hogeland")
    page.select_option("#f-gemeente", "")
    for typed in ("hogeland", "Winsum"):
        page.fill("#f-tekst", typed)
        assert names(page) == chosen, typed
    page.fill("#f-tekst", "haren")  # Haren is now Groningen: not CJG Noord Groningen's werkgebied
    assert "CJG Noord Groningen" not in names(page) and "Elker" in names(page)


def test_unknown_age_is_a_group_of_its_own(page, site_url):
    open_finder(page, site_url, "?leeftijd=10")
    count = page.inner_text("#rw-aantal")
    assert count.startswith("1 aanbieder gevonden voor 10 jaar, en 17 met onbekende leeftijd"), count
    order = page.eval_on_selector_all("#rw-resultaten > li", "els => els.map(e => e.getAttribute('data-id')"
                                      " || e.getAttribute('data-groep'))")
    assert order[:2] == ["ggd-groningen", "leeftijd-onbekend"], order
    page.fill("#f-leeftijd", "25")
    assert page.inner_text("#rw-aantal").startswith("0 aanbieders gevonden voor 25 jaar, en 17 met onbekende leeftijd")
    assert "GGD Groningen" not in names(page)


def test_cards_on_a_phone_are_short_and_free_of_editorial_remarks(browser, site_url):
    """#22: name, toegang sentence, contact and werkgebied within about 300 px; the editors' remarks about the
    sources stay on the aanbieder page."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        page.goto(site_url + "vinden/")
        # On a phone the script folds the filters away (.rw-ingeklapt): the form is started, not visible.
        page.wait_for_selector("#rw-finder.rw-ingeklapt:not([hidden])", state="attached")
        cards = page.eval_on_selector_all("#rw-resultaten > li[data-id]", "els => els.map(e => [e.getAttribute('data-id'),"
                                          " e.getBoundingClientRect().height, e.getBoundingClientRect().left, e.innerText])")
        assert len(cards) == 18
        assert max(height for _, height, _, _ in cards) <= 310, [(i, round(h)) for i, h, _, _ in cards]
        assert {round(left) for _, _, left, _ in cards} == {16}  # no indent beyond the page margin
        elker = next(text for i, _, _, text in cards if i == "elker")
        assert "24-uurszorg" in elker and "hiervoor geen productcode" not in elker and "Werkgebied" in elker
        # "Werkgebied: hele regio" on one line (the colon is CSS ::after, which innerText leaves out)
        assert page.eval_on_selector("li[data-id=elker] [data-feit=werkgebied]", "dd => Math.abs("
                                     "dd.getBoundingClientRect().top - dd.previousElementSibling.getBoundingClientRect().top) < 2")
    finally:
        page.close()
