"""The JSON Schemas in a real editor engine: the YAML language server (VS Code's YAML extension), mapped by
.vscode/settings.json, shows nothing on valid content and underlines typical mistakes while typing."""
from __future__ import annotations

import json
import os
import shutil

import pytest
import yaml
from conftest import MINIMAL, PROJECT, copy_tree
from test_broken_content import CASES, apply_case
from yaml_lsp import YamlLanguageServer

from generator.json_schema import file_kinds


def executable() -> str:
    local = PROJECT / ".venv" / "npm" / "node_modules" / ".bin" / "yaml-language-server"
    found = os.environ.get("YAML_LANGUAGE_SERVER") or (str(local) if local.exists() else shutil.which("yaml-language-server"))
    if not found:
        if os.environ.get("CI"):
            pytest.fail("yaml-language-server is not installed; the README's test command installs it")
        pytest.skip("yaml-language-server not installed (see the README's test command)")
    return found


def content_files(root):
    return sorted(p for _, glob in file_kinds() for p in root.glob(glob) if p.is_file())


@pytest.fixture
def editor():
    settings = json.loads((PROJECT / ".vscode" / "settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    schemas = {(PROJECT / path).resolve().as_uri(): globs for path, globs in settings.items()}
    server = YamlLanguageServer(executable(), PROJECT, schemas)
    yield server
    server.close()


def test_default_content_shows_no_problem_in_the_editor(editor):
    files = content_files(PROJECT)
    assert len(files) >= 46
    assert {p.relative_to(PROJECT).as_posix(): d for p, d in editor.check(files).items() if d} == {}


@pytest.mark.parametrize("case, file, line, message", [
    ("unknown-field", "content/aanbieders/hulp-bv.yaml", 5, "Property omschrijvng is not allowed."),
    ("bad-date", "content/aanbieders/regiozorg.yaml", 8, "String does not match the pattern"),
    ("productcode-format-and-reference", "content/productcodes/categorie-45.yaml", 11, "String does not match the pattern"),
    ("many-problems-one-run", "content/aanbieders/hulp-bv.yaml", 4, 'Valid values: "budget", "tarief", "landelijk"'),
])
def test_broken_content_is_underlined_while_typing(editor, tmp_path, case, file, line, message):
    case_file = next(c for c in CASES if c.stem == case)
    root = copy_tree(MINIMAL, tmp_path / "root")
    apply_case(yaml.safe_load(case_file.read_text(encoding="utf-8")), root)
    shown = editor.check([root / file])[root / file]
    assert any(n == line and message in text for n, text in shown), shown


def test_hover_help_is_the_dutch_explanation(editor):
    path = PROJECT / "zorgroutes" / "huisarts.yaml"
    editor.check([path])
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text.startswith("samenvatting:"))
    assert "Een of twee zinnen: waar gaat deze route over?" in editor.hover(path, line, 3)
