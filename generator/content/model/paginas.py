"""Hand-written pages (content/paginas/*.md) and their optional front matter."""
from __future__ import annotations

from dataclasses import dataclass

from ..declare import blok
from .common import Onderhouden


@blok("paginabeheer", "Optioneel blok bovenaan een pagina in content/paginas/, tussen twee regels '---': "
      "wie de pagina beheert, wanneer die is nagekeken en wat er voor lezers veranderd is.")
class Paginabeheer(Onderhouden):
    """The front matter of a hand-written page: the same review fields as a route, nothing else."""


@dataclass(kw_only=True)
class Pagina(Paginabeheer):
    """A hand-written Markdown page from content/paginas/ (its front matter fills the Paginabeheer fields)."""

    id: str
    titel: str
    tekst: str
