"""Route pages: summary, diagram with legend, numbered steps (the diagram's text alternative)."""
from __future__ import annotations

from ...content.catalog import Catalog
from ...content.model import STAP_SOORTEN, Stap, Zorgroute
from ...content.onderhoud import over_datum
from ...content.route_graph import altijd_uitgangen
from ...content.today import vandaag
from .. import urls
from ..diagrams import NOOD_FILL, Diagram, actor_colours, step_numbers
from ..markdown_text import attr, blocks, inline, link, tel_href, tel_links
from .common import Page, beheer_regel, bron_links, bronnen_sectie, datum, finish, maand, md_list, verouderd_melding
from .doorloop import render_doorloop
from .wijzigingen import gewijzigd_regel, wijzigingen_sectie


def _legend(route: Zorgroute, catalog: Catalog) -> str:
    items = [f'<li><span class="rw-kleur" style="background:{colour}"></span>{attr(catalog.name("actor", actor))}</li>'
             for actor, colour in actor_colours(route, catalog).items()]
    items += ['<li><span class="rw-vorm rw-vorm-ruit"></span>Ruit: beslissing (ja = doorgetrokken, nee = gestippeld)</li>',
              '<li><span class="rw-vorm rw-vorm-einde"></span>Dubbele rand: einde van de route</li>',
              '<li><span class="rw-vorm rw-vorm-route"></span>Gestippeld kader: gaat verder in een andere route</li>']
    if any(s.gemodelleerd for s in route.stappen):
        items.append('<li><span class="rw-vorm rw-vorm-model"></span>Stippelrand: gemodelleerde werkwijze, '
                     'niet uit de regionale bronnen</li>')
    if any(s.soort == "nood" for s in route.stappen):
        items.append(f'<li><span class="rw-kleur" style="background:{NOOD_FILL}"></span>Achthoek: nooduitgang</li>')
    altijd = altijd_uitgangen(route)
    if altijd:
        numbers = step_numbers(route)
        naar = " en ".join(f'<a href="#{urls.stap_anchor(s.id)}">{numbers[s.id]}. {attr(s.titel)}</a>' for s in altijd)
        items.append(f'<li class="rw-legenda__nood"><strong>Vanuit elke stap</strong> kunt u naar de nooduitgangen {naar}; '
                     'die pijlen zijn niet getekend.</li>')
    return '<ul class="rw-legenda" aria-label="Legenda bij het schema">\n' + "\n".join(items) + "\n</ul>"


def _diagram(route: Zorgroute, diagram: Diagram, catalog: Catalog) -> str:
    """The diagram for the screen and, before it, its print-only paper layout (print.css shows one or the other)."""
    papier = f"{diagram.papier}\n" if diagram.papier else ""
    return ("## Routeschema\n\n" + papier +
            f'<figure class="rw-schema" id="schema">\n{diagram.scherm}\n'
            f'<figcaption>Schema van de route &lsquo;{attr(route.titel)}&rsquo;. Klik op een stap om naar de uitleg te gaan. '
            'Dezelfde route staat hieronder als <a href="#stappen">genummerde lijst van stappen</a>.</figcaption>\n'
            "</figure>\n\n" + _legend(route, catalog) + "\n")


