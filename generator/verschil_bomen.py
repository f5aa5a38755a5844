"""`python -m generator verschil OUD NIEUW`: find the two content trees (folders or git revisions) and print
what changed between them (the comparison itself is content/verschil.py).
"""
from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from contextlib import ExitStack
from pathlib import Path

from .content import check
from .content.diagnostics import EnvironmentProblem
from .content.verschil import Boom, verschil

MAPPEN = ("content", "zorgroutes")


def _git(root: Path, *args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    except FileNotFoundError as exc:
        raise EnvironmentProblem("git is niet geïnstalleerd; vergelijk twee mappen in plaats van twee versies.") from exc


def uit_git(root: Path, versie: str, doel: Path) -> Path:
    """The content tree of `root` as it was in git revision `versie`, unpacked into `doel`."""
    if _git(root, "rev-parse", "--verify", "--quiet", f"{versie}^{{commit}}").returncode != 0:
        raise EnvironmentProblem(f"'{versie}' is geen map en geen git-versie van {root}.")
    prefix = _git(root, "rev-parse", "--show-prefix").stdout.decode().strip()
    bestaand = [m for m in MAPPEN if _git(root, "cat-file", "-e", f"{versie}:{prefix}{m}").returncode == 0]
    if not bestaand:
        raise EnvironmentProblem(f"In versie '{versie}' staat geen content/ of zorgroutes/ onder {root}.")
    archief = _git(root, "archive", "--format=tar", f"{versie}:{prefix}", *bestaand)
    if archief.returncode != 0:
        raise EnvironmentProblem(f"git archive lukte niet: {archief.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(archief.stdout)) as tar:
        tar.extractall(doel, filter="data")
    return doel


def boom(root: Path, naam: str, stack: ExitStack) -> tuple[Boom, str, int]:
    """(tree, how the report names it, its number of content errors)."""
    pad = Path(naam)
    if pad.is_dir():
        bron, label = pad.resolve(), f"map {naam}"
    else:
        tijdelijk = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="routewijzer-verschil-")))
        bron, label = uit_git(root, naam, tijdelijk), f"versie {naam}"
    checked = check(bron)
    return Boom(checked.content, checked.graphs), label, len(checked.diagnostics.fouten)


def rapport(root: Path, oud: str, nieuw: str) -> str:
    with ExitStack() as stack:
        (a, label_a, fouten_a), (b, label_b, fouten_b) = boom(root, oud, stack), boom(root, nieuw, stack)
        secties = verschil(a, b)
    regels = [f"Verschil tussen {label_a} (oud) en {label_b} (nieuw):"]
    for label, fouten in ((label_a, fouten_a), (label_b, fouten_b)):
        if fouten:
            regels.append(f"Let op: {label} heeft {fouten} fout(en) in de inhoud; wat niet te lezen was, "
                          "ontbreekt in de vergelijking ('python -m generator check' toont ze).")
    for kop, items in secties:
        regels += ["", kop, *(f"  - {item}" for item in items)]
    if not secties:
        regels.append("Geen verschillen in routes, aanbieders, productcategorieën of pagina's.")
    else:
        regels += ["", f"{len(secties)} onderdeel/onderdelen gewijzigd."]
    return "\n".join(regels) + "\n"
