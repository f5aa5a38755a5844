"""A fictional contract list, imported into a fresh `init` region: the walk-through of issue 22, and the
import benchmark (not a test; run by hand).

    python benchmarks/contractlijst.py demo DIR            # 150 aanbieders, 10 gemeenten with herindelingen
    python benchmarks/contractlijst.py bench DIR --aanbieders 5000 --producten 10 --gemeenten 20

Each stage runs as its own process under /usr/bin/time, so it reports its wall-clock seconds and peak
memory (max RSS): init, import (--dry-run), import, the same import again (no file may change), check, build.
All names of aanbieders, AGB codes, KvK numbers, phone numbers and addresses are invented (.example).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import random
import subprocess
import sys
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
WORDS = ["Noorderlicht", "Wad", "Eems", "Hunze", "Dollard", "Reitdiep", "Lauwers", "Horizon", "Kompas", "Linde",
         "Esdoorn", "Molen", "Haven", "Brug", "Veld", "Terp", "Wierde", "Polder", "Dijk", "Kwelder"]
KINDS = ["Jeugdzorg", "Gezinshulp", "Jeugd-GGZ", "Pleegzorg", "Praktijk", "Stichting", "Kindertherapie", "Orthopedagogen"]
# The demo region: public gemeente names (the 2019/2021 herindelingen in Groningen, CBS), invented aanbieders.
DEMO_GEMEENTEN = [("bedum", "Bedum", "Het Hogeland"), ("de-marne", "De Marne", "Het Hogeland"),
                  ("eemsmond", "Eemsmond", "Het Hogeland"), ("winsum", "Winsum", "Het Hogeland"),
                  ("appingedam", "Appingedam", "Eemsdelta"), ("delfzijl", "Delfzijl", "Eemsdelta"),
                  ("loppersum", "Loppersum", "Eemsdelta"), ("groningen", "Groningen", None),
                  ("haren", "Haren", "Groningen"), ("ten-boer", "Ten Boer", "Groningen")]
HEADER = ["Naam aanbieder", "AGB-code", "KvK-nummer", "Productcode", "Gemeente(n)", "Ingangsdatum", "Einddatum",
          "Telefoon", "Website", "Leeftijd van", "Leeftijd tot"]


def codes(root: Path) -> list[str]:
    result = []
    for path in sorted((root / "content" / "productcodes").glob("categorie-*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        result += [c["code"] for c in data["productcodes"]]
    return result


def set_gemeenten(root: Path, gemeenten: list[tuple[str, str, str | None]]) -> None:
    """What an editor does in regio.yaml after init: the region's gemeenten, herindelingen with their source."""
    regio_path = root / "content" / "regio.yaml"
    text = regio_path.read_text(encoding="utf-8")
    head = text[:text.index("gemeenten:")]
    entries = []
    for gid, naam, nieuw in gemeenten:
        entry = {"id": gid, "naam": naam}
        if nieuw:
            entry["opgegaan_in"] = {"naam": nieuw, "bron": "cbs-gemeentelijke-indeling"}
        entries.append(entry)
    regio_path.write_text(head + yaml.safe_dump({"gemeenten": entries}, allow_unicode=True, sort_keys=False),
                          encoding="utf-8")
    bronnen = root / "content" / "bronnen.yaml"
    bronnen.write_text(bronnen.read_text(encoding="utf-8") + "  - id: cbs-gemeentelijke-indeling\n"
                       "    titel: Gemeentelijke indeling op 1 januari\n    uitgever: CBS\n    datum: jaarlijks\n"
                       "    website: https://www.cbs.nl/\n", encoding="utf-8")


def contract_rows(n_aanbieders: int, n_producten: int, gemeente_names: list[str], per_row: int, all_codes: list[str],
                  seed: int = 22) -> list[list[str]]:
    """One row per aanbieder x product, its gemeenten in one cell ("A; B"), as many contract lists have them."""
    rng = random.Random(seed)
    ggz = [c for c in all_codes if c[:2] in ("51", "52")]
    rows = []
    for i in range(n_aanbieders):
        naam = f"{WORDS[i % len(WORDS)]} {KINDS[(i // len(WORDS)) % len(KINDS)]} {i + 1}"
        agb, kvk = f"75{i:06d}", f"90{i:06d}"
        young = rng.choice([0, 0, 4, 6, 12])
        ages = ["", ""] if i % 5 == 0 else [str(young), str(rng.choice([12, 18, 23]))]  # some lists lack ages
        producten = rng.sample(all_codes, n_producten)
        if i % 4 == 0 and ggz:  # a quarter offers youth mental health care (GGZ)
            producten[0] = rng.choice(ggz)
        for code in producten:
            gemeenten = rng.sample(gemeente_names, min(per_row, len(gemeente_names)))
            ended = rng.random() < 0.03
            rows.append([naam, agb, kvk, code, "; ".join(gemeenten), "1-1-2024", "31-12-2024" if ended else "31-12-2027",
                         f"050 {i % 1000:03d} {i % 10000:04d}", f"https://{slug_host(naam)}.example/", *ages])
    return rows