def _refs(page: str, stap: Stap, catalog: Catalog) -> list[str]:
    out = []
    if stap.berichten:
        berichten = catalog.content.codelijsten.berichten
        by_code = {b.code: b for b in berichten}
        out.append("**Berichten:** " + "; ".join(
            f"{inline(c)} ({inline(by_code[c].naam)}, {inline(by_code[c].van)} → {inline(by_code[c].naar)})"
            if c in by_code else inline(c) for c in stap.berichten))
    if stap.productcodes:
        out.append("**Productcodes:** " + ", ".join(
            link(_product_label(ref, catalog), urls.md_link(page, *urls.product(ref, catalog.categorie_van(ref))))
            for ref in stap.productcodes))
    for veld, kop, target in (("aanbieders", "Organisaties", urls.aanbieder), ("routes", "Zie ook", urls.route)):
        ids = getattr(stap, veld)
        if ids:
            soort = "aanbieder" if veld == "aanbieders" else "route"
            out.append(f"**{kop}:** " + ", ".join(link(catalog.name(soort, i), urls.md_link(page, target(i))) for i in ids))
    if stap.begrippen:
        out.append("**Begrippen:** " + ", ".join(
            link(catalog.name("begrip", b), urls.md_link(page, urls.BEGRIPPEN, urls.begrip_anchor(b))) for b in stap.begrippen))
    return out


def _product_label(ref: str, catalog: Catalog) -> str:
    info = catalog.codes.get(ref)
    if info:
        return f"{ref} {info.code.naam}"
    categorie = catalog.categorieen.get(ref)
    return f"categorie {ref} {categorie.naam}" if categorie else ref


def _next_steps(route: Zorgroute, stap: Stap, numbers: dict[str, int], catalog: Catalog) -> str:
    page = urls.route(route.id)
    edges = [e for e in catalog.overgangen(route.id) if e.van == stap.id and e.naar in numbers]
    if stap.soort == "route" and stap.route:
        anchor = urls.stap_anchor(stap.route_stap) if stap.route_stap else ""
        return "**Vervolg:** in " + link(catalog.name("route", stap.route), urls.md_link(page, urls.route(stap.route), anchor)) + ".\n"
    if stap.soort in ("einde", "nood") and not edges or not edges:
        return "**Einde van de route.**\n" if stap.soort != "nood" else "**Nooduitgang:** hier eindigt de route.\n"
    items = []
    for edge in edges:
        target = route.stap(edge.naar)
        label = link(f"{numbers[edge.naar]}. {target.titel}", urls.md_link(page, page, urls.stap_anchor(edge.naar)))
        if edge.label in ("ja", "nee"):
            items.append(f"**{edge.label.capitalize()}:** ga naar {label}")
        elif edge.label:
            items.append(f"{inline(edge.label)}: ga naar {label}")
        else:
            items.append(f"Ga naar {label}")
    return "**Vervolg:**\n\n" + md_list(items)


NOOD_VRAAG = {"acuut": "Direct gevaar?", "crisis": "Crisis?"}


def _nooduitgangen(route: Zorgroute, stap: Stap, numbers: dict[str, int], catalog: Catalog) -> str:
    """The exits a veiligheidsroute offers from this step (route_graph.altijd_uitgangen), beside the step:
    danger can arise at the conversation as well as at the first signal."""
    items = []
    for uitgang_id in catalog.nooduitgangen(route.id, stap.id):
        uitgang = route.stap(uitgang_id)
        items.append(f'**{NOOD_VRAAG.get(uitgang.nood, "Nood?")}** Ga naar ' +
                     link(f"{numbers[uitgang_id]}. {uitgang.titel}", "#" + urls.stap_anchor(uitgang_id)))
    if not items:
        return ""
    return " · ".join(items) + "\n{: .rw-nooduitgang }"


def _herkomst(page: str, stap: Stap, catalog: Catalog) -> str:
    """Sourced and modelled steps must look different: a modelled one gets a marked box naming its model."""
    bronnen = "; ".join(bron_links(page, stap, catalog))
    if stap.gemodelleerd:
        basis = f" Gebaseerd op: {bronnen}." if bronnen else ""
        return ("**Gemodelleerde werkwijze:** deze stap staat niet zo in de regionale bronnen; de routewijzer vult "
                f"hem aan.{basis}\n{{: .rw-herkomst .rw-herkomst--model }}")
    if bronnen:
        return f"**Bron:** {bronnen}\n{{: .rw-herkomst .rw-herkomst--bron }}"
    return ""


