"""Live preview: MkDocs' dev server with our hook, which also watches content/ and zorgroutes/.

Content errors show in the browser as a Dutch page (see mkdocs_glue); the engine's own log lines
(English) are kept from the editor: only a failure the content check did not foresee is reported,
in Dutch, with the engine's message as technical detail.
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from .engine import project_config_path, site_base_path, site_url_of
from .mkdocs_glue import VOORBEELD
from .site_lock import site_lock


class _EngineInDutch(logging.Handler):
    """Instead of MkDocs' English log: one Dutch line for an engine error, nothing for its chatter."""

    def __init__(self):
        super().__init__(logging.ERROR)

    def emit(self, record: logging.LogRecord) -> None:
        detail = record.getMessage().splitlines()[0] if record.getMessage() else record.name
        print(f"Het voorbeeld kon niet worden bijgewerkt; de site-bouwer meldde een fout (technisch: {detail}). "
              "Sla het bestand opnieuw op, of herstart het voorbeeld.", file=sys.stderr)


def quiet_engine() -> None:
    logger = logging.getLogger("mkdocs")
    logger.handlers[:] = [_EngineInDutch()]
    logger.propagate = False


def serve(root: Path, dev_addr: str) -> None:
    os.environ["ROUTEWIJZER_ROOT"] = str(root)
    os.environ[VOORBEELD] = "1"
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's English banner about MkDocs 2; we pin <2
    from mkdocs.commands.serve import serve as mkdocs_serve

    quiet_engine()
    print(f"Voorbeeld op http://{dev_addr}{site_base_path(root)} — wijzigingen in de YAML verschijnen vanzelf; "
          "fouten in de inhoud staan dan in de browser. Stoppen: Ctrl+C.")
    # the served path comes from the region's site URL (regio.yaml site.url), which the engine reads
    # before our hook runs: so it is passed in here
    site_url = site_url_of(root)
    extra = {"site_url": site_url} if site_url else {}
    # the preview writes the root's .build/ as `build` of the root's site does: one of them at a time
    with site_lock(root / "site"):
        mkdocs_serve(config_file=str(project_config_path(root)), dev_addr=dev_addr, livereload=True, **extra)
