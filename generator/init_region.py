"""`init DIR [--naam NAAM]`: a minimal valid content tree for a new region.

A region is a content folder and nothing else. The tree is assembled from the neutral national
set in `landelijk/` (iJw code lists, national sources, a neutral zorgsoorten split, the national
product categories and the import mapping) and the skeleton in `landelijk/sjabloon/` (regio with
the national emergency numbers, a route, a veiligheidsroute following the meldcode, one
aanbieder), with Dutch comments in every file, plus the editor schemas (`schemas/`, `.vscode/`).
It builds at once; warnings name what to fill in.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from .json_schema import schema_files

LANDELIJK = Path(__file__).resolve().parents[1] / "landelijk"
SJABLOON = LANDELIJK / "sjabloon"
# national file -> where it goes in the new tree
NATIONAL_FILES = {
    "codelijsten.yaml": "content/codelijsten.yaml",
    "bronnen.yaml": "content/bronnen.yaml",
    "zorgsoorten.yaml": "content/productcodes/zorgsoorten.yaml",
    "ijw-mapping.yaml": "content/import/ijw-mapping.yaml",
}
NAAM_PLACEHOLDER = "{naam}"


class InitError(Exception):
    """The target cannot be used (not empty, or not a folder); the message is Dutch."""


def init_region(target: Path, naam: str) -> list[str]:
    """Write the tree into `target` (which must be missing or empty); returns the files written."""
    target = Path(target)
    if target.exists() and not target.is_dir():
        raise InitError(f"{target} bestaat al en is geen map.")
    if target.is_dir() and any(target.iterdir()):
        raise InitError(f"De map {target} is niet leeg; er is niets geschreven. Kies een nieuwe of lege map.")
    naam = " ".join(naam.split()) or "Nieuwe regio"
    files: dict[str, bytes] = {}
    for path in sorted(SJABLOON.rglob("*")):
        if path.is_file():
            files[path.relative_to(SJABLOON).as_posix()] = path.read_bytes()
    for source, relpath in NATIONAL_FILES.items():
        files[relpath] = (LANDELIJK / source).read_bytes()
    files["content/FORMAAT.md"] = (LANDELIJK.parent / "content" / "FORMAAT.md").read_bytes()
    for path in sorted((LANDELIJK / "productcodes").glob("*.yaml")):
        files[f"content/productcodes/{path.name}"] = path.read_bytes()
    # the editor schemas too, so the new region's editors get checks and Dutch hover in VS Code at once
    files.update({relpath: text.encode("utf-8") for relpath, text in schema_files().items()})
    regio = files["content/regio.yaml"].decode("utf-8")
    # the name as a quoted YAML scalar (JSON strings are valid YAML), and as plain text in the comment block
    regio = regio.replace(f'"{NAAM_PLACEHOLDER}"', json.dumps(naam, ensure_ascii=False)).replace(NAAM_PLACEHOLDER, naam)
    files["content/regio.yaml"] = regio.encode("utf-8")
    target.mkdir(parents=True, exist_ok=True)
    try:
        for relpath, data in files.items():
            (target / relpath).parent.mkdir(parents=True, exist_ok=True)
            (target / relpath).write_bytes(data)
    except OSError:
        for child in target.iterdir():  # leave the folder as empty as we found it
            shutil.rmtree(child) if child.is_dir() else child.unlink()
        raise
    return sorted(files)
