"""Live preview: MkDocs' dev server with our hook, which also watches content/ and zorgroutes/."""
from __future__ import annotations

import os
from pathlib import Path

from .engine import project_config_path, site_base_path, site_url_of
from .site_lock import site_lock


def serve(root: Path, dev_addr: str) -> None:
    os.environ["ROUTEWIJZER_ROOT"] = str(root)
    from mkdocs.commands.serve import serve as mkdocs_serve

    print(f"Voorbeeld op http://{dev_addr}{site_base_path(root)} — wijzigingen in de YAML verschijnen vanzelf. "
          "Stoppen: Ctrl+C.")
    # the served path comes from the region's site URL (regio.yaml site.url), which the engine reads
    # before our hook runs: so it is passed in here
    site_url = site_url_of(root)
    extra = {"site_url": site_url} if site_url else {}
    # the preview writes the root's .build/ as `build` of the root's site does: one of them at a time
    with site_lock(root / "site"):
        mkdocs_serve(config_file=str(project_config_path(root)), dev_addr=dev_addr, livereload=True, **extra)
