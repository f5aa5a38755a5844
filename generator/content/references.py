"""Cross-file rules: ids are unique, every reference resolves, codes agree with their category.

Runs once all files are loaded, so a reference from a route to an aanbieder in
another file is checked against the complete set, with a "Bedoelde u ...?" hint.
"""
from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable

from .diagnostics import Diagnostics, Vindplaats, bedoelde_u
from .fields import Verwijzing
from .kinds import SOORT, SOORTEN
from .model import NOOD_SOORTEN, Content

MAX_LISTED = 30  # longer lists (productcodes, begrippen of a big region) would bury the message


def _check_unique(items: Iterable[tuple[str, Vindplaats]], wat: str, veld: str, diagnostics: Diagnostics) -> set[str]:
    seen: dict[str, Vindplaats] = {}
    for key, loc in items:
        if key in seen:
            diagnostics.fout(loc, veld, f"{wat} '{key}' bestaat al (ook in {seen[key]}).",
                             "Elk id moet uniek zijn; kies een andere naam.")
        else:
            seen[key] = loc
    return set(seen)


def known_ids(content: Content, diagnostics: Diagnostics) -> dict[str, set[str]]:
    """Collect the ids of every kind that can be referred to, reporting duplicates on the way."""
    ids: dict[str, set[str]] = {naam: set(SOORT[naam].extra) for s in SOORTEN for naam in s.verwijzingen()}
    for soort in SOORTEN:
        if soort.items is None:
            continue
        unique = _check_unique(((str(getattr(item, soort.sleutel)), soort.plek(item)) for item in soort.items(content)),
                               soort.enkelvoud, soort.sleutel, diagnostics)
        for naam in soort.verwijzingen():
            ids[naam] |= unique
    return ids


def check_references(verwijzingen: list[Verwijzing], ids: dict[str, set[str]], diagnostics: Diagnostics,
                     onvolledig: set[str] = frozenset()) -> None:
    """Report references that resolve to nothing, except to kinds whose own file could not be read
    (that file already has its error; repeating it at every reference would bury it)."""
    for ref in verwijzingen:
        valid = ids.get(ref.soort, set())
        if ref.waarde in valid or ref.soort in onvolledig:
            continue
        soort = SOORT.get(ref.soort)
        hint = bedoelde_u(ref.waarde, valid) or (soort.hint if soort else "")
        if soort and soort.meervoud and 0 < len(valid) <= MAX_LISTED:
            hint = (hint + " " if hint else "") + f"Bekende {soort.meervoud}: {', '.join(sorted(valid))}."
        diagnostics.fout(ref.locatie, ref.veld, f"{soort.onbekend if soort else ref.soort} '{ref.waarde}'.", hint)


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
    for soort in NOOD_SOORTEN:
        if soort not in soorten:
            wat = NOOD_SOORTEN.label(soort)
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
                    diagnostics.fout(Vindplaats(pagina.loc.bestand, number), "link",
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
