"""Route diagrams as DOT text: deterministic, so it can be golden-tested and cached by hash.

Steps are coloured by actor and also carry the actor's name in their label, so
colour is never the only carrier of meaning; decisions are diamonds, ends have a
double border, emergency exits are octagons, and a step that continues in another
route is dashed. Every node links to its step on the page (or the other route).
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import NamedTuple

import networkx as nx

from ..content.catalog import Catalog
from ..content.model import Stap, Zorgroute
from . import urls
from .markdown_text import plain

# Light fills with dark text (contrast > 7:1), distinguishable for common colour-vision deficiencies.
PALETTE = ["#cfe3f5", "#fde2b8", "#d4edda", "#f3d1e4", "#e4dcf5", "#fff3b0", "#d9f0f0", "#ead9c8",
           "#e0e0e0", "#f9d5cc", "#dbeccf", "#c9d7f0"]
NOOD_FILL = "#fbd3d0"
WRAP = 18  # narrow nodes keep the widest route within ~740 pt, so labels stay >= 12 px in the 688 px column


@dataclass(frozen=True)
class Layout:
    """How a route graph is drawn. The screen layout fits the 688 px column; the paper layout
    (pages/print_diagrams.py) is tighter, has no links (nothing to click on paper) and sets edge labels
    as large as node labels, so that scaled to an A4 page every label stays >= 8 pt."""
    wrap: int = WRAP
    wrap_beslissing: int = WRAP
    wrap_nood: int = 12  # an octagon is about half again as wide as its text: its lines are kept shorter
    nodesep: str = "0.15"
    ranksep: str = "0.45"
    node_margin: str = "0.14,0.07"
    edge_fontsize: str = "11"
    links: bool = True


class Stub(NamedTuple):
    """A plain-text node on a part of a split paper diagram, saying where the route comes from ("in":
    an edge stub -> stap) or goes on ("uit": edges to stap, which is outside the part, end here)."""
    node: str
    label: str
    stap: str
    richting: str


@dataclass(frozen=True)
class Diagram:
    """What a route page shows of its diagram: the inline SVG for the screen and, if built, the
    print-only figures of the paper layout (print_diagrams.paper_html)."""
    scherm: str
    papier: str = ""


SCHERM = Layout()
PAPIER = Layout(wrap=22, wrap_beslissing=26, wrap_nood=22, nodesep="0.12", ranksep="0.25", node_margin="0.1,0.05",
                edge_fontsize="13", links=False)
FONTSIZE = 13  # node labels, in pt at the diagram's natural size


_colours_of: list[tuple[Catalog, dict[str, str]]] = []  # the last catalog and its colours


def site_colours(catalog: Catalog) -> dict[str, str]:
    """One colour per actor for the whole site, so an actor looks the same on every route page.

    There are more actors than clearly different light colours, so two actors may share a colour,
    but never two that appear in the same route: a greedy colouring of the graph "these actors meet
    in a route", taking actors in the order of actoren.yaml (deterministic). Every node of every
    diagram asks for it, so the colouring of the last catalog is kept (at 10x content it was computed
    2,180 times per build: 2.9 s)."""
    if _colours_of and _colours_of[0][0] is catalog:
        return _colours_of[0][1]
    colours = _colour_actors(catalog)
    _colours_of[:] = [(catalog, colours)]
    return colours


def _colour_actors(catalog: Catalog) -> dict[str, str]:
    order = [actor.id for actor in catalog.content.actoren]
    meet = nx.Graph()
    meet.add_nodes_from(order)
    for route in catalog.content.routes:
        present = sorted({stap.actor for stap in route.stappen if stap.actor in meet})
        meet.add_edges_from((a, b) for i, a in enumerate(present) for b in present[i + 1:])
    kleur = nx.greedy_color(meet, strategy=lambda graph, colours: iter(order))
    return {actor: PALETTE[kleur[actor] % len(PALETTE)] for actor in order}


def actor_colours(route: Zorgroute, catalog: Catalog) -> dict[str, str]:
    """The site-wide colours of the actors that actually have a step in this route (for the legend)."""
    present = {stap.actor for stap in route.stappen
               if stap.actor and (stap.soort not in ("route", "nood") or consultation(stap))}
    colours = site_colours(catalog)
    return {actor: colours[actor] for actor in colours if actor in present}


def dot_string(text: str) -> str:
    """A DOT double-quoted string; backslashes are escaped so content cannot add escapes."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n") + '"'


def _wrapped(text: str, width: int = WRAP) -> str:
    return "\n".join(textwrap.wrap(plain(text), width, break_long_words=False)) or " "


def step_numbers(route: Zorgroute) -> dict[str, int]:
    return {stap.id: i for i, stap in enumerate(route.stappen, 1)}


def _label(stap: Stap, number: int, catalog: Catalog, layout: Layout) -> str:
    width = {"beslissing": layout.wrap_beslissing, "nood": layout.wrap_nood}.get(stap.soort, layout.wrap)
    if consultation(stap):
        width = layout.wrap
    label = f"{number}. {_wrapped(stap.titel, width)}"
    if stap.soort == "route" and stap.route:
        label += "\n→ " + _wrapped(catalog.name("route", stap.route), width)
    return label


def consultation(stap: Stap) -> bool:
    """Asking Veilig Thuis for advice: the route goes on afterwards, so it is drawn as a side visit."""
    return stap.soort == "nood" and stap.nood == "advies-melden" and bool(stap.naar)


