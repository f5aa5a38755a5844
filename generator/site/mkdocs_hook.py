"""MkDocs hook (mkdocs.yml: hooks). Thin on purpose: all logic lives in generator.site.mkdocs_glue."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from generator.site import mkdocs_glue  # noqa: E402


def on_config(config):
    return mkdocs_glue.prepare(config)


def on_files(files, config):
    return mkdocs_glue.files_to_build(files, config)


def on_post_build(config):
    mkdocs_glue.after_build(config)


def on_serve(server, config, builder):
    mkdocs_glue.watch_content(server, config)
    return server
