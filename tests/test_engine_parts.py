"""The engine's pages built by several processes give the same site, byte for byte, and the same
problems, as one process (generator/site/engine_parts.py)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.site.engine import run_engine
from generator.site.engine_parts import assign, nav_paths

pytestmark = pytest.mark.e2e


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def staged(default_site, tmp_path_factory) -> Path:
    """A private copy of the default site's docs folder and engine config."""
    target = tmp_path_factory.mktemp("staged") / "build"
    shutil.copytree(default_site.parent / ".build", target)
    return target


def build(staged: Path, out: Path, parts: int) -> tuple[dict[str, bytes], list[str]]:
    out.mkdir()
    problems = run_engine(staged / "mkdocs.yml", out, 1700000000, parts=parts)
    return files_of(out), problems


def test_every_page_and_file_is_the_same_in_two_and_three_parts(staged, tmp_path):
    one, problems = build(staged, tmp_path / "one", 1)
    assert problems == []
    for parts in (2, 3):
        split, problems = build(staged, tmp_path / f"parts{parts}", parts)
        assert problems == []
        assert split.keys() == one.keys()
        assert [name for name in one if split[name] != one[name]] == []


def test_the_parts_share_the_pages_and_part_0_keeps_the_navigation(staged):
    from mkdocs.config import load_config

    owner = owners(staged, 3)
    assert all(owner[path] == 0 for path in nav_paths(load_config(config_file=str(staged / "mkdocs.yml")).nav))
    counts = [list(owner.values()).count(part) for part in range(3)]
    assert all(count > 10 for count in counts), counts
    assert owner == owners(staged, 3)


def owners(staged: Path, parts: int) -> dict[str, int]:
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    config = load_config(config_file=str(staged / "mkdocs.yml"))
    return assign(get_files(config), nav_paths(config.nav), parts)


def test_a_broken_anchor_or_link_on_any_part_is_reported_as_by_one_process(staged, tmp_path):
    """Links between pages of different parts are checked by part 0 with the anchors the others found."""
    broken = tmp_path / "broken"
    shutil.copytree(staged, broken)
    owner = owners(broken, 2)
    chosen = [min(p for p, part in owner.items() if part == want and p.count("/") == 1) for want in (0, 1)]
    for page in chosen:
        with (broken / "docs" / page).open("a", encoding="utf-8") as f:
            f.write("\n[nergens](../begrippen/index.md#bestaat-niet) [ook niet](bestaat-niet.md)"
                    " [hier niet](#ook-hier-niet)\n")
    _, expected = build(broken, tmp_path / "one", 1)
    assert len(expected) == 6 and all(any(page in message for message in expected) for page in chosen)
    _, found = build(broken, tmp_path / "two", 2)
    assert sorted(found) == sorted(expected)


def test_a_part_that_stops_stops_the_build_with_a_message(staged, tmp_path, monkeypatch):
    """A worker that dies (killed, out of memory) must not leave its pages silently missing."""
    monkeypatch.setattr("generator.site.engine_parts.sys.executable", "/bin/false")
    _, problems = build(staged, tmp_path / "out", 2)
    assert problems == ["een deel van de bouw stopte (code 1)"]
