"""Shared fixtures: content trees copied to tmp, and one build of the default content per session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
MINIMAL = DATA / "minimal"


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true", help="rewrite golden files from current output")


@pytest.fixture
def update_goldens(request) -> bool:
    return request.config.getoption("--update-goldens")


def copy_tree(source: Path, target: Path) -> Path:
    for folder in ("content", "zorgroutes"):
        if (source / folder).exists():
            shutil.copytree(source / folder, target / folder)
    return target


@pytest.fixture
def minimal_root(tmp_path) -> Path:
    """A private copy of the minimal valid content tree, free to break."""
    return copy_tree(MINIMAL, tmp_path / "root")


@pytest.fixture(scope="session")
def default_site(tmp_path_factory) -> Path:
    """The default (Groningen) content, built once into a temporary root."""
    from generator.build import build_site

    root = copy_tree(PROJECT, tmp_path_factory.mktemp("default"))
    build_site(root)
    return root / "site"


@pytest.fixture(scope="session")
def minimal_site(tmp_path_factory) -> Path:
    from generator.build import build_site

    root = copy_tree(MINIMAL, tmp_path_factory.mktemp("minimal"))
    build_site(root)
    return root / "site"


def check_golden(path: Path, actual: str, update: bool) -> None:
    """Compare with a golden file; with --update-goldens, rewrite it (review the diff in the commit)."""
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        if not update:
            pytest.fail(f"golden file {path.name} did not exist; created it — review and rerun")
    assert actual == path.read_text(encoding="utf-8"), f"output differs from {path}; rerun with --update-goldens if intended"
