"""The editors' JSON Schemas: generated from the content format, committed, current, never a false alarm on
valid content, and catching typical mistakes of the broken-content corpus before `check` runs."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import MINIMAL, PROJECT
from test_broken_content import CASES, apply_case

from generator.content import check
from generator.json_schema import file_kinds, schema_files


def test_committed_schemas_are_current():
    """Regenerate with `python -m generator schemas` after changing a field in generator/content/model/."""
    for relpath, text in schema_files().items():
        assert (PROJECT / relpath).read_text(encoding="utf-8") == text, relpath
    assert sorted(p.name for p in (PROJECT / "schemas").glob("*.json")) == sorted(
        Path(r).name for r in schema_files() if r.startswith("schemas/"))


class Yaml12Loader(yaml.SafeLoader):
    """YAML 1.2 core schema, as the YAML language server reads a file: no dates, only true/false are booleans."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", __import__("re").compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                   list("tTfF"))


def as_editor_sees(value):
    """YAML as the YAML language server hands it to the schema: dates are text there."""
    if isinstance(value, dict):
        return {str(k): as_editor_sees(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_editor_sees(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return value


def schema_problems(root: Path, loader=Yaml12Loader) -> dict[str, list[str]]:
    """Every content file under root checked against the schema its glob in .vscode/settings.json gives."""
    settings = json.loads((PROJECT / ".vscode" / "settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    problems = {}
    for schema_path, globs in settings.items():
        validator = jsonschema.Draft7Validator(json.loads((PROJECT / schema_path).read_text(encoding="utf-8")))
        for path in sorted(p for g in globs for p in root.glob(g) if p.is_file()):
            try:
                data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
            except (yaml.YAMLError, UnicodeDecodeError, ValueError) as error:  # the editor shows its own YAML error
                problems[path.relative_to(root).as_posix()] = [f"YAML: {type(error).__name__}"]
                continue
            errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(as_editor_sees(data))]
            if errors:
                problems[path.relative_to(root).as_posix()] = errors
    return problems


@pytest.mark.parametrize("root", [PROJECT, MINIMAL, MINIMAL.parent / "duinkust"],
                         ids=["default content", "minimal tree", "second region"])
def test_valid_content_raises_no_false_alarm(root):
    assert not check(root).diagnostics.has_errors()
    counted = sum(1 for _, g in file_kinds() for p in root.glob(g) if p.is_file())
    assert counted >= 9
    assert schema_problems(root) == {}  # as a YAML 1.2 editor reads it
    assert schema_problems(root, yaml.SafeLoader) == {}  # as our YAML 1.1 reader does (dates as ISO text)


def test_yaml_1_1_and_1_2_forms_of_ja_nee_and_dates_are_accepted():
    validator = jsonschema.Draft7Validator(json.loads((PROJECT / "schemas/productcategorie.schema.json").read_text()))
    base = yaml.safe_load((MINIMAL / "content/productcodes/categorie-45.yaml").read_text(encoding="utf-8"))
    for ja in (True, "ja", "Nee", "yes", "NO", "off"):
        assert list(validator.iter_errors(as_editor_sees({**base, "vrij_toegankelijk": ja}))) == []
    assert list(validator.iter_errors(as_editor_sees({**base, "laatst_gecontroleerd": "2026-01-15"}))) == []
    for wrong in ("misschien", 3, "2026-1-15"):
        assert list(validator.iter_errors(as_editor_sees({**base, "vrij_toegankelijk": wrong, "laatst_gecontroleerd": wrong})))


def test_schemas_catch_mistakes_of_the_broken_corpus(tmp_path):
    from conftest import copy_tree

    caught = {}
    for case_file in CASES:
        root = copy_tree(MINIMAL, tmp_path / case_file.stem)
        apply_case(yaml.safe_load(case_file.read_text(encoding="utf-8")), root)
        caught[case_file.stem] = bool(schema_problems(root))
    for case in ("actor-not-declared-in-route", "unknown-step-target", "missing-crisis-exit"):
        assert not caught[case], "references and route rules are check's work; a schema hit here is a false alarm"
    print(f"in the editor {sum(caught.values())} of {len(caught)} broken cases show a problem: "
          + ", ".join(k for k, v in caught.items() if v))
    for expected in ("unknown-field", "bad-date", "invalid-id-and-contact", "huge-values"):
        assert caught.get(expected), expected
