"""A route on paper (#10): every default route printed to A4 from Chromium has "Wat moet ik doen?" and
the emergency numbers on page 1, its diagram on pages of its own (landscape where the generator chose
it) with every label at least 8 pt, then the steps; no heading alone at the bottom of a page, no empty
last page, the legend in one piece, nothing interactive on paper."""
from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from conftest import PROJECT

from generator.content import check

pytestmark = [pytest.mark.browser, pytest.mark.e2e]
ROUTES = [r.id for r in check(PROJECT).content.routes]

MM = 96 / 25.4  # CSS px per mm
MARGIN_MM = 10  # print.css @page margin
PORTRAIT_PX = ((210 - 2 * MARGIN_MM) * MM, (297 - 2 * MARGIN_MM) * MM)  # printable width, height
LANDSCAPE_PX = PORTRAIT_PX[::-1]

# Per label: its size in pt on paper, from the font size times the SVG's printed scale, and from the
# rendered text box height (CSS px * 0.75 = pt).
LABELS = """() => Array.from(document.querySelectorAll('.rw-papier svg text')).map(t => {
  const svg = t.ownerSVGElement;
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return [t.textContent, parseFloat(t.getAttribute('font-size')) * scale * 0.75, t.getBoundingClientRect().height * 0.75];
})"""


