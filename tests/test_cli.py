"""The CLI as an editor uses it: exit codes, Dutch messages on stderr, no traceback, site/ untouched on failure."""
from __future__ import annotations

import re
import subprocess
import sys

from conftest import PROJECT


def run(*args, cwd=PROJECT, env=None):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=300)


def test_check_on_valid_content_exits_zero(minimal_root):
    result = run("--root", str(minimal_root), "check")
    assert result.returncode == 0, result.stderr
    assert "De inhoud is in orde: 2 routes, 2 aanbieders, 2 productcodes" in result.stdout


def test_check_reports_all_problems_and_exits_nonzero_without_traceback(minimal_root):
    route = minimal_root / "zorgroutes" / "huisarts.yaml"
    route.write_text(route.read_text().replace("actor: arts", "actor: artz").replace("naar: [klaar]", "naar: [einde]"))
    (minimal_root / "content" / "aanbieders" / "kapot.yaml").write_text("id: kapot\n\tnaam: x\n")
    result = run("--root", str(minimal_root), "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "zorgroutes/huisarts.yaml:15: fout [stappen[1].actor]: Onbekende actor 'artz'." in result.stderr
    assert "zorgroutes/huisarts.yaml:30: fout [stappen[2].naar]: Stap 'toewijzing' verwijst naar stap 'einde'" in result.stderr
    assert "content/aanbieders/kapot.yaml:2: fout: Er staat een tab-teken." in result.stderr
    assert "3 fout(en)" in result.stderr


def test_strict_turns_warnings_into_errors(minimal_root):
    stap = minimal_root / "zorgroutes" / "huisarts.yaml"
    stap.write_text(stap.read_text().replace("    beschrijving: Het team wijst toe.\n", ""))
    assert run("--root", str(minimal_root), "check").returncode == 0
    strict = run("--root", str(minimal_root), "check", "--strict")
    assert strict.returncode == 1 and "Stap 'toewijzing' heeft geen beschrijving" in strict.stderr


def test_failed_build_leaves_previous_site_byte_identical(minimal_root):
    assert run("--root", str(minimal_root), "build").returncode == 0
    before = {p: p.read_bytes() for p in (minimal_root / "site").rglob("*") if p.is_file()}
    bad = minimal_root / "zorgroutes" / "veiligheid.yaml"
    bad.write_text(bad.read_text().replace("start: signaal", "start: begin"))
    result = run("--root", str(minimal_root), "build")
    assert result.returncode == 1 and "Er is niets geschreven" in result.stderr
    after = {p: p.read_bytes() for p in (minimal_root / "site").rglob("*") if p.is_file()}
    assert after == before
    assert not list(minimal_root.glob(".routewijzer-*"))


def test_missing_graphviz_is_explained_in_dutch(minimal_root):
    import os

    env = {**os.environ, "ROUTEWIJZER_DOT": "dot-bestaat-niet"}
    result = run("--root", str(minimal_root), "build", env=env)
    assert result.returncode == 2
    assert "Graphviz ('dot') is niet gevonden. Installeer het met 'apt-get install graphviz'" in result.stderr
    assert "Traceback" not in result.stderr and not (minimal_root / "site").exists()
    assert run("--root", str(minimal_root), "build").returncode == 0
    before = {p: p.read_bytes() for p in (minimal_root / "site").rglob("*") if p.is_file()}
    assert run("--root", str(minimal_root), "build", env=env).returncode == 2
    assert {p: p.read_bytes() for p in (minimal_root / "site").rglob("*") if p.is_file()} == before


def test_two_builds_are_byte_identical(minimal_root, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert run("--root", str(minimal_root), "build", "--site-dir", str(first)).returncode == 0
    assert run("--root", str(minimal_root), "build", "--site-dir", str(second)).returncode == 0
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert [f for f in files if (first / f).read_bytes() != (second / f).read_bytes()] == []


def test_dates_in_the_output_come_from_the_content(minimal_root):
    import gzip

    assert run("--root", str(minimal_root), "build").returncode == 0
    sitemap = (minimal_root / "site" / "sitemap.xml").read_text()
    assert set(re.findall(r"<lastmod>([^<]+)</lastmod>", sitemap)) == {"2026-01-15"}
    with gzip.open(minimal_root / "site" / "sitemap.xml.gz") as handle:
        assert handle.read().decode() == sitemap
    header_mtime = int.from_bytes((minimal_root / "site" / "sitemap.xml.gz").read_bytes()[4:8], "little")
    assert header_mtime == 1768435200  # 2026-01-15T00:00:00Z
