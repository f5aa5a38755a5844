"""The shape of the code (#9): three seams with one-way arrows, no import cycles, ruff clean."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx
from conftest import PROJECT

PACKAGE = PROJECT / "generator"
# content <- pages <- site: a seam may import only the seams listed here (and the package's leaf modules).
ALLOWED = {"content": set(), "pages": {"content"}, "site": {"content", "pages"}}


def module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Absolute names of the generator modules a file imports (relative imports resolved)."""
    package = module_name(path).split(".") if path.name == "__init__.py" else module_name(path).split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                found.add(candidate if _is_module(candidate) else target)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name.split(".")[0] == "generator"}


def _is_module(name: str) -> bool:
    path = PROJECT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for path in PACKAGE.rglob("*.py"):
        graph.add_node(module_name(path))
        for target in imports_of(path):
            graph.add_edge(module_name(path), target)
    return graph


def seam(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in ALLOWED else None


def test_seams_import_only_downward():
    wrong = []
    for source, target in import_graph().edges:
        a, b = seam(source), seam(target)
        if a and b and a != b and b not in ALLOWED[a]:
            wrong.append(f"{source} -> {target}")
    assert wrong == []


def test_seams_do_not_reach_out_to_the_edges():
    """The edge modules (cli, importer, format docs) use the seams, never the other way round."""
    wrong = [f"{source} -> {target}" for source, target in import_graph().edges
             if seam(source) and target.startswith("generator.") and not seam(target)]
    assert wrong == []


def test_the_build_script_uses_the_pages_seam_through_its_entry_point():
    assert sorted(t for t in import_graph().successors("generator.site.build") if seam(t) == "pages") \
        == ["generator.pages"]


MAX_FUNCTION_LINES = 40
# Known, each being reworked by its owner this session: import-aanbieders (#22) and the command table
# that #23 added commands to (a flat list of add_argument calls).
LONG_FUNCTIONS = {"generator/import_aanbieders.py:parse_rows", "generator/import_aanbieders.py:plan", "generator/cli.py:parser"}


def test_no_function_is_longer_than_a_screen():
    long = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = f"{path.relative_to(PROJECT).as_posix()}:{node.name}"
                if node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES and name not in LONG_FUNCTIONS:
                    long.append(f"{name} ({node.end_lineno - node.lineno + 1} lines)")
    assert long == []


def test_no_import_cycles_between_modules():
    graph = import_graph()
    # a package's __init__ importing its own submodules is how an entry point works, not a cycle
    graph.remove_edges_from([(s, t) for s, t in list(graph.edges) if t.startswith(s + ".")])
    assert list(nx.simple_cycles(graph)) == []


def test_the_import_graph_sees_the_seams():
    graph = import_graph()
    assert graph.has_edge("generator.site.build", "generator.content")
    assert graph.has_edge("generator.pages.render.routes", "generator.content.catalog")


def test_ruff_is_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "generator", "tests", "benchmarks"],
                            cwd=PROJECT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_broken_link_after_the_engine_is_an_internal_error(minimal_root, tmp_path, monkeypatch):
    """Content errors are caught before the engine; a dead link in the built site is a generator bug:
    exit 3 with 'interne fout', naming the page and the link (not exit 1, 'invalid content')."""
    from generator.site import build

    real = build.make_404_portable

    def break_a_link(site, base_path):
        real(site, base_path)
        page = site / "begrippen" / "index.html"
        page.write_text(page.read_text(encoding="utf-8").replace("</article>", '<a href="../weg/">x</a></article>', 1),
                        encoding="utf-8")

    monkeypatch.setattr(build, "make_404_portable", break_a_link)
    from generator.cli import main

    assert main(["--root", str(minimal_root), "build", "--site-dir", str(tmp_path / "site")]) == 3
    assert not (tmp_path / "site").exists()


def test_readme_architecture_names_every_module():
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Architecture"):readme.index("## Content layout")]
    missing = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
               if p.name not in ("__init__.py", "__main__.py") and "render" not in p.parts and f"`{p.name}`" not in section]
    assert missing == []
