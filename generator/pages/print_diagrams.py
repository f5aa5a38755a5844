"""Route diagrams on paper: every route's diagram on its own A4 page(s) with every label >= 8 pt.

On screen a diagram scrolls or is enlarged; on paper it must fit a page. A route is drawn once more in
the tighter paper layout (diagrams.PAPIER); its printed size is computed here from the SVG's natural
size, so the page (portrait, or landscape when that prints larger) and the scale are known before the
browser sees it. When even the better orientation would print a label below 8 pt, the diagram is cut
into parts by height (whole ranks stay together), each on its own page, with plain-text markers saying
where the route goes on ("verder in deel 2 bij stap 16") and where it came from. The print stylesheet
(site_theme/assets/stylesheets/print.css) must use the same page margins as PAGE_MARGIN_MM.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..content.catalog import Catalog
from ..content.model import Zorgroute
from .diagrams import FONTSIZE, PAPIER, Stub, part_dot, route_dot, step_numbers
from .graphviz_render import node_heights, paper_svg, svg_size
from .markdown_text import attr, plain

MIN_LABEL_PT = 8.0
MAX_PARTS = 4
PT_PER_MM = 72 / 25.4
A4_MM = (210, 297)
PAGE_MARGIN_MM = 10
# Room on a diagram's page for its heading line above and its caption below (two lines of print text).
KOP_EN_BIJSCHRIFT_PT = 72
_SHORT_MM, _LONG_MM = (side - 2 * PAGE_MARGIN_MM for side in A4_MM)
STAAND = (_SHORT_MM * PT_PER_MM, _LONG_MM * PT_PER_MM - KOP_EN_BIJSCHRIFT_PT)  # diagram box, portrait
LIGGEND = (_LONG_MM * PT_PER_MM, _SHORT_MM * PT_PER_MM - KOP_EN_BIJSCHRIFT_PT)  # diagram box, landscape

Render = Callable[[list[str]], list[str]]  # DOT texts -> raw Graphviz SVGs, same order


@dataclass(frozen=True)
class Blad:
    """One printed page of a route diagram."""
    svg: str  # raw Graphviz SVG
    liggend: bool
    schaal: float  # printed size / natural size

    @property
    def label_pt(self) -> float:
        return FONTSIZE * self.schaal


def fit(svg: str) -> Blad:
    """The orientation that prints the diagram largest, and its scale (never enlarged beyond natural)."""
    width, height = svg_size(svg)
    staand = min(STAAND[0] / width, STAAND[1] / height, 1.0)
    liggend = min(LIGGEND[0] / width, LIGGEND[1] / height, 1.0)
    return Blad(svg, liggend > staand, max(staand, liggend))


def split(route: Zorgroute, heights: dict[str, float], parts: int) -> list[list[str]]:
    """The route's steps cut into `parts` bands of equal drawn height (steps at one rank share a band);
    empty bands are dropped. Steps keep document order inside a band."""
    ys = [heights[stap.id] for stap in route.stappen if stap.id in heights]
    if not ys:  # nothing to go by: one part
        return [[stap.id for stap in route.stappen]]
    top, bottom = min(ys), max(ys)
    band = (bottom - top) / parts or 1.0
    bands: list[list[str]] = [[] for _ in range(parts)]
    for stap in route.stappen:
        y = heights.get(stap.id, top)
        bands[min(parts - 1, int((y - top) / band))].append(stap.id)
    return [b for b in bands if b]


def stubs(route: Zorgroute, catalog: Catalog, bands: list[list[str]], index: int) -> tuple[Stub, ...]:
    """Markers for one part: where each edge leaving the part goes on, and where edges into it come from."""
    numbers = step_numbers(route)
    deel = {stap_id: i + 1 for i, band in enumerate(bands) for stap_id in band}
    inside = set(bands[index])
    uit: dict[str, None] = {}
    vanuit: dict[str, list[str]] = {}
    for edge in catalog.overgangen(route.id):
        if edge.van not in deel or edge.naar not in deel or (edge.van in inside) == (edge.naar in inside):
            continue
        if edge.van in inside:
            uit[edge.naar] = None
        else:
            keuze = f" ({plain(edge.label)})" if edge.label else ""
            vanuit.setdefault(edge.naar, []).append(f"deel {deel[edge.van]}, stap {numbers[edge.van]}{keuze}")
    out = [Stub(f"uit:{naar}", f"→ verder in deel {deel[naar]}\nbij stap {numbers[naar]}", naar, "uit") for naar in uit]
    out += [Stub(f"in:{naar}", "vervolg van\n" + "\n".join(bronnen), naar, "in") for naar, bronnen in vanuit.items()]
    return tuple(out)


def paper_dots(route: Zorgroute, catalog: Catalog, bands: list[list[str]]) -> list[str]:
    if len(bands) == 1:
        return [route_dot(route, catalog, PAPIER)]
    return [part_dot(route, catalog, PAPIER, band, stubs(route, catalog, bands, i)) for i, band in enumerate(bands)]


def paper_diagrams(catalog: Catalog, render: Render) -> dict[str, list[Blad]]:
    """Each route's printed diagram pages. Renders the whole paper layout of every route at once; routes
    that would print a label below MIN_LABEL_PT are cut into 2, 3, ... parts until they do (at most
    MAX_PARTS; beyond that the last cut is kept, and the print test names the route)."""
    routes = catalog.content.routes
    whole = render([route_dot(route, catalog, PAPIER) for route in routes])
    result: dict[str, list[Blad]] = {}
    pending: dict[str, tuple[Zorgroute, dict[str, float]]] = {}
    for route, svg in zip(routes, whole, strict=True):
        blad = fit(svg)
        if blad.label_pt >= MIN_LABEL_PT:
            result[route.id] = [blad]
        else:
            pending[route.id] = (route, node_heights(svg))
    parts = 2
    while pending and parts <= MAX_PARTS:
        cuts = {rid: split(route, heights, parts) for rid, (route, heights) in pending.items()}
        dots = {rid: paper_dots(pending[rid][0], catalog, bands) for rid, bands in cuts.items()}
        rendered = iter(render([dot for texts in dots.values() for dot in texts]))
        for rid, texts in dots.items():
            bladen = [fit(next(rendered)) for _ in texts]
            if min(b.label_pt for b in bladen) >= MIN_LABEL_PT or parts == MAX_PARTS:
                result[rid] = bladen
                del pending[rid]
        parts += 1
    return {route.id: result[route.id] for route in routes}


def paper_html(route: Zorgroute, bladen: list[Blad]) -> str:
    """The print-only figures (hidden on screen by print.css, and from screen readers: the numbered
    steps are the text alternative), one per page, landscape pages marked for the named @page."""
    out = ['<div class="rw-papier" aria-hidden="true">']
    for i, blad in enumerate(bladen, 1):
        width, height = svg_size(blad.svg)
        deel = f", deel {i} van {len(bladen)}" if len(bladen) > 1 else ""
        vervolg = " Het schema gaat verder op de volgende bladzijde." if i < len(bladen) else ""
        soort = " rw-papier__blad--liggend" if blad.liggend else ""
        out += [f'<figure class="rw-papier__blad{soort}">',
                f'<p class="rw-papier__kop">Routeschema{deel}</p>',
                paper_svg(blad.svg, width * blad.schaal, height * blad.schaal),
                f"<figcaption>Schema van de route &lsquo;{attr(route.titel)}&rsquo;{deel}.{vervolg} "
                "De stappen staan uitgeschreven na het schema.</figcaption>",
                "</figure>"]
    out.append("</div>")
    return "\n".join(out)