def _step(route: Zorgroute, stap: Stap, numbers: dict[str, int], catalog: Catalog) -> str:
    page = urls.route(route.id)
    wie = f"**Wie:** {inline(catalog.name('actor', stap.actor))}" if stap.actor else ""
    soort = f"**Soort:** {STAP_SOORTEN.label(stap.soort)}"
    parts = [f"### {numbers[stap.id]}. {tel_links(inline(stap.titel))} {{#{urls.stap_anchor(stap.id)}}}",
             " · ".join(p for p in (wie, soort) if p)]
    herkomst = _herkomst(page, stap, catalog)
    if herkomst:
        parts.append(herkomst)
    if stap.beschrijving:
        parts.append(tel_links(blocks(stap.beschrijving)))
    refs = _refs(page, stap, catalog)
    if refs:
        parts.append(md_list(refs).rstrip())
    parts.append(_next_steps(route, stap, numbers, catalog).rstrip())
    nood = _nooduitgangen(route, stap, numbers, catalog)
    if nood:
        parts.append(nood)
    parts.append('<p class="rw-terug"><a href="#schema">Terug naar het schema</a></p>')
    return "\n\n".join(parts) + "\n"


MAX_WAT_TE_DOEN = 12


def _soort(route: Zorgroute, stap_id: str | None) -> str | None:
    stap = route.stap(stap_id) if stap_id else None
    return stap.soort if stap else None


def main_branch(route: Zorgroute, stap: Stap) -> str | None:
    """The answer the main path follows at a decision: 'ja', unless 'ja' leaves this route at once for
    another one while 'nee' goes on here. The huisarts route asks 'Kan de hulp in de basisondersteuning?';
    following 'ja' there made its list three steps long, ending at the basisteam, and left the referral,
    the reason a huisarts opens the page, as a footnote."""
    if _soort(route, stap.ja) == "route" and _soort(route, stap.nee) in ("actie", "beslissing"):
        return stap.nee
    return stap.ja


def main_path(route: Zorgroute) -> list[Stap]:
    """The steps a reader takes along each decision's main branch (main_branch) when no emergency exit
    is needed."""
    path, seen, current = [], set(), route.start
    while current and current not in seen and len(path) < MAX_WAT_TE_DOEN:
        stap = route.stap(current)
        if stap is None:
            break
        seen.add(current)
        path.append(stap)
        if stap.soort == "beslissing":
            current = main_branch(route, stap)
        elif stap.soort in ("actie",):
            current = next((o.stap for o in stap.naar if route.stap(o.stap) and route.stap(o.stap).soort != "nood"), None)
        else:
            break
    return path


def _naar_veiligheidsroute(route: Zorgroute, stap_id: str | None, catalog: Catalog) -> str | None:
    """The Markdown link target of the veiligheidsroute when this answer leads straight into it, else None:
    a teacher with a beaten pupil must not have to spot '(ja: stap 3)' in a parenthesis.

    A Markdown link (its item is parsed with md_in_html), not a raw href: engines disagree on raw-HTML links
    in a page that is not an index.md (Zensical resolves them from the source file's folder, MkDocs from the
    page's URL), while each resolves a Markdown link to the .md file the same way."""
    stap = route.stap(stap_id) if stap_id else None
    if stap is None or stap.soort != "route" or not stap.route:
        return None
    target = next((r for r in catalog.content.routes if r.id == stap.route), None)
    if target is None or target.soort != "veiligheidsroute":
        return None
    anchor = urls.stap_anchor(stap.route_stap) if stap.route_stap else ""
    page = urls.route(route.id)
    return urls.md_link(page, urls.route(target.id), anchor)


