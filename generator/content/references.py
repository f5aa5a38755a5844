"""Cross-file rules: ids are unique, every reference resolves, codes agree with their category.

Runs once all files are loaded, so a reference from a route to an aanbieder in
another file is checked against the complete set, with a "Bedoelde u ...?" hint.
"""
from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable

from .diagnostics import Diagnostics, Locatie, bedoelde_u
from .fields import Verwijzing
from .model import Content

SOORT_NAMEN = {  # with the Dutch adjective form: "onbekend begrip" (het), "onbekende actor" (de)
    "bron": "Onbekende bron", "actor": "Onbekende actor", "begrip": "Onbekend begrip", "route": "Onbekende route",
    "aanbieder": "Onbekende aanbieder", "gemeente": "Onbekende gemeente", "werkgebied": "Onbekende gemeente",
    "zorgsoort": "Onbekende zorgsoort", "bericht": "Onbekend iJw-bericht", "verwijzer": "Onbekende verwijzer",
    "eenheid": "Onbekende eenheid", "product": "Onbekende productcode of productcategorie",
}
MEERVOUD = {  # for the list of valid ids in a hint
    "bron": "bronnen", "actor": "actoren", "begrip": "begrippen", "route": "routes", "aanbieder": "aanbieders",
    "gemeente": "gemeenten", "werkgebied": "gemeenten", "zorgsoort": "zorgsoorten", "bericht": "iJw-berichten",
    "verwijzer": "verwijzers", "eenheid": "eenheden",
}
MAX_LISTED = 30  # longer lists (productcodes, begrippen of a big region) would bury the message
HINTS = {
    "bron": "Voeg het document toe aan content/bronnen.yaml.",
    "actor": "Voeg de rol toe aan content/actoren.yaml.",
    "begrip": "Voeg het begrip toe aan content/begrippen.yaml.",
    "aanbieder": "Maak een bestand in content/aanbieders/.",
    "bericht": "Voeg het bericht toe aan content/codelijsten.yaml.",
    "werkgebied": "Gebruik een gemeente-id uit content/regio.yaml, of 'regio'.",
}


def _check_unique(items: Iterable[tuple[str, Locatie]], wat: str, veld: str, diagnostics: Diagnostics) -> set[str]:
    seen: dict[str, Locatie] = {}
    for key, loc in items:
        if key in seen:
            diagnostics.fout(loc, veld, f"{wat} '{key}' bestaat al (ook in {seen[key]}).",
                             "Elk id moet uniek zijn; kies een andere naam.")
        else:
            seen[key] = loc
    return set(seen)


def known_ids(content: Content, diagnostics: Diagnostics) -> dict[str, set[str]]:
    """Collect the ids of every kind, reporting duplicates on the way."""
    u = _check_unique
    gemeenten = u(((g.id, g.loc) for g in content.gemeenten), "Gemeente", "id", diagnostics)
    categorieen = u(((c.categorie, c.loc) for c in content.categorieen), "Productcategorie", "categorie", diagnostics)
    codes = u(((p.code, p.loc) for p in content.productcodes), "Productcode", "code", diagnostics)
    u(((b.afkorting, b.at("afkorting")) for b in content.begrippen if b.afkorting), "Afkorting", "afkorting", diagnostics)
    u(((n.id, n.loc) for n in (content.regio.noodcontacten if content.regio else [])), "Noodcontact", "id", diagnostics)
    u(((p.id, p.loc) for p in content.paginas), "Pagina", "id", diagnostics)
    lijsten = content.codelijsten
    return {
        "bron": u(((b.id, b.loc) for b in content.bronnen), "Bron", "id", diagnostics),
        "actor": u(((a.id, a.loc) for a in content.actoren), "Actor", "id", diagnostics),
        "begrip": u(((b.id, b.loc) for b in content.begrippen), "Begrip", "id", diagnostics),
        "route": u(((r.id, r.loc) for r in content.routes), "Route", "id", diagnostics),
        "aanbieder": u(((a.id, a.loc) for a in content.aanbieders), "Aanbieder", "id", diagnostics),
        "gemeente": gemeenten,
        "werkgebied": gemeenten | {"regio"},
        "zorgsoort": u(((z.id, z.loc) for z in content.zorgsoorten), "Zorgsoort", "id", diagnostics),
        "bericht": u(((b.code, b.loc) for b in lijsten.berichten), "Bericht", "code", diagnostics),
        "verwijzer": u(((v.id, v.loc) for v in lijsten.verwijzers), "Verwijzer", "id", diagnostics),
        "eenheid": u(((e.id, e.loc) for e in lijsten.eenheden), "Eenheid", "id", diagnostics),
        "product": codes | categorieen,
    }


