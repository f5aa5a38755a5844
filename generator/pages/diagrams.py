"""Route diagrams as DOT text: deterministic, so it can be golden-tested and cached by hash.

Steps are coloured by actor and also carry the actor's name in their label, so
colour is never the only carrier of meaning; decisions are diamonds, ends have a
double border, emergency exits are octagons, and a step that continues in another
route is dashed. Every node links to its step on the page (or the other route).
"""
from __future__ import annotations

import textwrap

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


def site_colours(catalog: Catalog) -> dict[str, str]:
    """One colour per actor for the whole site, so an actor looks the same on every route page.

    There are more actors than clearly different light colours, so two actors may share a colour,
    but never two that appear in the same route: a greedy colouring of the graph "these actors meet
    in a route", taking actors in the order of actoren.yaml (deterministic)."""
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


def _wrapped(text: str) -> str:
    return "\n".join(textwrap.wrap(plain(text), WRAP, break_long_words=False)) or " "


def step_numbers(route: Zorgroute) -> dict[str, int]:
    return {stap.id: i for i, stap in enumerate(route.stappen, 1)}


def _label(route: Zorgroute, stap: Stap, number: int, catalog: Catalog) -> str:
    label = f"{number}. {_wrapped(stap.titel)}"
    if stap.soort == "route" and stap.route:
        label += "\n→ " + _wrapped(catalog.name("route", stap.route))
    return label


def consultation(stap: Stap) -> bool:
    """Asking Veilig Thuis for advice: the route goes on afterwards, so it is drawn as a side visit."""
    return stap.soort == "nood" and stap.nood == "advies-melden" and bool(stap.naar)


def _node_attrs(route: Zorgroute, stap: Stap, catalog: Catalog) -> dict[str, str]:
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
    return attrs


def _attr_list(attrs: dict[str, str]) -> str:
    return ", ".join(f"{key}={dot_string(value)}" for key, value in attrs.items())


def route_dot(route: Zorgroute, catalog: Catalog) -> str:
    """The DOT source of a route's diagram; same route, same text."""
    numbers = step_numbers(route)
    lines = [
        f"digraph {dot_string('route-' + route.id)} {{",
        '  graph [rankdir="TB", fontname="Helvetica", bgcolor="transparent", nodesep="0.15", '
        'ranksep="0.45", pad="0.2", tooltip=' + dot_string(plain(route.titel)) + "];",
        '  node [shape="box", style="rounded,filled", fontname="Helvetica", fontsize="13", '
        'margin="0.14,0.07", color="#333333", fontcolor="#111111"];',
        '  edge [fontname="Helvetica", fontsize="11", color="#444444", fontcolor="#222222"];',
    ]
    for stap in route.stappen:
        attrs = {"label": _label(route, stap, numbers[stap.id], catalog), **_node_attrs(route, stap, catalog)}
        lines.append(f"  {dot_string(stap.id)} [{_attr_list(attrs)}];")
    known = set(numbers)
    for stap in route.stappen:  # a consultation sits level with the step it returns to
        back = [o.stap for o in stap.naar if o.stap in known] if consultation(stap) else []
        if back:
            lines.append(f"  {{ rank=\"same\"; {dot_string(back[0])}; {dot_string(stap.id)}; }}")
    for edge in catalog.overgangen(route.id):
        if edge.naar not in known:
            continue
        attrs = {"label": _wrapped(edge.label)} if edge.label else {}
        if edge.label in ("ja", "nee"):
            attrs["style"] = "bold" if edge.label == "ja" else "dashed"
        suffix = f" [{_attr_list(attrs)}]" if attrs else ""
        lines.append(f"  {dot_string(edge.van)} -> {dot_string(edge.naar)}{suffix};")
    lines.append("}")
    return "\n".join(lines) + "\n"