def slug_host(naam: str) -> str:
    return "-".join(naam.lower().split())


def write_csv(path: Path, rows: list[list[str]]) -> None:
    """As Dutch Excel saves it: semicolons, CRLF, quotes around a cell that holds a semicolon."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows)


def stage(name: str, argv: list[str], env_root: Path | None = None) -> tuple[float, float, str]:
    """Run one stage under /usr/bin/time: (seconds, peak MB, its output)."""
    report = Path("/tmp") / f"contractlijst-time-{hashlib.sha1(name.encode()).hexdigest()[:8]}"
    run = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", str(report), sys.executable, "-m", "generator", *argv],
                         cwd=PROJECT, capture_output=True, text=True)
    seconds, kb = report.read_text().split()[-2:]
    output = (run.stdout + run.stderr).strip()
    if run.returncode not in (0,):
        print(f"{name}: exit {run.returncode}\n{output[-3000:]}")
    return float(seconds), int(kb) / 1024, output


def tree_digest(root: Path) -> str:
    h = hashlib.sha256()
    for path in sorted((root / "content" / "aanbieders").glob("*.yaml")):
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:16]


def walk(target: Path, naam: str, gemeenten, n_aanbieders: int, n_producten: int, per_row: int) -> None:
    root, site = target / "inhoud", target / "site"
    results = []
    results.append(("init", *stage("init", ["init", str(root), "--naam", naam])))
    set_gemeenten(root, gemeenten)
    rows = contract_rows(n_aanbieders, n_producten, [g[1] for g in gemeenten], per_row, codes(root))
    lijst = target / "contractlijst.csv"
    write_csv(lijst, rows)
    print(f"contractlijst: {len(rows)} regels, {lijst.stat().st_size / 1e6:.1f} MB, "
          f"{n_aanbieders} aanbieders x {n_producten} producten x {per_row} gemeenten")
    mapping = target / "mapping.yaml"  # the list as a whole: its date and owner, for every new aanbieder
    mapping.write_text("standaard: {financiering: tarief, eigenaar: Inkoopteam, peildatum: 2026-11-01, "
                       "laatst_gecontroleerd: 2026-11-15}\n", encoding="utf-8")
    imp = ["--root", str(root), "import-aanbieders", str(lijst), "--mapping", str(mapping)]
    results.append(("import --dry-run", *stage("dry", [*imp, "--dry-run"])))
    results.append(("import", *stage("import", imp)))
    first = tree_digest(root)
    results.append(("import again", *stage("again", imp)))
    assert tree_digest(root) == first, "the same list twice must change no byte"
    results.append(("check", *stage("check", ["--root", str(root), "check"])))
    results.append(("build", *stage("build", ["--root", str(root), "build", "--site-dir", str(site)])))
    print("\n| stage | seconds | peak memory |\n|---|---:|---:|")
    for name, seconds, mb, _ in results:
        print(f"| {name} | {seconds:.1f} | {mb:.0f} MB |")
    print(f"| total | {sum(r[1] for r in results):.1f} | |")
    for name, _, _, output in results:
        print(f"\n--- {name} ---\n" + "\n".join(output.splitlines()[-8:]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("soort", choices=["demo", "bench"])
    parser.add_argument("map", type=Path, help="an empty or missing folder")
    parser.add_argument("--aanbieders", type=int, default=5000)
    parser.add_argument("--producten", type=int, default=10)
    parser.add_argument("--gemeenten", type=int, default=20)
    args = parser.parse_args()
    args.map.mkdir(parents=True, exist_ok=True)
    if args.soort == "demo":
        walk(args.map, "Noordkust", DEMO_GEMEENTEN, 150, 3, 3)
    else:
        gemeenten = [(f"gemeente-{i:02d}", f"Gemeente {WORDS[i % len(WORDS)]} {i}", None) for i in range(args.gemeenten)]
        walk(args.map, "Benchmarkregio", gemeenten, args.aanbieders, args.producten, args.gemeenten)


if __name__ == "__main__":
    main()