def check_references(verwijzingen: list[Verwijzing], ids: dict[str, set[str]], diagnostics: Diagnostics,
                     onvolledig: set[str] = frozenset()) -> None:
    """Report references that resolve to nothing, except to kinds whose own file could not be read
    (that file already has its error; repeating it at every reference would bury it)."""
    for ref in verwijzingen:
        valid = ids.get(ref.soort, set())
        if ref.waarde in valid or ref.soort in onvolledig:
            continue
        hint = bedoelde_u(ref.waarde, valid) or HINTS.get(ref.soort, "")
        if ref.soort in MEERVOUD and 0 < len(valid) <= MAX_LISTED:
            hint = (hint + " " if hint else "") + f"Bekende {MEERVOUD[ref.soort]}: {', '.join(sorted(valid))}."
        diagnostics.fout(ref.locatie, ref.veld, f"{SOORT_NAMEN.get(ref.soort, ref.soort)} '{ref.waarde}'.", hint)


def check_codes_match_category(content: Content, diagnostics: Diagnostics) -> None:
    for categorie in content.categorieen:
        for code in categorie.productcodes:
            if not code.code.startswith(categorie.categorie):
                diagnostics.fout(code.at("code"), "code",
                                 f"Productcode {code.code} hoort niet bij categorie {categorie.categorie}.",
                                 "De eerste twee cijfers van een productcode zijn de categorie; "
                                 "zet de code in het juiste categoriebestand.")


def check_regio(content: Content, diagnostics: Diagnostics) -> None:
    if content.regio is None:
        return
    soorten = {n.soort for n in content.regio.noodcontacten}
    for soort, wat in (("acuut", "acuut gevaar (112)"), ("advies-melden", "advies en melden (Veilig Thuis)"),
                       ("crisis", "crisis")):
        if soort not in soorten:
            diagnostics.fout(content.regio.at("noodcontacten"), "noodcontacten",
                             f"Er is geen noodcontact voor {wat}.",
                             f"Voeg een noodcontact toe met 'soort: {soort}'.")


MD_LINK = re.compile(r"\]\(([^)\s]+)\)")


def check_page_links(content: Content, diagnostics: Diagnostics, pages: set[str], pagina_src) -> None:
    """Links in hand-written pages must point at pages that exist (or be plain web addresses).

    Which pages exist is the pages seam's knowledge: it passes them in (`pages`, `pagina_src`)."""
    for pagina in content.paginas:
        src = pagina_src(pagina.id)
        for number, line in enumerate(pagina.tekst.splitlines(), 3):
            for target in MD_LINK.findall(line):
                path = target.split("#")[0]
                if re.match(r"(https?|mailto|tel):", target) or not path:
                    continue
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(src), path))
                if resolved not in pages:
                    relative = {posixpath.relpath(p, posixpath.dirname(src)): p for p in pages}
                    close = bedoelde_u(posixpath.relpath(resolved, posixpath.dirname(src)), relative)
                    diagnostics.fout(Locatie(pagina.loc.bestand, number), "link",
                                     f"De link '{target}' wijst naar een pagina die niet bestaat.",
                                     close or "Gebruik een pad als ../zorgroutes/huisarts.md.")


def check_cross_file(content: Content, verwijzingen: list[Verwijzing], diagnostics: Diagnostics,
                     onvolledig: dict[str, set[str]] | None = None) -> dict[str, set[str]]:
    """`onvolledig` maps a kind to ids known from files that failed validation (or to an empty
    set when a whole list of that kind could not be read)."""
    onvolledig = onvolledig or {}
    ids = known_ids(content, diagnostics)
    for soort, extra in onvolledig.items():
        ids[soort] = ids.get(soort, set()) | extra
    check_references(verwijzingen, ids, diagnostics, {s for s, extra in onvolledig.items() if not extra})
    check_codes_match_category(content, diagnostics)
    check_regio(content, diagnostics)
    return ids