def _node_attrs(route: Zorgroute, stap: Stap, catalog: Catalog, layout: Layout) -> dict[str, str]:
    page = urls.route(route.id)
    attrs = {"URL": urls.html_link(page, page, urls.stap_anchor(stap.id)), "target": "_top",
             "tooltip": plain(stap.titel) + (f" ({catalog.name('actor', stap.actor)})" if stap.actor else "")}
    fill = site_colours(catalog).get(stap.actor or "", "#ffffff")
    if stap.soort == "beslissing":
        attrs.update(shape="diamond", style="filled", fillcolor=fill, margin="0,0")
    elif stap.soort == "einde":
        attrs.update(style="rounded,filled,bold", peripheries="2", fillcolor=fill)
    elif consultation(stap):  # advice that returns to the route: an ordinary step beside it, not an exit
        attrs.update(style="rounded,filled", fillcolor=fill)
    elif stap.soort == "nood":
        attrs.update(shape="octagon", style="filled,bold", fillcolor=NOOD_FILL, color="#9b1c1c")
    elif stap.soort == "route":
        attrs.update(style="rounded,filled,dashed", fillcolor="#ffffff")
        if stap.route:
            other = urls.route(stap.route)
            anchor = urls.stap_anchor(stap.route_stap) if stap.route_stap else ""
            attrs["URL"] = urls.html_link(page, other, anchor)
    else:
        attrs.update(fillcolor=fill)
    if stap.gemodelleerd:  # explained in the legend as "gemodelleerde werkwijze"
        attrs["style"] = ",".join([*(s for s in attrs.get("style", "rounded,filled").split(",") if s != "bold"), "dotted"])
        attrs["penwidth"] = "2"
    if not layout.links:
        for key in ("URL", "target", "tooltip"):
            attrs.pop(key, None)
    return attrs


def _attr_list(attrs: dict[str, str]) -> str:
    return ", ".join(f"{key}={dot_string(value)}" for key, value in attrs.items())


def route_dot(route: Zorgroute, catalog: Catalog, layout: Layout = SCHERM) -> str:
    """The DOT source of a route's diagram; same route, same text."""
    return part_dot(route, catalog, layout, [stap.id for stap in route.stappen])


def part_dot(route: Zorgroute, catalog: Catalog, layout: Layout, part: list[str],
             stubs: tuple[Stub, ...] = ()) -> str:
    """The DOT source of the steps in `part` (all of a route, or one page's share of it on paper).

    `stubs` say where the route comes from or goes on outside the part: an "in" stub gets an edge to
    its step; an edge from a step in the part to a step outside it ends at that step's "uit" stub."""
    numbers = step_numbers(route)
    inside = set(part)
    lines = _graph_header(route, layout)
    for stap in route.stappen:
        if stap.id in inside:
            attrs = {"label": _label(stap, numbers[stap.id], catalog, layout), **_node_attrs(route, stap, catalog, layout)}
            lines.append(f"  {dot_string(stap.id)} [{_attr_list(attrs)}];")
    for stub in stubs:
        lines.append(f"  {dot_string(stub.node)} [{_attr_list({'label': stub.label, 'shape': 'plaintext', 'style': ''})}];")
    for stap in route.stappen:  # a consultation sits level with the step it returns to
        back = [o.stap for o in stap.naar if o.stap in inside] if consultation(stap) and stap.id in inside else []
        if back:
            lines.append(f"  {{ rank=\"same\"; {dot_string(back[0])}; {dot_string(stap.id)}; }}")
    lines += _edge_lines(route, catalog, layout, inside, stubs)
    lines.append("}")
    return "\n".join(lines) + "\n"


def _graph_header(route: Zorgroute, layout: Layout) -> list[str]:
    return [
        f"digraph {dot_string('route-' + route.id)} {{",
        f'  graph [rankdir="TB", fontname="Helvetica", bgcolor="transparent", nodesep="{layout.nodesep}", '
        f'ranksep="{layout.ranksep}", pad="0.2"'
        + (", tooltip=" + dot_string(plain(route.titel)) if layout.links else "") + "];",
        f'  node [shape="box", style="rounded,filled", fontname="Helvetica", fontsize="{FONTSIZE}", '
        f'margin="{layout.node_margin}", color="#333333", fontcolor="#111111"];',
        f'  edge [fontname="Helvetica", fontsize="{layout.edge_fontsize}", color="#444444", fontcolor="#222222"];',
    ]


def _edge_lines(route: Zorgroute, catalog: Catalog, layout: Layout, inside: set[str], stubs: tuple[Stub, ...]) -> list[str]:
    """The transitions from steps in the part; one to a step outside it ends at that step's "uit" stub."""
    numbers = step_numbers(route)
    buiten = {stub.stap: stub.node for stub in stubs if stub.richting == "uit"}
    lines = []
    for edge in catalog.overgangen(route.id):
        if edge.naar not in numbers or edge.van not in inside:
            continue
        naar = edge.naar if edge.naar in inside else buiten.get(edge.naar)
        if naar is None:
            continue
        attrs = {"label": _wrapped(edge.label, layout.wrap)} if edge.label else {}
        if edge.label in ("ja", "nee"):
            attrs["style"] = "bold" if edge.label == "ja" else "dashed"
        suffix = f" [{_attr_list(attrs)}]" if attrs else ""
        lines.append(f"  {dot_string(edge.van)} -> {dot_string(naar)}{suffix};")
    lines += [f"  {dot_string(stub.node)} -> {dot_string(stub.stap)};" for stub in stubs if stub.richting == "in"]
    return lines
