"""What the import tests share: the vendored national list, a minimal mapping, and the command run in a subprocess."""
from __future__ import annotations

import subprocess
import sys

import yaml
from conftest import PROJECT

NATIONAL = PROJECT / "tests" / "data" / "ijw" / "standaardproductcodelijst-jeugdwet.csv"
MAPPING = {"standaard": {"zorgsoort": "ambulant", "vrij_toegankelijk": True, "expertpool_advies_verplicht": False,
                         "verwijzers": ["gemeente", "huisarts"]}}


def run(root, *args):
    """`import-productcodes` on a content root, as an editor runs it."""
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "import-productcodes", *map(str, args)],
                          cwd=PROJECT, capture_output=True, text=True, timeout=300)


def write_mapping(folder):
    path = folder / "mapping.yaml"
    path.write_text(yaml.safe_dump(MAPPING), encoding="utf-8")
    return path
