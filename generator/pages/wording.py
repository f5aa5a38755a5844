"""Region-specific words in page texts, from the content (regio.yaml `site:`), never from code.

One region calls its local team "basisteam", another "wijkteam" or "CJG"; page texts ask here.
"""
from __future__ import annotations

from ..content.model import Regio


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def lokaal_team(regio: Regio, hoofdletter: bool = False) -> str:
    """The local team's name as the region writes it in running text ("basisteam", "wijkteam")."""
    return _capital(regio.site.lokaal_team) if hoofdletter else regio.site.lokaal_team


def lokale_teams(regio: Regio, hoofdletter: bool = False) -> str:
    return _capital(regio.site.lokale_teams) if hoofdletter else regio.site.lokale_teams


_TELWOORDEN = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"]


def telwoord(n: int) -> str:
    """Small numbers in words, as Dutch running text writes them ("zeven zorgsoorten")."""
    return _TELWOORDEN[n] if 0 <= n < len(_TELWOORDEN) else str(n)


def home_titel(regio: Regio) -> str:
    """The home page title: the site's name, followed by the region's name unless the site name has it."""
    naam = regio.site.naam
    return naam if regio.naam.lower() in naam.lower() else f"{naam} {regio.naam}"
