"""Aanbieder pages and the aanbieders index."""
from __future__ import annotations

import datetime as _dt

from ...content.catalog import Catalog
from ...content.model import AANBIEDER_SOORTEN, FINANCIERING, Aanbieder, Contract
from .. import urls
from ..markdown_text import attr, blocks, external_url, inline, link, tel_href
from ..wording import lokaal_team
from .common import NIET_IN_BRONNEN, Page, beheer_regel, bronnen_sectie, datum, finish, leeftijd, md_list, verouderd_melding
from .toegang import antwoorden, toegang_html
from .wijzigingen import gewijzigd_regel, wijzigingen_sectie


def soort_label(soort: str, regio) -> str:
    """The kind of organisation as shown; 'basisteam' is the local team, called as the region calls it."""
    return lokaal_team(regio, hoofdletter=True) if soort == "basisteam" else AANBIEDER_SOORTEN.label(soort)


def _contact(a: Aanbieder) -> list[str]:
    items = []
    if a.website:
        items.append(f"**Website:** [{inline(a.website)}]({external_url(a.website)})")
    if a.telefoon:
        items.append(f'**Telefoon:** <a href="{attr(tel_href(a.telefoon))}">{attr(a.telefoon)}</a>')
    if a.email:
        items.append(f'**E-mail:** <a href="mailto:{attr(a.email)}">{attr(a.email)}</a>')
    if a.agb_code:
        items.append(f"**AGB-code:** {inline(a.agb_code)}")
    if a.kvk_nummer:
        items.append(f"**KvK-nummer:** {inline(a.kvk_nummer)}")
    return items or [f"**Contactgegevens:** {NIET_IN_BRONNEN} Zoek de actuele gegevens op de website van de organisatie."]


def werkgebied_text(page: str, a: Aanbieder, catalog: Catalog) -> str:
    gebied = catalog.werkgebied(a)
    if not gebied:
        return NIET_IN_BRONNEN
    if "regio" in gebied:
        return f"de hele regio ({len(catalog.content.gemeenten)} gemeenten)"
    return ", ".join(link(catalog.name("gemeente", g), urls.md_link(page, urls.gemeente(g))) for g in gebied)


def _producten(page: str, a: Aanbieder, catalog: Catalog) -> str:
    """Products grouped by zorgsoort; a whole category is one line, not a hundred."""
    groups: dict[str, list[str]] = {}
    codes_per_group: dict[str, set[str]] = {}
    for ref in catalog.producten(a):
        codes = catalog.codes_of(ref)
        if not codes:
            continue
        categorie = catalog.categorieen.get(ref)
        if categorie:
            zorgsoort = categorie.zorgsoort
            line = link(f"Categorie {ref} {categorie.naam}", urls.md_link(page, urls.productcategorie(ref)))
            line += f": alle {len(codes)} codes"
        else:
            zorgsoort = catalog.codes[ref].zorgsoort
            line = link(f"{ref} {catalog.codes[ref].code.naam}", urls.md_link(page, *urls.product(ref, catalog.categorie_van(ref))))
        groups.setdefault(zorgsoort, []).append(line)
        codes_per_group.setdefault(zorgsoort, set()).update(codes)
    if not groups:
        return "## Producten\n\nDe brondocumenten noemen geen productcodes voor deze organisatie.\n"
    lines = ["## Producten", ""]
    for zorgsoort in [z.id for z in catalog.content.zorgsoorten if z.id in groups]:
        infos = [catalog.codes[c] for c in sorted(codes_per_group[zorgsoort])]
        beschikking, huisarts = antwoorden(infos)
        lines += [f"### {inline(catalog.name('zorgsoort', zorgsoort))}", "",
                  f"**Huisarts mag direct verwijzen:** {huisarts} · **Beschikking nodig:** {beschikking}  ",
                  f"**Toegang:** {toegang}" if (toegang := toegang_html(beschikking, huisarts, infos)) else "", "",
                  md_list(groups[zorgsoort])]
    return "\n".join(lines)


def _product_label(page: str, ref: str, catalog: Catalog) -> str:
    categorie = catalog.categorieen.get(ref)
    if categorie:
        return link(f"Categorie {ref} {categorie.naam}", urls.md_link(page, urls.productcategorie(ref)))
    if ref in catalog.codes:
        return link(f"{ref} {catalog.codes[ref].code.naam}", urls.md_link(page, *urls.product(ref, catalog.categorie_van(ref))))
    return inline(ref)


