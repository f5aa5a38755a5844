"""Each file in data/broken/ breaks the minimal tree one way and lists the exact Dutch messages expected.

Rewrite the expectations with `pytest --update-goldens` and review the diff.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.site.build import check_content as check

CASES = sorted((Path(__file__).parent / "data" / "broken").glob("*.yaml"))


def apply_case(case: dict, root: Path) -> None:
    for patch in case.get("patch", []):
        path = root / patch["bestand"]
        text = path.read_text(encoding="utf-8")
        assert patch["van"] in text, f"patch does not apply: {patch['van']!r}"
        path.write_text(text.replace(patch["van"], patch["naar"], 1), encoding="utf-8")
    for relpath, text in (case.get("bestanden") or {}).items():
        (root / relpath).parent.mkdir(parents=True, exist_ok=True)
        (root / relpath).write_text(text, encoding="utf-8")
    for relpath, text in (case.get("bestanden_latin1") or {}).items():
        (root / relpath).write_bytes(text.encode("latin-1"))
    for relpath in case.get("mappen", []):
        (root / relpath).mkdir(parents=True)
    for relpath in case.get("verwijder", []):
        (root / relpath).unlink()


@pytest.mark.parametrize("case_file", CASES, ids=[c.stem for c in CASES])
def test_broken_case(case_file, minimal_root, update_goldens):
    case = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    apply_case(case, minimal_root)
    diagnostics = check(minimal_root).diagnostics
    actual = [d.format() for d in diagnostics.sorted() if d.niveau == "fout"]
    if update_goldens:
        case["verwacht"] = actual
        case_file.write_text(yaml.safe_dump(case, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
        return
    assert actual, "a broken case must produce at least one error"
    assert actual == case.get("verwacht"), "\n".join(actual)


def test_the_minimal_tree_itself_is_valid(minimal_root):
    assert [d.format() for d in check(minimal_root).diagnostics.fouten] == []