def _wat_te_doen(route: Zorgroute, numbers: dict[str, int], catalog: Catalog) -> str:
    """'Wat moet ik doen?' first: the main path with the route's own step numbers, each linked to its step;
    on the veiligheidsroute the emergency exits beside it as tel: links."""
    items = []
    for stap in main_path(route):
        href = "#" + urls.stap_anchor(stap.id)
        text = f'<a href="{href}">{attr(stap.titel)}</a>'
        markdown = ""
        if stap.soort == "beslissing":
            nee_first = main_branch(route, stap) == stap.nee
            followed, answer, other = ("nee", "ja", stap.ja) if nee_first else ("ja", "nee", stap.nee)
            veilig = _naar_veiligheidsroute(route, other, catalog)
            if veilig:
                markdown = ' markdown="span"'
                text = (f'<a href="{href}">{inline(stap.titel)}</a>'
                        f'<span class="rw-wat__veilig"><strong>{answer.capitalize()}</strong> &rarr; '
                        f'{link("naar de veiligheidsroute", veilig)}</span>'
                        f'<span class="rw-wat__nee">({followed}: lees hieronder verder)</span>')
            elif other in numbers:
                text += (f' <span class="rw-wat__nee">({followed}: lees verder; {answer}: '
                         f'<a href="#{urls.stap_anchor(other)}">stap {numbers[other]}</a>)</span>')
        elif stap.soort == "route" and stap.route:
            text += f" ({attr(catalog.name('route', stap.route))})"
        items.append(f'<li value="{numbers[stap.id]}"{markdown}>{text}</li>')
    parsed = ' markdown="1"'  # the same structure on every route page, with or without a link box
    lijst = f'<ol class="rw-wat__stappen"{parsed}>\n' + "\n".join(items) + "\n</ol>"
    nood = ""
    if route.soort == "veiligheidsroute":
        contacts = [n for n in catalog.content.regio.noodcontacten if n.telefoon]
        exits = "\n".join(f'<li><strong>{attr(n.naam)}:</strong> <a href="{attr(tel_href(n.telefoon))}">{attr(n.telefoon)}</a>'
                          f"<br>{attr(n.uitleg)}</li>" for n in contacts)
        exits += "".join(f'\n<li><a href="#{urls.stap_anchor(s.id)}">{attr(s.titel)}</a></li>'
                         for s in route.stappen if s.soort == "nood" and s.nood == "crisis")
        nood = ('<aside class="rw-wat__nood" aria-label="Direct hulp nodig">\n<p><strong>Direct hulp nodig?</strong></p>\n'
                f'<ul>\n{exits}\n</ul>\n</aside>')
    # md_in_html parses an item's Markdown only when every element around it asks for it.
    return (f'<section class="rw-wat" aria-labelledby="wat-moet-ik-doen"{parsed}>\n'
            f'<h2 id="wat-moet-ik-doen">Wat moet ik doen?</h2>\n<div class="rw-wat__inhoud"{parsed}>\n'
            f"{lijst}\n{nood}\n</div>\n</section>\n")


def _intro(route: Zorgroute, catalog: Catalog) -> str:
    return "\n\n".join(p for p in [f"# {inline(route.titel)}", blocks(route.samenvatting), gewijzigd_regel(route),
                                  _verouderd_kort(route, catalog)] if p) + "\n"


def _verouderd_kort(route: Zorgroute, catalog: Catalog) -> str:
    """The staleness notice as one line above the actions; the full notice is under 'Over deze route'.
    On a phone the box pushed 'Wat moet ik doen?' to y=581 and 'Meld bij Veilig Thuis' below the fold."""
    if not over_datum(route, catalog.content.regio, vandaag()):
        return ""
    peil, checked = route.peildatum, route.laatst_gecontroleerd
    if peil is None and checked is None:  # a new region's template: no date at all (as verouderd_melding)
        zin = "niet bekend wanneer iemand deze route heeft gecontroleerd"
    else:
        situatie = f"situatie van {maand(peil)}" if peil else "datum van de situatie onbekend"
        na = f"laatst gecontroleerd op {datum(checked)}" if checked and checked != peil else "sindsdien niet gecontroleerd"
        zin = f"{situatie}, {na}"
    return (f'<p class="rw-verouderd-kort"><strong>Mogelijk verouderd:</strong> {zin}. '
            '<a href="#over-deze-route">Meer over de bronnen</a></p>')


