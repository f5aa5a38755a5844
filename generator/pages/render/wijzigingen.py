"""A page's own changes: one line near the top, the full list lower down (anchors the feed links to)."""
from __future__ import annotations

import re

from ...content.model import Onderhouden
from .. import urls
from ..markdown_text import attr
from ..wijzigingen import met_anchors
from .common import datum

WERKWIJZE = '<strong class="rw-werkwijze">Let op: u moet nu iets anders doen.</strong>'


def gewijzigd_regel(item: Onderhouden) -> str:
    """'Gewijzigd op 3 december 2026: …' with a link to the full list; '' without changes.

    On a phone only the date is shown (CSS), a link to the change in the list under 'Wijzigingen', so the
    line stays one line and the actions of a route stay on the first screen."""
    if not item.wijzigingen:
        return ""
    (laatste, anchor), totaal = met_anchors(item)[0], len(item.wijzigingen)
    meer = f"Alle wijzigingen ({totaal})" if totaal > 1 else "Details"
    let_op = '<strong class="rw-werkwijze">Andere werkwijze.</strong> ' if laatste.werkwijze else ""
    return (f'<p class="rw-gewijzigd">{let_op}Gewijzigd op <a href="#{anchor}">{datum(laatste.datum)}</a>'
            f'<span class="rw-gewijzigd__wat">: {attr(eerste_zin(laatste.wat))}</span>'
            f'<span class="rw-gewijzigd__meer"> · <a href="#{urls.WIJZIGINGEN_ANCHOR}">{meer}</a></span></p>')


def eerste_zin(tekst: str) -> str:
    """The first sentence, so the line above the steps stays short on a phone (the list below has it all)."""
    zin = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9'\u00c0-\u00de])", " ".join(tekst.split()), maxsplit=1)
    return zin[0] + (" …" if len(zin) > 1 else "")


def wijzigingen_sectie(item: Onderhouden) -> str:
    if not item.wijzigingen:
        return ""
    regels = [f'<li id="{anchor}"><strong>{datum(w.datum)}</strong>: {attr(w.wat)}'
              + (f" {WERKWIJZE}" if w.werkwijze else "") + "</li>" for w, anchor in met_anchors(item)]
    return (f"## Wijzigingen {{#{urls.WIJZIGINGEN_ANCHOR}}}\n\n"
            '<ul class="rw-wijzigingen">\n' + "\n".join(regels) + "\n</ul>\n")
