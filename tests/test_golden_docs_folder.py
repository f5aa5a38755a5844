"""Whole-folder golden: the generated docs folder and its engine config for tests/data/minimal.

Every file the generator hands to the site engine is compared byte for byte, and so is the
list of files, so any output change (a page, a diagram, an export, the navigation) shows up
in review as a diff under tests/golden/docs-minimal/. Regenerate with
`pytest --update-goldens tests/test_golden_docs_folder.py` and review the diff in the commit.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from conftest import MINIMAL, PROJECT

from generator.site.build import check_content, generate_docs

GOLDEN = Path(__file__).parent / "golden" / "docs-minimal"
PLACEHOLDER = b"<project>"  # the engine config names the theme folder by absolute path


def generated_files(staging: Path) -> dict[str, bytes]:
    files = {}
    for path in sorted(staging.rglob("*")):
        if path.is_file():
            files[path.relative_to(staging).as_posix()] = path.read_bytes().replace(str(PROJECT).encode(), PLACEHOLDER)
    return files


def golden_files() -> dict[str, bytes]:
    return {p.relative_to(GOLDEN).as_posix(): p.read_bytes() for p in sorted(GOLDEN.rglob("*")) if p.is_file()}


def test_the_generated_docs_folder_matches_the_golden_folder(tmp_path, update_goldens):
    checked = check_content(MINIMAL)
    assert not checked.diagnostics.fouten
    generate_docs(checked, MINIMAL, tmp_path / "staging", cache_dir=tmp_path / "cache")
    actual = generated_files(tmp_path / "staging")
    assert "mkdocs.yml" in actual and "docs/index.md" in actual
    if update_goldens:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for relpath, data in actual.items():
            (GOLDEN / relpath).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / relpath).write_bytes(data)
    expected = golden_files()
    assert sorted(actual) == sorted(expected), "files added or removed; rerun with --update-goldens if intended"
    changed = [relpath for relpath in actual if actual[relpath] != expected[relpath]]
    assert changed == [], f"output differs from {GOLDEN} in {changed}; rerun with --update-goldens if intended"
