"""`verschil`: what a change means for the route, not which lines moved (golden output)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import MINIMAL, PROJECT, copy_tree

GOLDEN = Path(__file__).parent / "golden" / "verschil"


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def changed_copy(root: Path) -> Path:
    """The minimal tree with one of each kind of change an editor makes."""
    copy_tree(MINIMAL, root)
    route = root / "zorgroutes/huisarts.yaml"
    edit(route, "voorwaarde: specialistische hulp", "voorwaarde: specialistische jeugdhulp nodig")  # condition
    edit(route, "    naar: [klaar]\n", "    naar: [start-hulp]\n")  # transition retargeted to a new step
    edit(route, "  - id: klaar\n", "  - id: start-hulp\n    bronnen: [{bron: doc}]\n    titel: De hulp begint\n"
         "    actor: team\n    beschrijving: De aanbieder start.\n    naar: [klaar]\n  - id: klaar\n")  # step added
    edit(route, "    actor: team\n    beschrijving: Het team wijst toe.", "    actor: arts\n    beschrijving: Het team wijst toe.")
    aanbieder = root / "content/aanbieders/regiozorg.yaml"
    edit(aanbieder, "omschrijving: Werkt in de hele regio.", "omschrijving: Werkt in de hele regio, ook 's avonds.\n"
         "telefoon: 050-1234567")
    edit(aanbieder, 'producten: ["45"]', "producten: [45A01]")
    return root


def run(*args, cwd=PROJECT):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


def check_golden(name: str, text: str, update: bool) -> None:
    path = GOLDEN / name
    if update:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_two_folders(tmp_path, update_goldens):
    nieuw = changed_copy(tmp_path / "nieuw")
    result = run("verschil", str(MINIMAL), str(nieuw))
    assert result.returncode == 0, result.stderr
    check_golden("twee-mappen.txt", result.stdout.replace(str(MINIMAL), "OUD").replace(str(nieuw), "NIEUW"),
                 update_goldens)


def test_two_git_revisions(tmp_path, update_goldens):
    repo = tmp_path / "repo"
    copy_tree(MINIMAL, repo)
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "oud"], check=True)
    for folder in ("content", "zorgroutes"):
        shutil.rmtree(repo / folder)
    changed_copy(repo)
    subprocess.run([*git, "commit", "-qam", "nieuw"], check=True)
    result = run("--root", str(repo), "verschil", "HEAD~1", "HEAD")
    assert result.returncode == 0, result.stderr
    folders = (GOLDEN / "twee-mappen.txt").read_text(encoding="utf-8")
    assert result.stdout.split("\n", 1)[1] == folders.split("\n", 1)[1]  # same findings as the two folders
    assert result.stdout.startswith("Verschil tussen versie HEAD~1 (oud) en versie HEAD (nieuw):")


def test_unknown_revision_is_a_dutch_error(minimal_root):
    result = run("--root", str(minimal_root), "verschil", "bestaat-niet", str(minimal_root))
    assert result.returncode == 2
    assert "'bestaat-niet' is geen map en geen git-versie" in result.stderr and "Traceback" not in result.stderr
