"""The generated docs folder is engine-neutral: ProperDocs (the maintained MkDocs 1.x fork) builds it
unchanged, and `mkdocs build` in a project root works through the thin hook."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import PROJECT
from generator.site.linkcheck import check_site

pytestmark = pytest.mark.e2e


def test_properdocs_builds_the_generated_folder_unchanged(default_site, tmp_path):
    staging = default_site.parent / ".build"
    out = tmp_path / "properdocs-site"
    result = subprocess.run([sys.executable, "-m", "properdocs", "build", "-f", str(staging / "mkdocs.yml"),
                             "-d", str(out)], capture_output=True, text=True, timeout=600,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    assert (out / "zorgroutes" / "veiligheidsroute" / "index.html").is_file()
    pages = {p.relative_to(out) for p in out.rglob("*.html")}
    assert pages == {p.relative_to(default_site) for p in default_site.rglob("*.html")}
    assert check_site(out, "/routewijzer/").broken == []


def test_mkdocs_build_in_a_root_uses_the_hook(minimal_root, tmp_path):
    out = tmp_path / "mkdocs-site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(PROJECT / "mkdocs.yml"), "-d", str(out)],
                            capture_output=True, text=True, timeout=600, cwd=PROJECT,
                            env={**os.environ, "ROUTEWIJZER_ROOT": str(minimal_root), "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    html = (out / "zorgroutes" / "huisarts" / "index.html").read_text(encoding="utf-8")
    assert "Huisarts verwijst" in html and 'role="group"' in html


def test_mkdocs_build_with_invalid_content_fails_with_dutch_messages(minimal_root, tmp_path):
    route = minimal_root / "zorgroutes" / "huisarts.yaml"
    route.write_text(route.read_text().replace("start: verwijzing", "start: verwijzen"))
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(PROJECT / "mkdocs.yml"),
                             "-d", str(tmp_path / "out")], capture_output=True, text=True, timeout=600, cwd=PROJECT,
                            env={**os.environ, "ROUTEWIJZER_ROOT": str(minimal_root), "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode != 0
    assert "De startstap 'verwijzen' bestaat niet in deze route." in result.stderr + result.stdout
