"""The boundary to the site engine (MkDocs 1.x today; ProperDocs and later Zensical read the same files).

The generator's output is a plain docs folder plus a plain `mkdocs.yml` next to it,
derived from the project's mkdocs.yml: no hooks, no Python tags, absolute theme
path. Any MkDocs-1.x-compatible engine builds that folder unchanged.
"""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from pathlib import Path

import yaml

from ..content.diagnostics import EnvironmentProblem

PROJECT_DIR = Path(__file__).resolve().parents[2]
ENGINE_CONFIG_NAME = "mkdocs.yml"


# Settings a region gives in its content (regio.yaml `site:`); an engine config never overrides them.
REGION_KEYS = ("site_name", "site_url", "site_description", "copyright")


def project_config_path(root: Path) -> Path:
    """A content root may carry its own mkdocs.yml (engine and theme options); otherwise the project's is used."""
    own = root / "mkdocs.yml"
    return own if own.is_file() else PROJECT_DIR / "mkdocs.yml"


def _read_config(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise EnvironmentProblem(f"De site-instellingen in {path} zijn niet leesbaar: {exc}") from exc
    if not isinstance(data, dict):
        raise EnvironmentProblem(f"De site-instellingen in {path} zijn geen blok met instellingen (zoals 'theme:').")
    return data


def load_project_config(root: Path) -> tuple[dict, Path]:
    """The project's engine defaults, with a content root's own mkdocs.yml laid over them (per key;
    `theme` per option). A relative theme.custom_dir is resolved where it is found: next to the
    file that names it, else in the project (so a copy of the project's mkdocs.yml just works)."""
    project_path = PROJECT_DIR / "mkdocs.yml"
    config = _read_config(project_path)
    _resolve_custom_dir(config, project_path)
    own = project_config_path(root)
    if own != project_path:
        overlay = _read_config(own)
        _resolve_custom_dir(overlay, own)
        theme = {**(config.get("theme") or {}), **(overlay.get("theme") or {})}
        config = {**config, **overlay, "theme": theme}
    return config, own


def _resolve_custom_dir(config: dict, path: Path) -> None:
    theme = config.get("theme")
    if not isinstance(theme, dict) or not theme.get("custom_dir"):
        return
    custom = Path(str(theme["custom_dir"]))
    for base in (path.parent, PROJECT_DIR):
        candidate = custom if custom.is_absolute() else base / custom
        if candidate.is_dir():
            theme["custom_dir"] = str(candidate.resolve())
            return
    raise EnvironmentProblem(f"{path}: de themamap '{custom}' (theme.custom_dir) bestaat niet. "
                             "Laat 'custom_dir' weg om het thema van de routewijzer te gebruiken.")


def site_url_of(root: Path) -> str | None:
    """The site URL of this content root (regio.yaml site.url), if the content gives one."""
    from ..content import check

    regio = check(root).content.regio
    return regio.site.url if regio else None


def site_base_path(root: Path) -> str:
    """The URL path the site of this content root is served under (from regio.yaml site.url)."""
    from ..pages.site_settings import base_path

    return base_path(site_url_of(root))


def engine_config(project: dict, nav: list, extra: dict, region: dict) -> dict:
    """The config the engine builds from: engine defaults, the region's settings, our pages, no hooks."""
    config = {key: value for key, value in project.items()
              if key not in ("hooks", "docs_dir", "site_dir", "nav", "watch", *REGION_KEYS)}
    config = {**region, **config}
    config["theme"] = dict(config.get("theme") or {})
    config["docs_dir"] = "docs"
    config["site_dir"] = "site"
    config["nav"] = nav
    config["extra"] = {**(config.get("extra") or {}), **extra}
    config["plugins"] = without_engine_search(config.get("plugins"))
    return config


def without_engine_search(plugins) -> list:
    """The engine's plugins minus its search: the site's search is Pagefind (site/search_index.py).

    Never left out: MkDocs adds its search plugin when `plugins` is absent."""
    items = plugins.items() if isinstance(plugins, dict) else [
        next(iter(p.items())) if isinstance(p, dict) else (p, None) for p in plugins or []]
    return [name if options is None else {name: options} for name, options in items
            if name not in ("search", "material/search")]


def dump_config(config: dict) -> str:
    return yaml.safe_dump(config, sort_keys=False, allow_unicode=True, width=1000)


@contextmanager
def _engine_run(source_date_epoch: int):
    """The engine's warnings collected, and its clock fixed to the content's date, for one build.

    The engine stamps pages (sitemap lastmod, gzip header) with the build time unless
    SOURCE_DATE_EPOCH is set; we set it from the content so equal content gives equal bytes."""
    from .engine_parts import Collect

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's banner about MkDocs 2; we pin <2
    previous_epoch = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(source_date_epoch)
    handler = Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    previous = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
        if previous_epoch is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous_epoch


def run_engine(config_file: Path, site_dir: Path, source_date_epoch: int = 0, parts: int | None = None) -> list[str]:
    """Build HTML with MkDocs in-process; returns the engine's warnings (which we treat as errors).

    `parts` processes share the pages (engine_parts.py; by default one per core for a large site),
    with the same bytes in every page; `site_dir` must then be empty (the build's new folder is)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from .engine_parts import Part, part_count

    with _engine_run(source_date_epoch) as handler:
        share = None
        try:
            config = load_config(config_file=str(config_file), site_dir=str(site_dir))
            if parts is None:
                parts = part_count(sum(1 for _ in Path(config.docs_dir).rglob("*.md")))
            if parts > 1 and config.nav:
                share = Part(0, parts)
                share.start(Path(config_file), Path(site_dir))
                config.plugins["routewijzer-deel"] = share
            build(config, dirty=share is not None)
        except MkDocsException as exc:
            handler.messages.append(str(exc))
        finally:
            if share is not None:
                share.stop()
    return handler.messages