def _over(route: Zorgroute, catalog: Catalog) -> str:
    """Who the route is for and who keeps it: useful, but below the steps a reader acts on."""
    ingang = ", ".join(inline(catalog.name("actor", a)) for a in route.ingang)
    actoren = ", ".join(inline(catalog.name("actor", a)) for a in route.actoren)
    return "\n\n".join(p for p in ["## Over deze route {#over-deze-route}", verouderd_melding(route, catalog),
                         md_list([f"**Voor wie:** {inline(route.doelgroep)}", f"**Wie start de route:** {ingang}",
                                  f"**Betrokken:** {actoren}"]).rstrip(),
                         beheer_regel(route)] if p) + "\n"


def _open_punten(route: Zorgroute) -> str:
    if not route.open_punten:
        return ""
    body = "\n".join(f"    - {inline(p)}" for p in route.open_punten)
    return f'!!! info "Wat de bronnen niet zeggen"\n\n{body}\n'


def _zonder_nummer(route: Zorgroute, catalog: Catalog) -> str:
    """Emergency contacts without a known number: explained here, never shown as a dead end in the bar."""
    if route.soort != "veiligheidsroute":
        return ""
    zonder = [n for n in catalog.content.regio.noodcontacten if not n.telefoon]
    if not zonder:
        return ""
    items = "\n".join(f"    - **{inline(n.naam)}:** {tel_links(inline(n.uitleg))}" for n in zonder)
    return ('!!! note "Noodcontacten zonder bekend nummer"\n\n    Deze contacten staan niet in de noodbalk, omdat de '
            "bronnen er geen telefoonnummer voor geven. Bij direct gevaar belt u altijd " + tel_links("112") + ".\n\n"
            + items + "\n")


def _linked_from(route: Zorgroute, catalog: Catalog) -> str:
    page = urls.route(route.id)
    refs = catalog.verwijzingen_naar_route.get(route.id, [])
    if not refs:
        return ""
    items = [link(f"{other.titel}: {stap.titel}", urls.md_link(page, urls.route(other.id), urls.stap_anchor(stap.id)))
             for other, stap in refs]
    return "## Routes die hierheen verwijzen\n\n" + md_list(items)


def render_route(route: Zorgroute, diagram: Diagram, catalog: Catalog) -> Page:
    numbers = step_numbers(route)
    steps = "\n".join(_step(route, stap, numbers, catalog) for stap in route.stappen)
    sections = [_intro(route, catalog), _wat_te_doen(route, numbers, catalog), render_doorloop(route, numbers, catalog),
                _diagram(route, diagram, catalog),
                "## Stappen {#stappen}\n\n" + steps, _over(route, catalog), _open_punten(route),
                _zonder_nummer(route, catalog), _linked_from(route, catalog),
                wijzigingen_sectie(route), bronnen_sectie(urls.route(route.id), route, catalog)]
    return finish(urls.route(route.id), "\n".join(s for s in sections if s), catalog, route.titel)


def render_routes_index(catalog: Catalog) -> Page:
    lines = ["# Zorgroutes", "",
             "Een zorgroute beschrijft de weg die een jongere met een hulpvraag aflegt: wie de route start, "
             "wie wat beslist en welke berichten er gaan. Kies de route die past bij wie de hulpvraag als eerste ziet.", ""]
    for route in catalog.content.routes:
        target = urls.md_link(urls.ROUTES, urls.route(route.id))
        lines.append(f"## {link(route.titel, target)}\n\n{blocks(route.samenvatting)}\n")
    return finish(urls.ROUTES, "\n".join(lines), catalog, "Zorgroutes")
