"""Route diagrams stay legible in the browser: every node label is at least 12 px high at the
1280 px desktop layout (688 px content column), on all eight default routes, and one actor keeps one
colour across the whole site."""
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
