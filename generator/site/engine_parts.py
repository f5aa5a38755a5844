"""The engine's pages built by several processes at once, each page's bytes as in one process.

MkDocs builds page after page in one process; on a machine with two cores half the engine's time
is spent waiting for nothing. A page's HTML depends only on its own Markdown, the navigation (whose
titles the config gives) and the theme, so the pages can be split: this process (part 0) and one
worker per other part each run MkDocs' own build over the same docs folder, each rendering only the
pages of its part. Part 0 also copies the theme and the static files, writes the theme's templates
(404, sitemap) and keeps every page of the navigation; then it takes over what each worker found
(the anchors of its pages and its pages' links to anchors) and checks all anchor links itself, as
one process would. The engine's own `dirty` mode is the switch: a file another part builds counts
as unmodified here, and is skipped.

The workers are fresh Python processes (`python -m generator.site.engine_parts`), not forks: each
holds only the engine and its own pages, so the build's memory does not double.
"""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.plugins import BasePlugin

# The engine warns that a dirty build may have stale navigation; here every page is built fresh
# into an empty folder, so the warning does not apply (engine.py drops it).
DIRTY_WARNING = "A 'dirty' build is being performed"
# A page's template and writing cost about as much as rendering this many bytes of Markdown.
PAGE_COST = 16_000
# Below this many pages a worker's start-up (about half a second) costs more than it saves.
MIN_PAGES = 300


def part_count(pages: int) -> int:
    """How many processes build the pages: one per usable core, one for a small site."""
    if pages < MIN_PAGES:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


def nav_paths(nav) -> set[str]:
    """Every docs path the navigation config names (titles come from the config, not the pages)."""
    found: set[str] = set()
    items = nav if isinstance(nav, list) else [nav]
    for item in items:
        if isinstance(item, str):
            found.add(item)
        elif isinstance(item, dict):
            for value in item.values():
                found |= nav_paths(value)
        elif isinstance(item, list):
            found |= nav_paths(item)
    return found


def assign(files, nav: set[str], parts: int) -> dict[str, int]:
    """The part that builds each page, from the docs folder alone (every part computes the same).

    Part 0 keeps the navigation's pages; the rest is cut in runs of pages in folder order, by size
    plus a fixed cost per page, so that each part gets about the same amount of work."""
    pages = [f for f in files.documentation_pages()]
    weight = {f.src_uri: os.path.getsize(f.abs_src_path) + PAGE_COST for f in pages}
    owner = {f.src_uri: 0 for f in pages if f.src_uri in nav}
    rest = [f.src_uri for f in pages if f.src_uri not in owner]
    total = sum(weight.values())
    share = total / parts
    load = [sum(weight[s] for s in owner)] + [0] * (parts - 1)
    part = 0
    for src in rest:
        while part < parts - 1 and load[part] + weight[src] / 2 > share:
            part += 1
        owner[src] = part
        load[part] += weight[src]
    return owner


def _unmodified() -> bool:
    return False


class Part(BasePlugin):
    """One part's share of MkDocs' build, with the engine's `dirty` mode skipping the others' pages."""

    def __init__(self, part: int, parts: int):
        super().__init__()
        self.part, self.parts = part, parts
        self.mine: list[str] = []
        self.found: dict[str, dict] = {}
        self.files = None
        self.workers: list[subprocess.Popen] = []
        self.results: list[Path] = []

    def on_config(self, config):
        if self.part:  # the theme's 404 page and sitemap are part 0's
            config.theme.static_templates.clear()
            config.extra_templates = []
        return config

    def on_files(self, files, config):
        owner = assign(files, nav_paths(config.nav or []), self.parts)
        self.mine = [f.src_uri for f in files.documentation_pages() if owner.get(f.src_uri) == self.part]
        for file in files:
            ours = owner.get(file.src_uri) == self.part if file.src_uri in owner else self.part == 0
            if not ours:
                file.is_modified = _unmodified
        self.files = files
        return files

    def on_post_page(self, output, page, config):
        """Note what the anchor check needs; a worker keeps it for part 0, which checks all links."""
        if self.part:
            self.found[page.file.src_uri] = {
                "ids": sorted(page.present_anchor_ids or ()),
                "links": {target.src_uri: links for target, links in (page.links_to_anchors or {}).items()}}
            page.links_to_anchors = None
        elif self.mine and page.file.src_uri == self.mine[-1]:
            self.join()
        return output

    def on_post_build(self, config):
        if self.workers:  # part 0 had no page of its own
            self.join()

    def start(self, config_file: Path, site_dir: Path) -> None:
        for part in range(1, self.parts):
            result = Path(tempfile.mkstemp(prefix="engine-part-", suffix=".json")[1])
            self.results.append(result)
            self.workers.append(subprocess.Popen(
                [sys.executable, "-m", "generator.site.engine_parts", str(config_file), str(site_dir),
                 str(part), str(self.parts), str(result)],
                stdin=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": _pythonpath()}))

    def join(self) -> None:
        """Wait for the workers and take over their anchors, links and warnings (in part order)."""
        log = logging.getLogger("mkdocs.routewijzer")
        for worker, result in zip(self.workers, self.results, strict=True):
            code = worker.wait()
            try:
                found = json.loads(result.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                found = {"warnings": [], "pages": {}, "error": f"een deel van de bouw stopte (code {code})"}
            for message in found["warnings"]:
                log.warning(message)
            if found.get("error"):
                log.error(found["error"])
            for src, data in found["pages"].items():
                page = self.files.get_file_from_path(src).page
                page.present_anchor_ids = set(data["ids"])
                page.links_to_anchors = {self.files.get_file_from_path(target): links
                                         for target, links in data["links"].items()}
        self.workers = []
        self.stop()

    def stop(self) -> None:
        for worker in self.workers:
            worker.kill()
            worker.wait()
        self.workers = []
        for result in self.results:
            result.unlink(missing_ok=True)
        self.results = []


def _pythonpath() -> str:
    here = str(Path(__file__).resolve().parents[2])
    return os.pathsep.join(p for p in [here, os.environ.get("PYTHONPATH", "")] if p)


class Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if not message.startswith(DIRTY_WARNING):
            self.messages.append(message)


def build_part(config_file: str, site_dir: str, part: int, parts: int, result: str) -> None:
    """A worker: build this part's pages into `site_dir` and write what part 0 needs to `result`."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    handler = Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    plugin = Part(part, parts)
    error = None
    try:
        config = load_config(config_file=config_file, site_dir=site_dir)
        config.plugins["routewijzer-deel"] = plugin
        build(config, dirty=True)
    except Exception as exc:  # noqa: BLE001 - reported to part 0, which stops the build
        error = f"{type(exc).__name__}: {exc}"
    Path(result).write_text(json.dumps({"warnings": handler.messages, "pages": plugin.found, "error": error}),
                            encoding="utf-8")


if __name__ == "__main__":
    build_part(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
