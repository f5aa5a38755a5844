"""The site's JavaScript (site_theme/assets/javascripts/) outside the browser: Biome's linter finds
nothing, the pure parts pass their unit tests in Node's own test runner (tests/js/*.test.js), and every
script is loaded one way (mkdocs.yml `extra_javascript`, as an ES module). How the scripts behave on the
built site is tested in real Chromium (test_browser_*.py)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
import yaml
from conftest import PROJECT

SCRIPTS = PROJECT / "site_theme" / "assets" / "javascripts"
NODE_TESTS = PROJECT / "tests" / "js"


def tool(name: str, local: str | None = None) -> str:
    """A Node tool from the README's test command; missing: a skip outside CI, a failure in CI."""
    found = os.environ.get(name.upper()) or (local if local and os.path.exists(local) else shutil.which(name))
    if not found:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; the README's test command installs it")
        pytest.skip(f"{name} not installed (see the README's test command)")
    return found


def run(command: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=300)


def test_biome_finds_nothing():
    biome = tool("biome", str(PROJECT / ".venv" / "npm" / "node_modules" / ".bin" / "biome"))
    result = run([biome, "lint", "--error-on-warnings", "--max-diagnostics=50", "--colors=off"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_node_unit_tests_pass():
    node = tool("node")
    files = sorted(str(p.relative_to(PROJECT)) for p in NODE_TESTS.glob("*.test.js"))
    assert files, "no Node tests found in tests/js"
    result = run([node, "--test", *files])
    assert result.returncode == 0, result.stdout + result.stderr
    passed = re.search(r"^# pass (\d+)$", result.stdout, re.MULTILINE)
    assert passed and int(passed.group(1)) > 0, result.stdout


def test_every_script_is_a_module_listed_in_mkdocs_yml():
    """One way of loading: mkdocs.yml lists each script the site runs, as an ES module; the modules
    they import (dom.js and the pure parts) are files beside them, never listed and never a <script>."""
    listed = yaml.safe_load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"))["extra_javascript"]
    assert all(item.get("type") == "module" for item in listed), listed
    entries = {item["path"].removeprefix("assets/javascripts/") for item in listed}
    imported = {name.removeprefix("./") for path in SCRIPTS.glob("*.js")
                for name in re.findall(r'^import\b[^;]*?\bfrom\s+"(\./[^"]+)";', path.read_text(encoding="utf-8"), re.M)}
    assert entries | imported == {p.name for p in SCRIPTS.glob("*.js")}
    assert not entries & imported, "a module is both a page script and imported by one"


def test_no_script_tag_is_written_elsewhere():
    """Neither the generator nor the theme's templates add a script of the site (inline data and the
    404 page's <base> are not scripts that load a file)."""
    places = [*PROJECT.joinpath("generator").rglob("*.py"), *PROJECT.joinpath("site_theme").rglob("*.html")]
    offenders = [str(p.relative_to(PROJECT)) for p in places if re.search(r"<script\b[^>]*\bsrc=", p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_imported_modules_follow_static_imports_only(tmp_path):
    """generator/site/script_modules: what a page's scripts need beyond the files the page names."""
    from generator.site.script_modules import imported_modules

    js = tmp_path / "assets" / "js"
    js.mkdir(parents=True)
    (js / "page.js").write_text('import { a } from "./a.js";\nimport "./side.js";\nconst p = import("./later.js");\n')
    (js / "a.js").write_text('import { b,\n  c } from "./b.js";\nexport const a = "./not-a-module.js";\n')
    (js / "b.js").write_text('import { a } from "./a.js";\nexport { x } from "../shared/x.js";\n')
    (js / "side.js").write_text("")
    assert imported_modules(tmp_path, "assets/js/page.js") == [
        "assets/js/a.js", "assets/js/side.js", "assets/js/b.js", "assets/shared/x.js"]


def test_every_import_of_the_theme_scripts_resolves():
    from generator.site.script_modules import imported_modules

    theme = PROJECT / "site_theme"
    listed = yaml.safe_load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"))["extra_javascript"]
    needed = {m for item in listed for m in imported_modules(theme, item["path"])}
    assert {"assets/javascripts/dom.js", "assets/javascripts/words.js"} <= needed
    assert [m for m in sorted(needed) if not (theme / m).is_file()] == []
