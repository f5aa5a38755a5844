"""The built site in real Chromium, as its users meet it: search, diagrams, emergency contacts, print,
keyboard."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

PAGE_TYPES = ["", "zorgroutes/huisarts/", "zorgroutes/veiligheidsroute/", "aanbieders/elker/", "vinden/",
              "productcodes/", "gemeenten/winsum/", "begrippen/"]


def search(page, site_url, query) -> list[str]:
    page.goto(site_url)
    page.click(".rw-zoek__open")
    page.keyboard.type(query, delay=20)
    page.wait_for_selector(".rw-zoek__resultaat")
    return page.eval_on_selector_all(".rw-zoek__resultaat", "els => els.map(e => e.innerText)")


@pytest.mark.parametrize("query, expected", [
    ("afwegingskader", "Veiligheidsroute"),          # a route, by a word from its text
    ("zorgtoewijzing", "Route via het lokale basisteam"),
    ("Elker", "Elker"),                               # an aanbieder, by name
    ("45A48", "45A48"),                               # a productcode, by its code
])
def test_dutch_search_finds_routes_aanbieders_and_codes(page, site_url, query, expected):
    results = search(page, site_url, query)
    assert any(expected in r for r in results[:5]), results[:5]


def test_diagram_node_goes_to_its_step(page, site_url):
    page.goto(site_url + "zorgroutes/huisarts/")
    page.click("svg[role=group] a[*|href='#stap-verwijzing']")
    assert page.evaluate("location.hash") == "#stap-verwijzing"
    heading = page.locator("[id='stap-verwijzing']")
    assert heading.is_visible()
    box = heading.bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]


def test_diagram_node_goes_to_another_route(page, site_url):
    page.goto(site_url + "zorgroutes/huisarts/")
    page.click("svg[role=group] a[*|href='../basisteam/#stap-vraagverheldering']")
    page.wait_for_url("**/zorgroutes/basisteam/#stap-vraagverheldering")
    assert page.locator("[id='stap-vraagverheldering']").is_visible()


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 800}, {"width": 390, "height": 844}], ids=["desktop", "phone"])
def test_emergency_contacts_visible_without_scrolling(browser, site_url, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    for path in PAGE_TYPES:
        page.goto(site_url + path)
        # the crisis contact has no number in the sources: it is explained on the veiligheidsroute, not in the bar
        for selector in ("a[href='tel:112']", "a[href='tel:08002000']"):
            element = page.locator(".rw-noodbalk " + selector)
            assert element.is_visible(), (path, selector)
            box = element.bounding_box()
            assert box["y"] + box["height"] <= viewport["height"] and box["x"] >= 0, (path, selector, box)
    context.close()


VISIBLE_TEL_LINKS = """() => [...document.querySelectorAll('a[href^="tel:"]')].filter(a => {
  const r = a.getBoundingClientRect();
  if (!r.width || r.top < 0 || r.bottom > innerHeight) return false;
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return hit && (hit === a || a.contains(hit));
}).map(a => ({href: a.getAttribute('href'), height: a.getBoundingClientRect().height, bar: !!a.closest('.rw-noodkop, .rw-noodbalk')}))"""


def test_on_a_phone_the_numbers_stay_in_reach_while_scrolling(browser, site_url):
    """The red bar scrolls away with the page; on the 16,000 px veiligheidsroute the numbers were then
    out of reach for 8 screens. Now a row under the sticky header carries them, big enough to tap."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    height = page.evaluate("document.documentElement.scrollHeight")
    for y in range(0, height, 700):
        page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_function("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))")
        links = page.evaluate(VISIBLE_TEL_LINKS)
        in_bar = [link for link in links if link["bar"]]  # (a number inside running text may be any size)
        assert {link["href"] for link in in_bar} == {"tel:112", "tel:08002000"}, (y, links)
        assert all(link["height"] >= 24 for link in in_bar), (y, links)
    context.close()


def test_on_a_desktop_the_bar_is_the_only_row_of_numbers(page, site_url):
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    page.evaluate("window.scrollTo(0, 3000)")
    # wait until the script has seen the bar leave the view (the state in which a phone shows the row)
    page.wait_for_function("document.documentElement.classList.contains('rw-nood-uit-beeld')")
    assert not page.locator(".rw-noodkop").is_visible()


def test_a_closed_navigation_drawer_takes_no_keyboard_focus(browser, site_url):
    """Below 1220 px the navigation is an off-screen drawer; its links were in the tab order, so a keyboard
    user tabbed through a dozen invisible links. Opened, the drawer's links work as before."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "zorgroutes/huisarts/")
    for _ in range(20):
        page.keyboard.press("Tab")
        assert not page.evaluate("!!document.activeElement.closest('.md-sidebar--primary')")
    page.click("label.md-header__button[for=__drawer]")
    link = page.locator(".md-sidebar--primary a", has_text="Aanbieder vinden")
    link.wait_for(state="visible")
    link.focus()
    assert page.evaluate("document.activeElement.textContent.trim()") == "Aanbieder vinden"
    context.close()


def test_print_hides_navigation_and_shows_every_step(page, site_url, tmp_path):
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    page.emulate_media(media="print")
    for hidden in (".md-sidebar--primary", ".md-header", ".md-footer"):
        assert page.locator(hidden).first.evaluate("e => getComputedStyle(e).display") == "none", hidden
    steps = page.locator("h3[id^='stap-']")
    assert steps.count() == 21  # incl. "Kunt u het gesprek veilig voeren?" (#21)
    assert all(steps.nth(i).is_visible() for i in range(steps.count()))
    assert page.locator(".rw-noodbalk").is_visible()  # emergency numbers stay on paper
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") > 2


def test_keyboard_skip_link_and_visible_focus(page, site_url):
    page.goto(site_url + "zorgroutes/huisarts/")
    page.keyboard.press("Tab")
    focused = page.evaluate("({text: document.activeElement.textContent.trim(), href: document.activeElement.getAttribute('href')})")
    assert focused["href"].startswith("#") and focused["text"]
    page.keyboard.press("Enter")
    outline = None
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('svg') !== null"):
            outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
            break
    assert outline is not None, "diagram links are reachable by keyboard"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash").startswith("#stap-")


def test_diagram_has_an_accessible_name_and_its_text_alternative_next_to_it(page, site_url):
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    svg = page.locator("svg[role=group]")
    assert svg.get_attribute("aria-label") == "Schema: Veiligheidsroute"
    caption = page.locator("figure.rw-schema figcaption a[href='#stappen']")
    assert caption.is_visible()
