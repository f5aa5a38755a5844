"""Cross-check with an independent, well-kept link checker (linkinator, from the npm registry).

Both must agree that the built default site has 0 broken links. linkinator does not follow links
inside inline SVG nor (in the versions that run on Node 18/20) verify #fragments; ours does both,
so here we also plant a broken page link and require both checkers to see it. The README's test
command installs linkinator into .venv/npm; without it this test is skipped, except in CI.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest
from conftest import PROJECT

from generator.site.engine import site_base_path
from generator.site.linkcheck import check_site

pytestmark = pytest.mark.e2e


def linkinator() -> str:
    local = PROJECT / ".venv" / "npm" / "node_modules" / ".bin" / "linkinator"
    found = os.environ.get("LINKINATOR") or (str(local) if local.exists() else shutil.which("linkinator"))
    if not found:
        if os.environ.get("CI"):
            pytest.fail("linkinator is not installed; the README's test command installs it")
        pytest.skip("linkinator not installed (see the README's test command)")
    return found


def run_linkinator(site) -> list[str]:
    result = subprocess.run([linkinator(), str(site), "--recurse", "--check-fragments", "--format", "json",
                             "--skip", r"^https?://(?!localhost)"], capture_output=True, text=True, timeout=600)
    report = json.loads(result.stdout)
    return sorted(link["url"] for link in report["links"] if link["state"] == "BROKEN")


def test_both_checkers_agree_the_default_site_has_no_broken_links(default_site):
    assert run_linkinator(default_site) == []
    assert check_site(default_site, site_base_path(PROJECT)).broken == []


def test_both_checkers_see_a_planted_broken_link(default_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(default_site, site)
    page = site / "aanbieders" / "elker" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</article>", '<a href="../weg/">x</a></article>'),
                    encoding="utf-8")
    assert [u.split("site/")[-1] for u in run_linkinator(site)] == ["aanbieders/weg/"]
    assert [b.target for b in check_site(site, site_base_path(PROJECT)).broken] == ["../weg/"]
