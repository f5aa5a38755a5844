"""Is a huisarts's verwijzing enough? The two answers over a set of codes, and what they mean together.

"Beschikking nodig: ja" beside "Huisarts mag direct verwijzen: ja" read as a contradiction: under the
Jeugdwet a referral by a huisarts (or jeugdarts, medisch specialist) gives access to help that is not
vrij toegankelijk, and the aanbieder then asks the gemeente for the toewijzing. Every place that shows
the two answers (a finder result, a gemeente page, an aanbieder page, a productcategorie) also shows the
one sentence from here, and the finder gets the same sentences as data, so the wording lives once.
"""
from __future__ import annotations

from ...content.catalog import CodeInfo
from ..markdown_text import attr

JA, NEE, DEEL, ONBEKEND = "ja", "nee", "voor een deel", "niet bekend"


def ja_nee_deel(values: list[bool]) -> str:
    """One answer over several codes: ja, nee, or 'voor een deel' when the codes differ."""
    if not values:
        return ONBEKEND
    return JA if all(values) else NEE if not any(values) else DEEL


def antwoorden(infos: list[CodeInfo]) -> tuple[str, str]:
    """(beschikking nodig, huisarts mag direct verwijzen) over a set of codes."""
    return ja_nee_deel([not i.vrij_toegankelijk for i in infos]), ja_nee_deel([i.huisarts_mag_verwijzen for i in infos])


def uitleg(beschikking: str, huisarts: str) -> str:
    """The sentence for a pair of answers; empty when nothing is known."""
    if ONBEKEND in (beschikking, huisarts):
        return ""
    if DEEL in (beschikking, huisarts):
        return "Dit verschilt per productcode; kijk bij de productcodes welke toegang nodig is."
    if beschikking == NEE:
        return "Geen beschikking van de gemeente nodig: deze hulp is vrij toegankelijk."
    if huisarts == JA:
        return "Een verwijzing van de huisarts is genoeg; de aanbieder vraagt daarna de toewijzing aan bij de gemeente."
    return "Alleen met een beschikking van de gemeente; een verwijzing van de huisarts is hier niet genoeg."


MODEL_ALLE = "Let op: deze toegang is een indeling van deze routewijzer, niet uit de bronnen; vraag het na bij de gemeente."
MODEL_DEEL = "Let op: voor een deel van de codes is de toegang een indeling van deze routewijzer, niet uit de bronnen."


def herkomst(infos: list[CodeInfo]) -> str:
    """What is modelled must look different from what is sourced: the notice for answers the routewijzer chose."""
    gemodelleerd = ja_nee_deel([i.toegang_gemodelleerd for i in infos])
    return MODEL_ALLE if gemodelleerd == JA else MODEL_DEEL if gemodelleerd == DEEL else ""


def toegang_html(beschikking: str, huisarts: str, infos: list[CodeInfo]) -> str:
    """The sentence for the answers over a set of codes (the caller has them: antwoorden), with the
    modelled-answer notice in its own marked span; empty when nothing is known."""
    zin = uitleg(beschikking, huisarts)
    if not zin:
        return ""
    model = herkomst(infos)
    return attr(zin) + (f' <span class="rw-toegang__model" data-feit="toegang-model">{attr(model)}</span>' if model else "")


def uitleg_tabel() -> dict[str, str]:
    """Every sentence keyed 'beschikking|huisarts', for the finder, which recomputes the answers in the browser."""
    answers = (JA, NEE, DEEL, ONBEKEND)
    return {f"{b}|{h}": uitleg(b, h) for b in answers for h in answers if uitleg(b, h)}
