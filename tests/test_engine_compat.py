"""`mkdocs build` in a project root works through the thin hook. (ProperDocs and Zensical building the
generated folder unchanged: test_second_engine.py.)"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import PROJECT

pytestmark = pytest.mark.e2e


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