def contract_status(c: Contract, today) -> str:
    """When a contract runs, in words: ended and future contracts say so, since the site does not offer them."""
    if c.einddatum and c.einddatum < today:
        return f"**contract beëindigd op {datum(c.einddatum)}**"
    if c.ingangsdatum and c.ingangsdatum > today:
        return f"**contract gaat in op {datum(c.ingangsdatum)}**" + (f", tot en met {datum(c.einddatum)}" if c.einddatum else "")
    if c.einddatum:
        return f"tot en met {datum(c.einddatum)}"
    return f"sinds {datum(c.ingangsdatum)}" if c.ingangsdatum else "zonder einddatum"


def _contracten(page: str, a: Aanbieder, catalog: Catalog) -> str:
    """For which gemeenten the aanbieder is contracted for what, and when (from the contract list)."""
    if not a.contracten:
        return ""
    lines = []
    for c in sorted(a.contracten, key=lambda c: (c.producten[:1], c.ingangsdatum or _dt.date.min)):
        waar = ("hele regio" if "regio" in c.gemeenten
                else ", ".join(link(catalog.name("gemeente", g), urls.md_link(page, urls.gemeente(g))) for g in c.gemeenten))
        wat = ", ".join(_product_label(page, p, catalog) for p in c.producten)
        lines.append(f"{wat} — {waar} — {contract_status(c, catalog.today)}")
    return ("## Contracten\n\nVolgens de contractlijst van de regio: welk product, voor welke gemeenten, en hoe lang. "
            "Een beëindigd of nog niet ingegaan contract telt niet mee bij de producten en het werkgebied.\n\n" + md_list(lines))


def render_aanbieder(a: Aanbieder, catalog: Catalog) -> Page:
    page = urls.aanbieder(a.id)
    doelgroep = a.doelgroep
    facts = [f"**Soort:** {soort_label(a.soort, catalog.content.regio)}",
             f"**Financiering:** {FINANCIERING.label(a.financiering) if a.financiering else NIET_IN_BRONNEN}",
             f"**Werkgebied:** {werkgebied_text(page, a, catalog)}",
             f"**Leeftijd:** {leeftijd(doelgroep.min_leeftijd, doelgroep.max_leeftijd) if doelgroep else NIET_IN_BRONNEN}"]
    if doelgroep and doelgroep.omschrijving:
        facts.append(f"**Doelgroep:** {inline(doelgroep.omschrijving)}")
    parts = [f"# {inline(a.naam)}", gewijzigd_regel(a), blocks(a.omschrijving), md_list(facts).rstrip(), beheer_regel(a),
             verouderd_melding(a, catalog),
             "## Contact\n\n" + md_list(_contact(a)).rstrip()]
    if a.locaties:
        parts.append("## Locaties\n\n" + md_list([
            inline(", ".join(x for x in (loc.naam, loc.adres, loc.postcode, loc.plaats) if x))
            + (f" (gemeente {link(catalog.name('gemeente', loc.gemeente), urls.md_link(page, urls.gemeente(loc.gemeente)))})"
               if loc.gemeente else "") for loc in a.locaties]).rstrip())
    if a.ondersteuningsvormen:
        parts.append("## Ondersteuningsvormen\n\n" + md_list([inline(v) for v in a.ondersteuningsvormen]).rstrip())
    parts.append(_producten(page, a, catalog).rstrip())
    parts.append(_contracten(page, a, catalog).rstrip())
    in_routes = catalog.stappen_per_aanbieder.get(a.id, [])
    if in_routes:
        parts.append("## In de routes\n\n" + md_list([
            link(f"{route.titel}: {stap.titel}", urls.md_link(page, urls.route(route.id), urls.stap_anchor(stap.id)))
            for route, stap in in_routes]).rstrip())
    parts.append(wijzigingen_sectie(a))
    parts.append(bronnen_sectie(page, a, catalog))
    return finish(page, "\n\n".join(p for p in parts if p), catalog, a.naam)


def render_aanbieders_index(catalog: Catalog) -> Page:
    page = urls.AANBIEDERS
    lines = ["# Aanbieders en organisaties", "",
             "Alle organisaties die in de routes voorkomen of zorg leveren. Per organisatie staan de "
             "producten, het werkgebied en de leeftijdsgroep. Contactgegevens staan er alleen als een bron ze geeft.", ""]
    for soort in AANBIEDER_SOORTEN:
        label = soort_label(soort, catalog.content.regio)
        group = sorted((a for a in catalog.content.aanbieders if a.soort == soort), key=lambda a: a.naam.lower())
        if not group:
            continue
        lines.append(f"## {label}\n")
        for a in group:
            codes = catalog.codes_per_aanbieder[a.id]
            detail = f" — {len(codes)} productcode(s)" if codes else ""
            lines.append(f"- {link(a.naam, urls.md_link(page, urls.aanbieder(a.id)))}{detail}")
        lines.append("")
    return finish(page, "\n".join(lines), catalog, "Aanbieders en organisaties")
