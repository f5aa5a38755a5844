"""Build orchestration: check everything, write to a temporary folder, swap it in only on success.

A failing build (bad content, Graphviz missing, engine error, disk full) leaves the
previous site/ untouched, because nothing is written next to it until the very end.
"""
from __future__ import annotations

import calendar
import errno
import logging
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
from .memory import release_freed_memory
from .not_found import make_portable as make_404_portable
from .offline import write_worker
from .search_check import IndexProblem
from .search_index import write_search_index
from .site_lock import site_lock
from .swap import publish
from .writer import StagingWriter


@dataclass
class BuildResult:
    checked: Checked
    pages: int
    site_dir: Path


def work_paths(site_dir: Path, werkmap: Path | None = None) -> tuple[Path, Path]:
    """Where build outputs go besides the site: the last docs folder (`.build`) and the diagram cache.

    Never the content root: they go in the folder that holds the site, or in `werkmap` if given.
    They belong to one site: the default `site/` has `.build` and `.cache`, a site named otherwise
    `.build-<name>` and `.cache-<name>`, so two sites in one parent folder never share them.
    """
    if werkmap:
        werkmap = Path(werkmap).resolve()
        return werkmap / ".build", werkmap / ".cache"
    suffix = "" if site_dir.name == "site" else f"-{site_dir.name}"
    return site_dir.parent / f".build{suffix}", site_dir.parent / f".cache{suffix}"


def temp_prefix(site_dir: Path) -> str:
    """The name every temporary folder of a build of this site starts with (`.routewijzer-<site>-`)."""
    return f".routewijzer-{site_dir.name}-"


def remove_leftovers(site_dir: Path, build_dir: Path) -> list[Path]:
    """Temporary folders a killed build of this site left behind. Called with the site's lock held, so
    no running build owns them; other sites' folders have another prefix and stay."""
    removed = []
    for folder in {site_dir.parent, build_dir.parent}:
        for path in sorted(folder.glob(temp_prefix(site_dir) + "*")) + [site_dir.with_name(f".{site_dir.name}.oud")]:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
    return removed


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


def index_or_refuse(checked: Checked, site: Path, work_dir: Path) -> int:
    """Write the search index and read it back; a site whose search is not whole is not published.

    One retry: a Pagefind run cut short (seen on a loaded machine) is not the content's fault, and a
    second run usually succeeds. Failing twice is reported like a broken link (exit 3), old site kept."""
    leading = [site_extra(checked.catalog).get("veiligheidsroute")]
    try:
        return write_search_index(site, leading, work_dir)
    except IndexProblem as exc:
        logging.getLogger(__name__).warning("De zoekindex was niet heel (%s); hij wordt opnieuw gemaakt.", exc)
        shutil.rmtree(site / "pagefind", ignore_errors=True)
    try:
        return write_search_index(site, leading, work_dir)
    except IndexProblem as exc:
        raise InternalError(f"interne fout: de zoekindex is niet heel ({exc}); er is niets gepubliceerd en de "
                            "vorige site staat er nog. Bouw opnieuw; gebeurt dit weer, meld het aan het webteam.") from exc


