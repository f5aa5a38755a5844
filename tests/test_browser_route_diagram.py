"""Route diagrams stay legible in the browser: every node label is at least 12 px high at the
1280 px desktop layout (688 px content column), on all eight default routes, and one actor keeps one
colour across the whole site. On paper: test_browser_route_print.py."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

ROUTES = ["veiligheidsroute", "basisteam", "huisarts", "onderwijs", "politie", "gedwongen-kader", "instelling",
          "individuele-voorziening"]

# Rendered font size of each node label: the SVG font-size times the SVG's on-screen scale.
LABEL_SIZES = """() => Array.from(document.querySelectorAll('.rw-schema svg g.node text')).map(t => {
  const svg = t.ownerSVGElement;
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return parseFloat(t.getAttribute('font-size')) * scale;
})"""


@pytest.mark.parametrize("route_id", ROUTES)
def test_node_labels_at_least_12px(page, site_url, route_id):
    page.goto(site_url + f"zorgroutes/{route_id}/")
    sizes = page.evaluate(LABEL_SIZES)
    assert sizes, "no node labels found"
    assert min(sizes) >= 12, f"{route_id}: smallest label {min(sizes):.1f} px"
    # Measure the glyphs too, not only the attribute: a line box of 12 px text is at least ~11 px high.
    heights = page.eval_on_selector_all(".rw-schema svg g.node text",
                                        "els => els.map(e => e.getBoundingClientRect().height)")
    assert min(heights) >= 11
    # ... and on a desktop the whole diagram fits the column: nothing hidden past its right edge
    # (the veiligheidsroute was 722 px in the 688 px column, with '4. Bel Veilig Thuis' cut off)
    frame = page.eval_on_selector(".rw-schema", "f => [f.scrollWidth, f.clientWidth]")
    assert frame[0] <= frame[1], f"{route_id}: diagram {frame[0]} px in a {frame[1]} px column"
    assert page.locator(".rw-schema__hint").is_hidden()


def test_an_actor_has_one_colour_on_every_route(page, site_url):
    seen: dict[str, set[str]] = {}
    for route_id in ROUTES:
        page.goto(site_url + f"zorgroutes/{route_id}/")
        for name, colour in page.eval_on_selector_all(
                ".rw-legenda li:has(.rw-kleur)", "els => els.map(e => [e.innerText.trim(), "
                "getComputedStyle(e.querySelector('.rw-kleur')).backgroundColor])"):
            seen.setdefault(name, set()).add(colour)
    assert seen
    assert all(len(colours) == 1 for colours in seen.values()), seen


def test_labels_do_not_repeat_the_actor(page, site_url):
    page.goto(site_url + "zorgroutes/huisarts/")
    labels = page.eval_on_selector_all(".rw-schema svg g.node text", "els => els.map(e => e.textContent)")
    assert not [label for label in labels if label.startswith("(") and label.endswith(")")]


def test_veilig_thuis_advice_is_drawn_as_a_consultation_that_returns(page, site_url):
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    node = page.locator(".rw-schema svg g.node", has_text="Bel Veilig Thuis")
    assert node.locator("polygon").count() == 0  # a rounded box (path), not the octagon of an exit
    consult = page.locator(".rw-schema svg g.node", has_text="Overleg met een collega").bounding_box()
    advies = node.bounding_box()
    assert abs((advies["y"] + advies["height"] / 2) - (consult["y"] + consult["height"] / 2)) < 5  # level beside it
    edges = page.eval_on_selector_all(".rw-schema svg g.edge", "els => els.map(e => e.dataset.id)")
    assert "consultatie->advies-veilig-thuis" in edges and "advies-veilig-thuis->consultatie" in edges
    assert page.locator(".rw-schema svg title").count() == 0  # no internal ids as hover tooltips


def test_meldcode_steps_carry_names_not_a_second_numbering(page, site_url):
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    text = page.locator("article").inner_text().lower()
    assert "meldcode stap" not in text and "meldcode: collegiale consultatie" in text


@pytest.mark.parametrize("route_id", ["veiligheidsroute", "huisarts"])
def test_phone_diagram_scrolls_in_its_frame_with_legible_labels(browser, site_url, route_id):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL")
    page = context.new_page()
    try:
        page.goto(site_url + f"zorgroutes/{route_id}/")
        assert min(page.evaluate(LABEL_SIZES)) >= 12
        # the figure scrolls sideways, the page itself does not
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        frame = page.eval_on_selector(".rw-schema", "f => [f.scrollWidth, f.clientWidth]")
        assert frame[0] > frame[1]
        # it starts on the main path ("Wat moet ik doen?"), not on the left edge: on the veiligheidsroute the
        # decisive path to "Meld bij Veilig Thuis" was off-screen to the right
        in_view = page.eval_on_selector(".rw-schema", MAIN_STEPS_IN_VIEW)
        if route_id == "veiligheidsroute":
            assert page.eval_on_selector(".rw-schema", NODE_IN_VIEW.replace("ID", "melden"))
            assert page.eval_on_selector(".rw-schema", NODE_IN_VIEW.replace("ID", "onveilig"))
        at_left_edge = page.eval_on_selector(".rw-schema", "f => { f.scrollLeft = 0; return (" + MAIN_STEPS_IN_VIEW + ")(f); }")
        assert in_view >= at_left_edge, (in_view, at_left_edge)
        # the caption stays readable while the frame is scrolled
        caption = page.eval_on_selector(".rw-schema", "f => { f.scrollLeft = f.scrollWidth; const c = f.querySelector"
                                        "('figcaption').getBoundingClientRect(); const r = f.getBoundingClientRect();"
                                        " return [c.left - r.left, r.right - c.right]; }")
        assert caption[0] >= -1 and caption[1] >= -1, caption
    finally:
        context.close()


MAIN_STEPS_IN_VIEW = """f => { const r = f.getBoundingClientRect();
  const main = new Set([...document.querySelectorAll('.rw-wat__stappen a[href^="#stap-"]')].map(a => a.getAttribute('href').slice(6)));
  return [...f.querySelectorAll('g.node')].filter(n => { const b = n.getBoundingClientRect();
    return main.has(n.getAttribute('data-id')) && b.left >= r.left && b.right <= r.right; }).length; }"""
NODE_IN_VIEW = """f => { const r = f.getBoundingClientRect();
  const n = [...f.querySelectorAll('g.node')].find(n => n.getAttribute('data-id') === 'ID');
  const b = n.getBoundingClientRect(); return b.left >= r.left && b.right <= r.right; }"""


@pytest.mark.parametrize("route_id", ROUTES)
def test_enlarged_phone_view_shows_the_diagram_full_screen_with_legible_labels(browser, site_url, route_id):
    """"Vergroot schema" on a phone: full screen, labels >= 12 px, zoom by button and key, Escape returns."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(site_url + f"zorgroutes/{route_id}/")
    knop = page.get_by_role("button", name="Vergroot schema")
    knop.click()
    dialog = page.get_by_role("dialog")
    box = dialog.bounding_box()
    assert box["width"] >= 389 and box["height"] >= 843, box  # the whole screen
    def smallest() -> float:  # font size on screen, as LABEL_SIZES measures it, in the enlarged copy
        return min(page.evaluate(LABEL_SIZES.replace(".rw-schema svg", ".rw-vergroting svg")))

    assert smallest() >= 12
    assert page.evaluate("document.activeElement.classList.contains('rw-vergroting__vlak')")
    before = smallest()
    page.keyboard.press("+")
    assert smallest() > before * 1.2
    kleiner = dialog.get_by_role("button", name="Kleiner")
    status = dialog.locator("[role=status]")
    for _ in range(10):  # the steps stop once at the legible size ...
        legible = smallest()
        if kleiner.is_disabled():
            break
        kleiner.click()
        if "te klein" in status.inner_text():
            break
    assert legible >= 11.99
    svg = dialog.locator("svg")
    if "te klein" in status.inner_text():  # ... and the next one shows the whole route, said to be too small to read
        box = svg.bounding_box()
        frame = dialog.locator(".rw-vergroting__vlak").bounding_box()
        assert box["width"] <= frame["width"] + 1 and box["height"] <= frame["height"] + 1, (box, frame)
        assert kleiner.is_disabled()
        assert page.evaluate("!!document.activeElement.closest('dialog')")  # a disabled button keeps no focus
        dialog.get_by_role("button", name="Groter").click()
        assert smallest() == pytest.approx(legible, abs=0.1)  # back to the legible size in one step
    numbers = dialog.locator(".rw-vergroting__nood a")  # the emergency numbers stay in reach
    assert [numbers.nth(i).get_attribute("href") for i in range(numbers.count())] == ["tel:112", "tel:08002000"]
    assert numbers.first.is_visible()
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('rw-vergroot')")
    context.close()


def test_a_step_in_the_enlarged_view_leads_to_its_explanation(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "zorgroutes/veiligheidsroute/")
    page.get_by_role("button", name="Vergroot schema").click()
    page.locator(".rw-vergroting svg g.node a").first.click()
    assert not page.get_by_role("dialog").is_visible()
    assert page.evaluate("location.hash").startswith("#stap-")
    assert page.evaluate("'#' + document.activeElement.id") == page.evaluate("location.hash")  # focus on the step
    context.close()
