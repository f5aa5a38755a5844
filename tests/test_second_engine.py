"""A second engine, proven: the generated docs folder (`.build/`) built with ProperDocs (the maintained
MkDocs 1.x fork) and with Zensical (Material's successor, pinned 0.0.73, classic look) gives the reader
the same site as MkDocs + Material: same pages, same article text, the diagrams with their step links,
the emergency bar on every page, and 0 broken links in our own link check. Search is left out: it is
engine-specific (Zensical ships its own)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from engine_compare import article_text, diagram_links, emergency_bar, missing_modules, module_scripts, pages, site_paths

from generator.site.linkcheck import check_site

pytestmark = pytest.mark.e2e
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build_properdocs(build: Path) -> Path:
    out = build / "properdocs-site"
    result = subprocess.run([sys.executable, "-m", "properdocs", "build", "-f", str(build / "mkdocs.yml"), "-d", str(out)],
                            capture_output=True, text=True, timeout=600, env=ENV)
    assert result.returncode == 0, result.stderr
    return out


def build_zensical(build: Path) -> Path:
    """Zensical has no in-process API and wants site_dir inside the project: a derived config beside docs/."""
    config = yaml.safe_load((build / "mkdocs.yml").read_text(encoding="utf-8"))
    config["site_dir"] = "zensical-site"
    config["theme"]["variant"] = "classic"  # Material's look; Zensical defaults to its modern one
    (build / "zensical.yml").write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    zensical = Path(sys.executable).with_name("zensical")
    result = subprocess.run([str(zensical), "build", "--clean", "-f", "zensical.yml"], cwd=build,
                            capture_output=True, text=True, timeout=600, env=ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    return build / "zensical-site"


@pytest.fixture(scope="module", params=["properdocs", "zensical"])
def engine_site(request, default_site, tmp_path_factory) -> Path:
    build = tmp_path_factory.mktemp(request.param) / "build"
    shutil.copytree(default_site.parent / ".build", build)
    return build_properdocs(build) if request.param == "properdocs" else build_zensical(build)


def test_same_pages(engine_site, default_site):
    assert pages(engine_site) == pages(default_site)
    assert len(pages(default_site)) > 50


def test_same_article_text_on_every_page(engine_site, default_site):
    different = [p for p in sorted(pages(default_site))
                 if article_text((engine_site / p).read_text(encoding="utf-8"))
                 != article_text((default_site / p).read_text(encoding="utf-8"))]
    assert different == []
    home = article_text((engine_site / "index.html").read_text(encoding="utf-8"))
    assert "Veiligheidsroute" in home and len(home) > 500


def test_diagrams_with_step_links_and_the_emergency_bar(engine_site, default_site):
    links = 0
    for page in sorted(pages(default_site)):
        ours, theirs = ((site / page).read_text(encoding="utf-8") for site in (default_site, engine_site))
        assert diagram_links(theirs) == diagram_links(ours), page
        links += len(diagram_links(theirs))
        if page != "404.html":
            assert emergency_bar(theirs) == emergency_bar(ours) and "112" in emergency_bar(theirs), page
    assert links > 50


def test_same_scripts_on_every_page_and_every_module_published(engine_site, default_site):
    """The site's scripts are ES modules listed once in mkdocs.yml; each engine must write the same
    <script type="module"> tags and copy the modules they import (which no page names). The 404 page
    is left out: only ours is made portable after the engine (generator/site/not_found.py)."""
    for page in sorted(pages(default_site) - {"404.html"}):
        ours, theirs = ((site / page).read_text(encoding="utf-8") for site in (default_site, engine_site))
        assert site_paths(page, module_scripts(theirs)) == site_paths(page, module_scripts(ours)), page
        assert missing_modules(engine_site, page) == [], page
    assert len(module_scripts((default_site / "index.html").read_text(encoding="utf-8"))) >= 6


def test_our_link_check_finds_nothing_broken(engine_site):
    report = check_site(engine_site, "/routewijzer/")
    assert report.broken == [] and report.ok
