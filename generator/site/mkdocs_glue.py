"""What the MkDocs hook does, as plain functions (the hook file itself stays a few lines).

`mkdocs build` / `mkdocs serve` in the project root generate the pages first, into
`.build/docs`, and point MkDocs at them. Invalid content stops the build with the
same Dutch messages as `python -m generator check`.

In the editor's preview (`python -m generator serve`, which sets VOORBEELD) invalid content does not
stop the engine: a build that fails leaves MkDocs' dev server waiting for a good build, and the
browser hanging. Instead the engine builds a one-page placeholder, and after the build every address
of the preview shows the Dutch error page (site/foutpagina.py) until the content is valid again; a
valid build also gets its search index, so search works in the preview as on the site.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from ..pages import navigation, site_extra
from ..pages.site_settings import engine_settings
from .build import check_content, generate_docs
from .foutpagina import foutpagina

VOORBEELD = "ROUTEWIJZER_VOORBEELD"  # set by `serve`
_FOUTEN = "routewijzer_voorbeeld_fouten"  # config.extra key: the error page of this build, if any
_PLACEHOLDER = "# Fouten in de inhoud\n"


def content_root(config) -> Path:
    env = os.environ.get("ROUTEWIJZER_ROOT")
    return Path(env).resolve() if env else Path(config.config_file_path).resolve().parent


def in_preview() -> bool:
    return bool(os.environ.get(VOORBEELD))


def prepare(config):
    from mkdocs.exceptions import PluginError

    root = content_root(config)
    checked = check_content(root)
    if checked.diagnostics.has_errors():
        if in_preview():
            return _error_build(config, root, checked)
        report = "\n".join(d.format() for d in checked.diagnostics.sorted() if d.niveau == "fout")
        raise PluginError(f"De inhoud bevat fouten; er is niets gebouwd.\n{report}")
    staging = root / ".build"
    generate_docs(checked, root, staging)
    config.docs_dir = str(staging / "docs")
    config.nav = navigation(checked.catalog)
    config.extra.update(site_extra(checked.catalog))
    config.extra[_FOUTEN] = ""
    for key, value in engine_settings(checked.content.regio).items():
        if key != "site_url" or not config.get("site_url"):  # `serve` sets its own local site_url
            config[key] = value
    if in_preview():
        print("De inhoud is in orde; het voorbeeld is bijgewerkt.", file=sys.stderr)
    return config


def _error_build(config, root: Path, checked):
    """A placeholder for the engine to build quickly; the error page replaces it after the build."""
    docs = root / ".build" / "voorbeeld-fout" / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    index = docs / "index.md"
    if not index.is_file() or index.read_text(encoding="utf-8") != _PLACEHOLDER:
        index.write_text(_PLACEHOLDER, encoding="utf-8")
    config.docs_dir = str(docs)
    config.nav = None
    regio = checked.content.regio
    config.extra[_FOUTEN] = foutpagina(checked.diagnostics, regio.site.naam if regio else "de routewijzer")
    fouten = [d for d in checked.diagnostics.sorted() if d.niveau == "fout"]
    print(f"\nDe inhoud bevat {len(fouten)} fout(en); de browser toont ze tot ze zijn opgelost:", file=sys.stderr)
    for diagnostic in fouten:
        print(diagnostic.format(), file=sys.stderr)
    return config


def files_to_build(files, config):
    """Preview with errors: build nothing (no page, no theme asset, no theme template: the error page needs
    none, and compiling the theme's templates took over a second), so the error shows sooner."""
    if not (in_preview() and config.extra.get(_FOUTEN)):
        return files
    from mkdocs.structure.files import Files

    config.theme.static_templates.clear()
    return Files([])


def after_build(config) -> None:
    """Preview only: the error page at every address, or the search index of a good build."""
    if not in_preview():
        return
    site = Path(config.site_dir)
    page = config.extra.get(_FOUTEN)
    if page:
        for html in site.rglob("*.html"):
            html.unlink()  # every address now answers 404, which the dev server serves from 404.html
        (site / "404.html").write_text(page, encoding="utf-8")
        return
    from .search_index import write_search_index

    write_search_index(site, [config.extra.get("veiligheidsroute")])


def watch_content(server, config) -> None:
    root = content_root(config)
    for folder in ("content", "zorgroutes"):
        if (root / folder).is_dir():
            server.watch(str(root / folder))