@pytest.fixture(scope="module")
def printed(browser, site_url, tmp_path_factory):
    """Each default route printed to A4 PDF as Chromium prints it: text per page, page sizes, text lines
    with their heights, the items of its "Wat moet ik doen?" list and the orientation of its diagram pages."""
    if not (shutil.which("pdftotext") and shutil.which("pdfinfo")):
        if os.environ.get("CI"):
            pytest.fail("pdftotext/pdfinfo missing; the README's test command installs Debian's poppler-utils")
        pytest.skip("poppler-utils not installed")
    folder = tmp_path_factory.mktemp("print")
    context = browser.new_context(viewport={"width": round(PORTRAIT_PX[0]), "height": round(PORTRAIT_PX[1])}, locale="nl-NL")
    page = context.new_page()
    result = {}
    for route_id in ROUTES:
        page.goto(site_url + f"zorgroutes/{route_id}/")
        page.emulate_media(media="print")
        pdf = folder / f"{route_id}.pdf"
        page.pdf(path=str(pdf), prefer_css_page_size=True)
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        boxes = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True, check=True).stdout
        sizes = [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
        pages = text.split("\f")
        if pages and not pages[-1].strip() and len(pages) == len(sizes) + 1:
            pages.pop()  # pdftotext ends every page with a form feed
        result[route_id] = {
            "pages": pages, "sizes": sizes, "lines": lines_per_page(boxes),
            "wat": page.eval_on_selector_all(".rw-wat__stappen li", "els => els.map(e => e.innerText.trim())"),
            "legenda": page.eval_on_selector_all(".rw-legenda li", "els => els.map(e => e.innerText.trim())"),
            "bladen": page.eval_on_selector_all(".rw-papier__blad", "els => els.map(e => e.classList.contains('rw-papier__blad--liggend'))"),
        }
    context.close()
    return result


def lines_per_page(bbox_xhtml: str) -> list[list[tuple[float, float, str]]]:
    """Each PDF page's text lines as (bottom, height, text), from pdftotext -bbox-layout."""
    pages = []
    for page in re.split(r"<page ", bbox_xhtml)[1:]:
        lines = []
        for y_min, y_max, body in re.findall(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</line>',
                                             page, re.DOTALL):
            text = " ".join(re.findall(r"<word[^>]*>([^<]*)</word>", body))
            lines.append((float(y_max), float(y_max) - float(y_min), text))
        pages.append(lines)
    return pages


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("route_id", ROUTES)
def test_printed_diagram_labels_are_at_least_8pt_and_each_part_fits_its_page(page, site_url, route_id):
    page.set_viewport_size({"width": round(PORTRAIT_PX[0]), "height": round(PORTRAIT_PX[1])})
    page.goto(site_url + f"zorgroutes/{route_id}/")
    page.emulate_media(media="print")
    labels = page.evaluate(LABELS)
    assert len(labels) >= 3
    smallest = min(labels, key=lambda label: label[1])
    assert smallest[1] >= 8, f"{route_id}: label {smallest[0]!r} prints at {smallest[1]:.1f} pt"
    assert min(label[2] for label in labels) >= 8, route_id
    assert page.eval_on_selector_all(".rw-schema", "els => els.every(e => !e.offsetParent)")  # the screen copy is not printed
    figures = page.eval_on_selector_all(".rw-papier__blad", "els => els.map(e => [e.getBoundingClientRect().height, "
                                        "e.querySelector('svg').getBoundingClientRect().left, e.querySelector('svg').getBoundingClientRect().right, "
                                        "e.classList.contains('rw-papier__blad--liggend')])")
    assert figures
    for height, left, right, liggend in figures:  # x from the left page margin, which every page shares
        page_width, page_height = LANDSCAPE_PX if liggend else PORTRAIT_PX
        assert height <= page_height and left >= 0 and right <= page_width + 0.5, (route_id, height, left, right, liggend)


@pytest.mark.parametrize("route_id", ROUTES)
def test_page_one_has_what_to_do_and_the_emergency_numbers(printed, route_id):
    first = words(printed[route_id]["pages"][0])
    assert printed[route_id]["wat"]
    for item in printed[route_id]["wat"]:  # (a wrapped item's lines may interleave with the column beside it)
        assert words(item) in first or set(words(item).split()) <= set(first.split()), f"{route_id}: {item!r} is not on page 1"
    assert "112" in first  # the emergency bar prints on page 1 of every route
    if route_id == "veiligheidsroute":
        assert "Direct hulp nodig?" in first and "0800-2000" in first
    assert "Routeschema" not in first and "Over deze route" not in first


@pytest.mark.parametrize("route_id", ROUTES)
def test_the_diagram_has_pages_of_its_own_in_the_chosen_orientation_then_the_steps(printed, route_id):
    result = printed[route_id]
    schema_pages = [i for i, text in enumerate(result["pages"]) if text.strip().startswith("Routeschema")]
    assert len(schema_pages) == len(result["bladen"]) >= 1
    assert schema_pages == list(range(1, 1 + len(schema_pages)))  # right after page 1, one after another
    for index, liggend in zip(schema_pages, result["bladen"], strict=True):
        width, height = result["sizes"][index]
        assert (width > height) == liggend, (route_id, index, result["sizes"][index])
    if len(schema_pages) > 1:  # a cut diagram says where it goes on
        assert "verder in deel 2" in result["pages"][schema_pages[0]] and "vervolg van" in result["pages"][schema_pages[1]]
    later = words(" ".join(result["pages"][schema_pages[-1]:]))
    assert "Stappen" in later


@pytest.mark.parametrize("route_id", ROUTES)
def test_no_heading_alone_at_a_page_bottom_and_no_empty_last_page(printed, route_id):
    result = printed[route_id]
    assert len(result["pages"]) == len(result["sizes"])
    assert len(result["pages"][-1].split()) >= 5, f"{route_id}: last page nearly empty: {result['pages'][-1]!r}"
    heights = sorted(height for lines in result["lines"] for _, height, _ in lines)
    body = heights[len(heights) // 2]  # most lines are body text; headings are set larger
    for number, lines in enumerate(result["lines"][:-1], 1):
        _, height, text = max(lines)  # the lowest line on the page
        assert height < body * 1.15, f"{route_id}: heading-sized line {text!r} at the bottom of page {number}"
        assert not text.strip().endswith(":"), f"{route_id}: lead-in {text!r} cut from its list at the bottom of page {number}"
        above = [line for line in lines if line[2].strip()]  # a step's heading keeps who acts and its source below it
        assert not any(t.startswith("Wie:") for _, _, t in sorted(above)[-1:]), f"{route_id}: 'Wie:' last on page {number}"


@pytest.mark.parametrize("route_id", ROUTES)
def test_the_legend_is_not_split_over_two_pages(printed, route_id):
    legend = words(" ".join(printed[route_id]["legenda"]))
    assert any(legend in words(text) for text in printed[route_id]["pages"]), f"{route_id}: legend not whole on one page"


def test_nothing_interactive_is_printed(printed):
    for route_id, result in printed.items():
        text = words(" ".join(result["pages"]))
        for interactive in ("Terug naar het schema", "Doorloop de route", "Vergroot schema", "Klik op een stap"):
            assert interactive not in text, (route_id, interactive)


def test_the_paper_diagrams_stay_out_of_the_search_index(page, site_url):
    """Their labels repeat the steps; their caption ("... gaat verder op de volgende bladzijde") is not an answer."""
    page.goto(site_url)
    assert "bladzijde" in page.evaluate("fetch('zorgroutes/veiligheidsroute/').then(r => r.text())")
    hits = page.evaluate("async () => { const pf = await import('/pagefind/pagefind.js'); "
                         "return (await pf.search('bladzijde')).results.length; }")
    assert hits == 0