def _size(path: Path) -> int:
    if not path.is_dir():
        return 0
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _same_disk(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_dev == b.stat().st_dev
    except OSError:
        return False


def os_problem(exc: OSError, site_dir: Path, build_dir: Path) -> EnvironmentProblem | None:
    """A full disk or a folder we may not write to is the machine's problem, not a bug: exit 2 with what
    to do, instead of "er ging iets onverwachts mis". None for any other OSError."""
    kept = " Er is niets gepubliceerd; de vorige site staat er nog." if site_dir.exists() else ""
    where = exc.filename2 or exc.filename or site_dir.parent  # a copy names its source first
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        # the new site is written beside the old one and is about as large (with .build when it shares the disk)
        need = _size(site_dir) + (_size(build_dir) if _same_disk(build_dir, site_dir.parent) else 0)
        need_text = f"ongeveer {need / 2**20:.0f} MB (zo groot als de vorige site)" if need else "enkele tientallen MB"
        try:
            free = f"; vrij is nu {shutil.disk_usage(site_dir.parent).free / 2**20:.1f} MB"
        except OSError:
            free = ""
        return EnvironmentProblem(f"de schijf is vol bij het schrijven van {where}. Een bouw heeft naast de site "
                                  f"{need_text} vrije ruimte nodig{free}. Maak ruimte vrij of kies met --site-dir "
                                  f"een andere schijf.{kept}")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return EnvironmentProblem(f"er mag niet geschreven worden in {where} "
                                  f"({exc.strerror}). Geef schrijfrechten op die map, of kies met --site-dir (en "
                                  f"--werkmap) een map waarin dat wel mag.{kept}")
    return None


def check_content(root: Path, timings: Timings | None = None) -> Checked:
    """The content check every command runs: content rules plus links in hand-written pages, which only
    the pages seam can judge (it knows which pages the site will have)."""
    from .. import pages

    return check(root, timings, pages=pages)


def build_site(root: Path, site_dir: Path | None = None, strict: bool = False,
               timings: Timings | None = None, werkmap: Path | None = None, wait: float = 600) -> BuildResult:
    """Check, generate and build; raises ContentError or EnvironmentProblem, never half-writes site/.

    The site and the staging folder are each built in a temporary folder next to their destination,
    so the final swap is a rename on one filesystem; nothing is written into the content root
    (unless the site itself goes there, as it does by default). One build per site at a time: a
    second one waits up to `wait` seconds for the lock (site_lock.py), then gives up (exit 2).
    """
    timings = Timings() if timings is None else timings
    root = Path(root).resolve()
    site_dir = Path(site_dir).resolve() if site_dir else root / "site"
    build_dir, cache_dir = work_paths(site_dir, werkmap)
    checked = check_content(root, timings)
    if checked.diagnostics.has_errors(strict):
        raise ContentError(checked.diagnostics)
    try:
        site_dir.parent.mkdir(parents=True, exist_ok=True)
        build_dir.parent.mkdir(parents=True, exist_ok=True)
        with site_lock(site_dir, wait):
            remove_leftovers(site_dir, build_dir)
            pages = _build_and_publish(checked, root, site_dir, build_dir, cache_dir, timings)
    except OSError as exc:
        problem = os_problem(exc, site_dir, build_dir)
        if problem is None:
            raise
        raise problem from exc
    return BuildResult(checked, pages, site_dir)


def _build_and_publish(checked: Checked, root: Path, site_dir: Path, build_dir: Path, cache_dir: Path,
                       timings: Timings) -> int:
    staging = Path(tempfile.mkdtemp(prefix=temp_prefix(site_dir) + "staging-", dir=build_dir.parent))
    new_site = Path(tempfile.mkdtemp(prefix=temp_prefix(site_dir) + "site-", dir=site_dir.parent))
    try:
        pages = generate_docs(checked, root, staging, timings, cache_dir)
        release_freed_memory()  # the docs folder is on disk now
        with timings.stage("engine"):
            problems = run_engine(staging / ENGINE_CONFIG_NAME, new_site, content_epoch(checked))
        release_freed_memory()  # before Pagefind runs beside this process
        if problems:
            raise EnvironmentProblem("De site-bouwer meldde problemen:\n" + "\n".join(f"- {p}" for p in problems))
        make_404_portable(new_site, base_path(checked.content.regio.site.url))
        write_worker(new_site, *offline_pages(checked.catalog))
        with timings.stage("search"):
            index_or_refuse(checked, new_site, staging)
        with timings.stage("linkcheck"):
            refuse_broken_links(checked, new_site, base_path(checked.content.regio.site.url))
        publish(new_site, site_dir)
        publish(staging, build_dir)
    finally:
        shutil.rmtree(new_site, ignore_errors=True)
        shutil.rmtree(staging, ignore_errors=True)
    return pages


__all__ = ["build_site", "generate_docs", "BuildResult", "Diagnostics"]
