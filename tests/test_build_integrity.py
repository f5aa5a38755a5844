"""A build never publishes a broken site: a damaged search index is refused like a broken link."""
from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
import sys
import time

import pytest
from conftest import PROJECT

from generator.site.search_check import IndexProblem, verify_index
from generator.site.search_index import published_records


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
    pages = len(list((default_site / "pagefind" / "fragment").iterdir()))
    records = published_records(default_site)
    assert records > 400  # every productcode row of the default catalogue
    verify_index(default_site / "pagefind", pages, records)
    with pytest.raises(IndexProblem, match="er gingen er 1 in"):
        verify_index(default_site / "pagefind", 1, records)
    with pytest.raises(IndexProblem, match="zoekbare rijen"):
        verify_index(default_site / "pagefind", pages, records + 1)


def start_build(root, *extra, env=None):
    return subprocess.Popen([sys.executable, "-m", "generator", "--root", str(root), "build", *extra], cwd=PROJECT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_two_builds_of_one_site_take_turns(minimal_root):
    """The second build waits for the first (and says for which process) instead of swapping over it."""
    from generator.site.site_lock import site_lock

    site = minimal_root / "site"
    with site_lock(site):  # a first build holding the lock, for as long as this test wants
        second = start_build(minimal_root)
        line = second.stderr.readline()  # printed once, before it waits: no timing involved
        assert "Er draait al een bouw van" in line and f"proces {os.getpid()}" in line, line
        assert second.poll() is None and not site.exists()  # still waiting, nothing written
    out, err = second.communicate(timeout=300)
    assert second.returncode == 0, err
    assert (site / "index.html").is_file()


def test_a_build_that_cannot_get_the_lock_stops_with_a_dutch_message(minimal_root):
    from generator.content.diagnostics import EnvironmentProblem
    from generator.site.build import build_site
    from generator.site.site_lock import site_lock

    with site_lock(minimal_root / "site"), pytest.raises(EnvironmentProblem, match="er draait al een bouw van .*proces"):
        build_site(minimal_root, wait=0)


def test_the_next_build_removes_what_a_killed_build_left(minimal_root, tmp_path):
    """A build killed halfway (here: while Pagefind runs) leaves its temporary folders; the next build of
    the same site removes them, and leaves another site's alone."""
    hang = tmp_path / "pagefind"
    hang.write_text(f"#!/bin/sh\ntouch {tmp_path}/pagefind-started\nexec sleep 300\n")
    hang.chmod(hang.stat().st_mode | stat.S_IXUSR)
    other = minimal_root / ".routewijzer-andere-site-abc"
    other.mkdir()
    killed = start_build(minimal_root, env={**os.environ, "PAGEFIND_BINARY_PATH": str(hang)})
    try:
        while not (tmp_path / "pagefind-started").exists():
            assert killed.poll() is None, killed.communicate()
            time.sleep(0.1)
    finally:
        killed.kill()
        killed.communicate()
    left = sorted(p.name for p in minimal_root.glob(".routewijzer-site-*"))
    assert len(left) == 2  # its staging folder and its unfinished site
    result = run("--root", str(minimal_root), "build")
    assert result.returncode == 0, result.stderr
    assert not list(minimal_root.glob(".routewijzer-site-*"))
    assert other.is_dir()


def test_the_swap_exchanges_two_folders_atomically(tmp_path):
    from generator.site.swap import exchange, publish

    old, new = tmp_path / "site", tmp_path / "nieuw"
    old.mkdir()
    (old / "index.html").write_text("oud")
    new.mkdir()
    (new / "index.html").write_text("nieuw")
    if not exchange(new, old):
        pytest.skip("renameat2(RENAME_EXCHANGE) is not available here; publish() uses two renames")
    assert (old / "index.html").read_text() == "nieuw" and (new / "index.html").read_text() == "oud"
    newer = tmp_path / "nieuwer"
    newer.mkdir()
    (newer / "index.html").write_text("nieuwer")
    publish(newer, old)
    assert (old / "index.html").read_text() == "nieuwer" and not newer.exists()


def test_publish_without_exchange_still_replaces_the_site(tmp_path):
    from generator.site.swap import publish

    old, new = tmp_path / "site", tmp_path / "nieuw"
    for folder, text in ((old, "oud"), (new, "nieuw")):
        folder.mkdir()
        (folder / "index.html").write_text(text)
    publish(new, old, atomic=False)
    assert (old / "index.html").read_text() == "nieuw" and not new.exists()
    assert not (tmp_path / ".site.oud").exists()


@contextlib.contextmanager
def small_filesystem(path, size="8m"):
    """A tmpfs of `size` at `path` (needs root and a kernel that lets us mount: CI has both)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a small filesystem needs root to mount a tmpfs (CI runs as root)")
    path.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True,
                          text=True)
    if made.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not allowed here: {made.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_a_full_disk_gives_exit_2_saying_how_much_space_is_needed(minimal_root, tmp_path):
    with small_filesystem(tmp_path / "schijf") as disk:
        site = disk / "site"
        args = ("--root", str(minimal_root), "build", "--site-dir", str(site), "--werkmap", str(tmp_path / "werk"))
        assert run(*args).returncode == 0
        before = files(site)
        free = shutil.disk_usage(disk).free
        (disk / "vulling").write_bytes(b"\0" * (free - 64 * 1024))  # leave 64 KB: the new site does not fit
        result = run(*args)
        assert result.returncode == 2, result.stderr
        assert f"de schijf is vol bij het schrijven van {disk}/" in result.stderr and "MB (zo groot als de vorige site)" in result.stderr
        assert "de vorige site staat er nog" in result.stderr and "Traceback" not in result.stderr
        assert files(site) == before
        (disk / "vulling").unlink()
        assert run(*args).returncode == 0  # and with room again it builds


def test_a_read_only_site_folder_gives_exit_2(minimal_root, tmp_path):
    with small_filesystem(tmp_path / "schijf") as disk:
        site = disk / "site"
        args = ("--root", str(minimal_root), "build", "--site-dir", str(site), "--werkmap", str(tmp_path / "werk"))
        assert run(*args).returncode == 0
        before = files(site)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        result = run(*args)
        assert result.returncode == 2, result.stderr
        assert "er mag niet geschreven worden in" in result.stderr and "Traceback" not in result.stderr
        assert files(site) == before


def test_a_missing_pagefind_program_gives_exit_2(minimal_root, tmp_path):
    result = run("--root", str(minimal_root), "build",
                 env={**os.environ, "PAGEFIND_BINARY_PATH": str(tmp_path / "geen-pagefind")})
    assert result.returncode == 2 and "Het programma van Pagefind ontbreekt" in result.stderr, result.stderr
    assert not (minimal_root / "site").exists()
