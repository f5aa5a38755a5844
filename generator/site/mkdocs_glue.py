"""What the MkDocs hook does, as plain functions (the hook file itself stays a few lines).

`mkdocs build` / `mkdocs serve` in the project root generate the pages first, into
`.build/docs`, and point MkDocs at them. Invalid content stops the build with the
same Dutch messages as `python -m generator check`.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..pages import navigation, site_extra
from ..pages.site_settings import engine_settings
from .build import check_content, generate_docs


def content_root(config) -> Path:
    env = os.environ.get("ROUTEWIJZER_ROOT")
    return Path(env).resolve() if env else Path(config.config_file_path).resolve().parent


def prepare(config):
    from mkdocs.exceptions import PluginError

    root = content_root(config)
    checked = check_content(root)
    if checked.diagnostics.has_errors():
        report = "\n".join(d.format() for d in checked.diagnostics.sorted() if d.niveau == "fout")
        raise PluginError(f"De inhoud bevat fouten; er is niets gebouwd.\n{report}")
    staging = root / ".build"
    generate_docs(checked, root, staging)
    config.docs_dir = str(staging / "docs")
    config.nav = navigation(checked.catalog)
    config.extra.update(site_extra(checked.catalog))
    for key, value in engine_settings(checked.content.regio).items():
        if key != "site_url" or not config.get("site_url"):  # `serve` sets its own local site_url
            config[key] = value
    return config


def watch_content(server, config) -> None:
    root = content_root(config)
    for folder in ("content", "zorgroutes"):
        if (root / folder).is_dir():
            server.watch(str(root / folder))
