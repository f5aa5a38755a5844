"""The boundary to the site engine (MkDocs 1.x today; ProperDocs and later Zensical read the same files).

The generator's output is a plain docs folder plus a plain `mkdocs.yml` next to it,
derived from the project's mkdocs.yml: no hooks, no Python tags, absolute theme
path. Any MkDocs-1.x-compatible engine builds that folder unchanged.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

import yaml

from ..content.diagnostics import EnvironmentProblem

PROJECT_DIR = Path(__file__).resolve().parents[2]
ENGINE_CONFIG_NAME = "mkdocs.yml"


def project_config_path(root: Path) -> Path:
    """A content root may carry its own mkdocs.yml (site name, theme); otherwise the project's is used."""
    own = root / "mkdocs.yml"
    return own if own.is_file() else PROJECT_DIR / "mkdocs.yml"


def load_project_config(root: Path) -> tuple[dict, Path]:
    path = project_config_path(root)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise EnvironmentProblem(f"De site-instellingen in {path} zijn niet leesbaar: {exc}") from exc
    return data, path


def site_base_path(root: Path) -> str:
    """The URL path the site is served under (from site_url), e.g. '/routewijzer/'."""
    from urllib.parse import urlsplit

    project, _ = load_project_config(root)
    path = urlsplit(str(project.get("site_url") or "")).path or "/"
    return path if path.endswith("/") else path + "/"


def engine_config(project: dict, config_dir: Path, nav: list, extra: dict) -> dict:
    """The config the engine builds from: the project's settings, our pages, no hooks."""
    config = {key: value for key, value in project.items() if key not in ("hooks", "docs_dir", "site_dir", "nav", "watch")}
    theme = dict(config.get("theme") or {})
    custom_dir = theme.get("custom_dir")
    if custom_dir:
        theme["custom_dir"] = str((config_dir / custom_dir).resolve())
    config["theme"] = theme
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


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def run_engine(config_file: Path, site_dir: Path, source_date_epoch: int = 0) -> list[str]:
    """Build HTML with MkDocs in-process; returns the engine's warnings (which we treat as errors).

    The engine stamps pages (sitemap lastmod, gzip header) with the build time unless
    SOURCE_DATE_EPOCH is set; we set it from the content so equal content gives equal bytes.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's banner about MkDocs 2; we pin <2
    previous_epoch = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(source_date_epoch)
    handler = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    previous = logger.level
    logger.setLevel(logging.WARNING)
    try:
        config = load_config(config_file=str(config_file), site_dir=str(site_dir))
        build(config)
    except MkDocsException as exc:
        handler.messages.append(str(exc))
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
        if previous_epoch is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous_epoch
    return handler.messages
