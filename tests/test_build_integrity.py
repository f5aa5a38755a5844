"""A build never publishes a broken site: a damaged search index is refused like a broken link."""
from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest
from conftest import PROJECT

from generator.site.search_check import IndexProblem, verify_index


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=PROJECT, capture_output=True, text=True,
                          env=env, timeout=300)


def files(site):
    return {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}


def real_pagefind() -> str:
    from pagefind.service import get_executable

    return str(get_executable())


# A Pagefind that runs and exits 0, but leaves its output damaged, as seen on a loaded machine.
DAMAGE = {
    "empty entry file": ': > "$out/pagefind-entry.json"',
    "cut fragment": 'f=$(ls "$out"/fragment/* | head -n 1); head -c 20 "$f" > "$f.x"; mv "$f.x" "$f"',
    "lost fragment": 'rm "$(ls "$out"/fragment/* | head -n 1)"',
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_search_index_is_not_published(minimal_root, tmp_path, damage):
    assert run("--root", str(minimal_root), "build").returncode == 0
    before = files(minimal_root / "site")
    fake = tmp_path / "pagefind"
    fake.write_text(f'#!/bin/sh\n"{real_pagefind()}" "$@" || exit $?\n'
                    'while [ $# -gt 0 ]; do [ "$1" = "--output-path" ] && out="$2"; shift; done\n'
                    f"{DAMAGE[damage]}\nexit 0\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    result = run("--root", str(minimal_root), "build", env={**os.environ, "PAGEFIND_BINARY_PATH": str(fake)})
    assert result.returncode == 3, result.stderr
    assert "de zoekindex is niet heel" in result.stderr and "de vorige site staat er nog" in result.stderr
    assert "Traceback" not in result.stderr
    assert files(minimal_root / "site") == before
    assert not list(minimal_root.glob(".routewijzer-*"))


def test_the_published_index_passes_its_own_check(default_site):
    verify_index(default_site / "pagefind", len(list((default_site / "pagefind" / "fragment").iterdir())))
    with pytest.raises(IndexProblem, match="er gingen er"):
        verify_index(default_site / "pagefind", 1)
