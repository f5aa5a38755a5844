"""Deterministic synthetic content at a scale factor of the default content (seeded).

Scales routes, aanbieders, productcodes and gemeenten together and keeps realistic field sizes:
synthetic routes are renamed copies of the real ones, synthetic aanbieders get descriptions,
products, werkgebied and ages drawn from the real vocabulary. Used by the benchmarks; never by
the site itself.
"""
from __future__ import annotations

import datetime
import random
import re
import shutil
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
WORDS = ["Noorderlicht", "Wad", "Eems", "Hunze", "Dollard", "Reitdiep", "Lauwers", "Horizon", "Kompas", "Linde",
         "Esdoorn", "Molen", "Haven", "Brug", "Veld", "Terp", "Wierde", "Polder", "Dijk", "Kwelder"]
KINDS = ["Jeugdzorg", "Gezinshulp", "Jeugd-GGZ", "Pleegzorg", "Orthopedagogisch centrum", "Praktijk", "Stichting"]
VORMEN = ["Gezinsbegeleiding", "Individuele begeleiding", "Groepstraining", "Ouderbegeleiding", "Diagnostiek",
          "Dagbehandeling", "Logeeropvang", "Ambulante behandeling", "Traumabehandeling", "Schoolondersteuning"]


def _dump(path: Path, data) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


def _copy_default(target: Path) -> None:
    for folder in ("content", "zorgroutes"):
        shutil.copytree(PROJECT / folder, target / folder)


def _gemeenten(target: Path, extra: int) -> list[str]:
    path = target / "content" / "regio.yaml"
    regio = yaml.safe_load(path.read_text(encoding="utf-8"))
    for i in range(extra):
        regio["gemeenten"].append({"id": f"gemeente-{i:05d}", "naam": f"Gemeente {WORDS[i % len(WORDS)]} {i}",
                                   "jeugdigen_met_jeugdhulp": {"aantal": 100 + i % 900, "periode": "2024",
                                                               "bron": "rigg-rapportage-2015"}})
    _dump(path, regio)
    return [g["id"] for g in regio["gemeenten"]]


def _codes(target: Path, extra: int, rng: random.Random) -> list[str]:
    files = sorted((target / "content" / "productcodes").glob("categorie-*.yaml"))
    categories = [(f, yaml.safe_load(f.read_text(encoding="utf-8"))) for f in files]
    codes = [p["code"] for _, c in categories for p in c["productcodes"]]
    used = set(codes)
    letters = "BCDEFGHJKLMNPQRSTUVWXYZ"
    candidates = ((path, data, f"{data['categorie']}{letter}{number:02d}")
                  for letter in letters for number in range(100) for path, data in categories)
    for i, (_path, data, code) in enumerate(candidates):  # room for 14 x 23 x 100 = 32,200 codes
        if extra <= 0:
            break
        if code in used:
            continue
        used.add(code)
        data["productcodes"].append({"code": code, "naam": f"{data['naam']}: variant {rng.choice(WORDS).lower()} {i}",
                                     "uitvoeringsvariant": rng.choice(["inspanningsgericht", "outputgericht"])})
        codes.append(code)
        extra -= 1
    for path, data in categories:
        _dump(path, data)
    return codes


def _aanbieders(target: Path, count: int, codes: list[str], gemeenten: list[str], rng: random.Random) -> None:
    categories = sorted({c[:2] for c in codes})
    for i in range(count):
        naam = f"{rng.choice(KINDS)} {rng.choice(WORDS)} {i}"
        producten = (rng.sample(categories, rng.randint(1, 2)) if rng.random() < 0.2
                     else sorted(rng.sample(codes, rng.randint(2, 25))))
        werkgebied = ["regio"] if rng.random() < 0.3 else sorted(rng.sample(gemeenten, rng.randint(1, 6)))
        low = rng.randint(0, 12)
        _dump(target / "content" / "aanbieders" / f"synthetisch-{i:05d}.yaml", {
            "id": f"synthetisch-{i:05d}", "naam": naam, "soort": "zorgaanbieder",
            "financiering": rng.choice(["budget", "tarief", "landelijk"]),
            "omschrijving": f"{naam} biedt hulp aan jeugdigen en gezinnen in de regio. "
                            f"Het team werkt met {rng.choice(VORMEN).lower()} en {rng.choice(VORMEN).lower()}, "
                            "dicht bij huis en in overleg met het basisteam.",
            "website": f"https://example.org/aanbieder-{i}", "telefoon": f"050 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            "werkgebied": werkgebied, "producten": producten,
            "doelgroep": {"min_leeftijd": low, "max_leeftijd": rng.randint(max(low, 12), 23)},
            "ondersteuningsvormen": rng.sample(VORMEN, rng.randint(1, 4)),
            "eigenaar": "Synthetisch", "laatst_gecontroleerd": datetime.date(2026, 11, 1),
        })


def _routes(target: Path, copies: int) -> None:
    originals = sorted((target / "zorgroutes").glob("*.yaml"))
    for n in range(copies):
        for path in originals:
            text = path.read_text(encoding="utf-8")
            route_id = re.search(r"^id: (\S+)", text, re.MULTILINE).group(1)
            text = re.sub(r"^id: \S+", f"id: {route_id}-k{n}", text, count=1, flags=re.MULTILINE)
            text = re.sub(r"^titel: (.+)$", lambda m, n=n: f"titel: {m.group(1).strip(chr(34))} (kopie {n})", text,
                          count=1, flags=re.MULTILINE)
            text = text.replace("soort: veiligheidsroute", "soort: zorgroute")
            (target / "zorgroutes" / f"{route_id}-k{n}.yaml").write_text(text, encoding="utf-8")


def make_tree(target: Path, factor: float = 1, aanbieders: int | None = None, seed: int = 2026) -> Path:
    """A content tree at `factor` x the default content (or with exactly `aanbieders` extra aanbieders)."""
    rng = random.Random(seed)
    target = Path(target)
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    _copy_default(target)
    extra = max(0, round(factor) - 1)
    gemeenten = _gemeenten(target, 23 * extra)
    codes = _codes(target, 441 * extra, rng)
    _aanbieders(target, aanbieders if aanbieders is not None else 18 * extra, codes, gemeenten, rng)
    _routes(target, extra)
    return target


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Write a synthetic content tree.")
    parser.add_argument("target", type=Path)
    parser.add_argument("--factor", type=float, default=10)
    parser.add_argument("--aanbieders", type=int, default=None)
    args = parser.parse_args()
    print(make_tree(args.target, args.factor, args.aanbieders))
