"""Seam 1 — read and check a content tree.

Entry point: `check(root) -> Checked`. Everything else in this folder is a step of it:
the YAML reader (line numbers), field types, the content format, loading, the rules
(references, route graph, warnings) and the catalog of derived lookups. Nothing here
knows about pages or the site.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import networkx as nx

from .catalog import Catalog, build_catalog
from .citations import check_citations
from .diagnostics import Diagnostics
from .loading import load_content
from .model import Content
from .references import check_cross_file, check_page_links
from .route_graph import check_routes
from .timings import Timings
from .warning_rules import check_warnings
from .wijzigingen import check_wijzigingen


@dataclass
class Checked:
    content: Content
    diagnostics: Diagnostics
    graphs: dict[str, nx.DiGraph]
    catalog: Catalog | None = None


class PageIndex(Protocol):
    """What the pages seam tells the checks about the site it will write (content never imports pages)."""

    def known_page_srcs(self, content: Content) -> set[str]: ...
    def pagina_src(self, pagina_id: str) -> str: ...


def check(root: Path, timings: Timings | None = None, pages: PageIndex | None = None) -> Checked:
    """Load and validate a content tree; all problems of the run end up in `diagnostics`.

    With `pages` (the site's page index), links in hand-written pages are checked too."""
    timings = Timings() if timings is None else timings
    with timings.stage("load"):
        content, diagnostics, verwijzingen, onvolledig = load_content(root)
    with timings.stage("validate"):
        ids = check_cross_file(content, verwijzingen, diagnostics, onvolledig)
        check_wijzigingen(content, diagnostics)
        check_citations(content, diagnostics)
        if pages is not None:
            check_page_links(content, diagnostics, pages.known_page_srcs(content), pages.pagina_src)
    with timings.stage("graph"):
        actoren_unreadable = onvolledig.get("actor") == set()
        known_actors = None if actoren_unreadable else ids["actor"]
        graphs = check_routes(content.routes, diagnostics, known_actors)
    checked = Checked(content, diagnostics, graphs)
    if not diagnostics.fouten:
        with timings.stage("model"):
            checked.catalog = build_catalog(content, graphs)
        with timings.stage("validate"):
            check_warnings(checked.catalog, diagnostics)
    return checked


__all__ = ["Checked", "check"]
