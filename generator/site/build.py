"""Build orchestration: check everything, write to a temporary folder, swap it in only on success.

A failing build (bad content, Graphviz missing, engine error, disk full) leaves the
previous site/ untouched, because nothing is written next to it until the very end.
"""
from __future__ import annotations

import calendar
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..content import Checked, check
from ..content.diagnostics import ContentError, Diagnostics, EnvironmentProblem, InternalError
from ..content.timings import Timings
from ..pages import base_path, generate, offline_pages, site_extra
from .app_files import app_files, theme_colour
from .engine import ENGINE_CONFIG_NAME, dump_config, engine_config, load_project_config, run_engine
from .link_report import page_labels
from .link_report import problems as link_problems
from .linkcheck import check_site
from .not_found import make_portable as make_404_portable
from .offline import write_worker
from .search_index import write_search_index
from .writer import StagingWriter


@dataclass
class BuildResult:
    checked: Checked
    pages: int
    site_dir: Path


def work_paths(site_dir: Path, werkmap: Path | None = None) -> tuple[Path, Path]:
    """Where build outputs go besides the site: the last docs folder (`.build`) and the diagram cache.

    Never the content root: they go in the folder that holds the site, or in `werkmap` if given.
    """
    werkmap = Path(werkmap).resolve() if werkmap else site_dir.parent
    return werkmap / ".build", werkmap / ".cache"


def generate_docs(checked: Checked, root: Path, staging: Path, timings: Timings | None = None,
                  cache_dir: Path | None = None) -> int:
    """Write the docs folder and its engine config into `staging`; returns the number of pages."""
    timings = Timings() if timings is None else timings
    cache = cache_dir or root / ".cache"
    docs = generate(checked.catalog, cache, timings)
    project, _ = load_project_config(root)
    config = engine_config(project, docs.navigation, docs.extra, docs.settings)
    config["extra"]["themakleur"] = theme_colour(config)  # the browser bar's colour, as in the manifest
    with timings.stage("write"):
        writer = StagingWriter(staging / "docs")
        for relpath, data in docs.files:
            writer.write(relpath, data)
        for relpath, data in app_files(config, checked.catalog.content.regio.site, cache).items():
            writer.write(relpath, data)
        writer.remove_stale()
    (staging / ENGINE_CONFIG_NAME).write_text(dump_config(config), encoding="utf-8")
    return docs.pages


def content_epoch(checked: Checked) -> int:
    latest = checked.catalog.latest_check()
    return calendar.timegm(latest.timetuple()) if latest else 0


def refuse_broken_links(checked: Checked, site: Path, base_path: str) -> None:
    """A site with a dead link or an unreachable page is not published: the old site stays.

    Content errors were all caught before the engine ran, so a broken link here is the generator's own
    fault: an internal error (exit 3) naming each page and link, never "invalid content" (exit 1)."""
    report = check_site(site, base_path)
    if report.ok:
        return
    found = link_problems(report, page_labels(checked.catalog), base_path)
    lines = "\n".join(f"- {message}" for _, message in found)
    raise InternalError(f"interne fout: de gebouwde site heeft {len(found)} kapotte link(s); er is niets "
                        f"gepubliceerd en de vorige site staat er nog. Dit is een fout in de generator, niet in "
                        f"de inhoud; meld het aan het webteam.\n{lines}")


def _swap_in(new: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}.oud")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    new.rename(target)
    if old.exists():
        shutil.rmtree(old)


def check_content(root: Path, timings: Timings | None = None) -> Checked:
    """The content check every command runs: content rules plus links in hand-written pages, which only
    the pages seam can judge (it knows which pages the site will have)."""
    from .. import pages

    return check(root, timings, pages=pages)


def build_site(root: Path, site_dir: Path | None = None, strict: bool = False,
               timings: Timings | None = None, werkmap: Path | None = None) -> BuildResult:
    """Check, generate and build; raises ContentError or EnvironmentProblem, never half-writes site/.

    The site and the staging folder are each built in a temporary folder next to their destination,
    so the final swap is a rename on one filesystem; nothing is written into the content root
    (unless the site itself goes there, as it does by default).
    """
    timings = Timings() if timings is None else timings
    root = Path(root).resolve()
    site_dir = Path(site_dir).resolve() if site_dir else root / "site"
    build_dir, cache_dir = work_paths(site_dir, werkmap)
    checked = check_content(root, timings)
    if checked.diagnostics.has_errors(strict):
        raise ContentError(checked.diagnostics)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    build_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".routewijzer-staging-", dir=build_dir.parent))
    new_site = Path(tempfile.mkdtemp(prefix=".routewijzer-site-", dir=site_dir.parent))
    try:
        pages = generate_docs(checked, root, staging, timings, cache_dir)
        with timings.stage("engine"):
            problems = run_engine(staging / ENGINE_CONFIG_NAME, new_site, content_epoch(checked))
        if problems:
            raise EnvironmentProblem("De site-bouwer meldde problemen:\n" + "\n".join(f"- {p}" for p in problems))
        make_404_portable(new_site, base_path(checked.content.regio.site.url))
        write_worker(new_site, *offline_pages(checked.catalog))
        with timings.stage("search"):
            write_search_index(new_site, [site_extra(checked.catalog).get("veiligheidsroute")])
        with timings.stage("linkcheck"):
            refuse_broken_links(checked, new_site, base_path(checked.content.regio.site.url))
        _swap_in(new_site, site_dir)
        _swap_in(staging, build_dir)
    finally:
        shutil.rmtree(new_site, ignore_errors=True)
        shutil.rmtree(staging, ignore_errors=True)
    return BuildResult(checked, pages, site_dir)


__all__ = ["build_site", "generate_docs", "BuildResult", "Diagnostics"]
