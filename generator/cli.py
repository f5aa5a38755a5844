"""Command line: `python -m generator check|build|serve|formaat`. The only place that decides exit codes.

Every message is Dutch; no Python traceback reaches an editor (unexpected errors are
reported as a short Dutch message with the technical detail on one line).
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .content.diagnostics import ContentError, Diagnostics, EnvironmentProblem, InternalError
from .site.engine import PROJECT_DIR


def _print_diagnostics(diagnostics: Diagnostics, strict: bool) -> None:
    for diagnostic in diagnostics.sorted():
        print(diagnostic.format(), file=sys.stderr)
    fouten, waarschuwingen = len(diagnostics.fouten), len(diagnostics.waarschuwingen)
    if fouten or (strict and waarschuwingen):
        extra = " (--strict: waarschuwingen tellen als fouten)" if strict and waarschuwingen else ""
        # Warning rules need valid content, so with errors they have not run yet: say so, not "0".
        later = " De overige waarschuwingen volgen als de fouten zijn opgelost." if fouten else ""
        print(f"\n{fouten} fout(en), {waarschuwingen} waarschuwing(en){extra}. Er is niets geschreven.{later}",
              file=sys.stderr)
    elif waarschuwingen:
        print(f"\nGeen fouten, {waarschuwingen} waarschuwing(en).", file=sys.stderr)


def cmd_check(args) -> int:
    from .site.build import check_content

    checked = check_content(args.root)
    _print_diagnostics(checked.diagnostics, args.strict)
    if checked.diagnostics.has_errors(args.strict):
        return 1
    content = checked.content
    print(f"De inhoud is in orde: {len(content.routes)} routes, {len(content.aanbieders)} aanbieders, "
          f"{len(content.productcodes)} productcodes, {len(content.gemeenten)} gemeenten, "
          f"{len(content.begrippen)} begrippen.")
    return 0


def cmd_build(args) -> int:
    from .site.build import build_site

    result = build_site(args.root, args.site_dir, strict=args.strict, werkmap=args.werkmap, wait=args.wacht)
    waarschuwingen = len(result.checked.diagnostics.waarschuwingen)
    print(f"Site gebouwd: {result.pages} pagina's in {result.site_dir}")
    if waarschuwingen:
        print(f"{waarschuwingen} waarschuwing(en); bekijk ze met 'python -m generator check'.")
    return 0


def cmd_check_links(args) -> int:
    from .content import check
    from .pages.site_settings import base_path
    from .site.link_report import page_labels
    from .site.link_report import problems as link_problems
    from .site.linkcheck import check_site

    site = (args.site_dir or args.root / "site").resolve()
    if not (site / "index.html").is_file():
        print(f"fout: er is geen gebouwde site in {site}. Bouw eerst met 'python -m generator build'.", file=sys.stderr)
        return 2  # an environment problem: 1 is reserved for invalid content
    checked = check(args.root)
    site_path = base_path(checked.content.regio.site.url if checked.content.regio else None)
    report = check_site(site, site_path)
    labels = page_labels(checked.catalog) if checked.catalog else {}
    found = link_problems(report, labels, site_path)
    for _, message in found:
        print(message, file=sys.stderr)
    problems = len(found)
    if args.extern:
        from .site.external_links import check_external

        results = check_external(report.external, site.parent / ".cache" / "externe-links.json",
                                 max_age_days=args.cache_dagen, timeout=args.timeout)
        for result in results:
            if not result.ok:
                problems += 1
                reden = f"HTTP {result.status}" if result.status else result.fout
                print(f"Externe link {result.url} werkt niet ({reden}).", file=sys.stderr)
    extern = f", {len(report.external)} externe links {'online ' if args.extern else 'op vorm '}gecontroleerd"
    print(f"{report.links} links op {report.pages} pagina's gecontroleerd{extern}: {problems} probleem/problemen.")
    return 1 if problems else 0


def _missing_import_file(args) -> bool:
    """Both importers take a list and an optional mapping: say which of them is not there."""
    for soort, pad in (("het bestand", args.bestand), ("de mapping", args.mapping)):
        if pad and not pad.is_file():
            print(f"fout: {soort} {pad} bestaat niet.", file=sys.stderr)
            return True
    return False


def _import_succeeded(result) -> bool:
    """Both importers return notes and diagnostics: print them; nothing was written when there are errors."""
    for note in result.notes:
        print(note)
    if result.diagnostics.fouten or result.diagnostics.waarschuwingen:
        _print_diagnostics(result.diagnostics, False)
    return not result.diagnostics.fouten


def cmd_import(args) -> int:
    from .importer import run_import

    if _missing_import_file(args):
        return 1
    result = run_import(args.bestand, args.root, args.mapping, args.force)
    if not _import_succeeded(result):
        return 1
    print(f"{result.imported} productcodes ingelezen in {len(result.files)} bestand(en); "
          f"{result.skipped} regel(s) overgeslagen (zie hierboven).")
    return 0


def cmd_import_aanbieders(args) -> int:
    from .import_aanbieders import run, summary

    if _missing_import_file(args):
        return 1
    result = run(args.bestand, args.root, args.mapping, args.force, args.dry_run)
    if not _import_succeeded(result):
        return 1
    for line in summary(result, args.dry_run, args.force):
        print(line)
    return 0


def cmd_schemas(args) -> int:
    from .json_schema import schema_files

    for relpath, text in schema_files().items():
        path = PROJECT_DIR / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"geschreven: {relpath}")
    return 0


def cmd_serve(args) -> int:
    from .site.preview import serve

    serve(args.root, args.dev_addr)
    return 0


def cmd_onderhoud(args) -> int:
    from .content.onderhoud import controlepunten
    from .content.today import vandaag
    from .onderhoud_lijst import csv_tekst, selecteer, tekst
    from .site.build import check_content

    checked = check_content(args.root)
    if checked.diagnostics.fouten:
        raise ContentError(checked.diagnostics)
    punten = selecteer(controlepunten(checked.content), args.eigenaar)
    if args.eigenaar and not punten:
        print(f"Geen onderdelen met eigenaar '{args.eigenaar}'.", file=sys.stderr)
    today = vandaag()
    if args.csv:
        args.csv.write_text(csv_tekst(punten, today), encoding="utf-8-sig")  # the BOM: Excel then reads UTF-8
        print(f"geschreven: {args.csv} ({len(punten)} onderdelen)")
    print(tekst(punten, today), end="")
    return 0


def cmd_verschil(args) -> int:
    from .verschil_bomen import rapport

    print(rapport(args.root, args.oud, args.nieuw), end="")
    return 0


def cmd_init(args) -> int:
    from .init_region import InitError, init_region

    try:
        files = init_region(args.map, args.naam)
    except InitError as exc:
        print(f"fout: {exc}", file=sys.stderr)
        return 2
    print(f"Nieuwe inhoud voor regio '{args.naam}' gemaakt in {args.map}: {len(files)} bestanden.\n"
          f"Volgende stappen: vul alles in waar [invullen] staat ('python -m generator --root {args.map} check' "
          f"wijst elke plek aan); elk bestand en veld staat uitgelegd in {args.map}/content/FORMAAT.md. "
          f"Bouwen: 'python -m generator --root {args.map} build'.")
    return 0


def cmd_formaat(args) -> int:
    from .format_docs import format_reference

    print(format_reference())
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m generator", description="Routewijzer jeugdhulp: controleer en bouw de site.")
    p.add_argument("--root", type=Path, default=PROJECT_DIR, help="map met content/ en zorgroutes/ (standaard: dit project)")
    sub = p.add_subparsers(dest="command", required=True, metavar="opdracht")
    c = sub.add_parser("check", help="controleer alle inhoud en meld elke fout")
    c.add_argument("--strict", action="store_true", help="waarschuwingen tellen als fouten")
    c.set_defaults(func=cmd_check)
    b = sub.add_parser("build", help="bouw de site in site/")
    b.add_argument("--strict", action="store_true", help="waarschuwingen tellen als fouten")
    b.add_argument("--site-dir", type=Path, default=None, help="waar de site komt (standaard: <root>/site)")
    b.add_argument("--werkmap", type=Path, default=None,
                   help="waar .build/ (de laatste docs-map) en .cache/ (schema's) komen (standaard: de map waar de site in staat)")
    b.add_argument("--wacht", type=float, default=600, metavar="SECONDEN",
                   help="hoe lang een bouw wacht als dezelfde site al gebouwd wordt (standaard 600)")
    b.set_defaults(func=cmd_build)
    k = sub.add_parser("check-links", help="controleer alle links in de gebouwde site")
    k.add_argument("--site-dir", type=Path, default=None, help="de gebouwde site (standaard: <root>/site)")
    k.add_argument("--extern", action="store_true", help="controleer externe links ook online (met cache)")
    k.add_argument("--cache-dagen", type=float, default=7, help="hoe lang een online resultaat geldig blijft")
    k.add_argument("--timeout", type=float, default=10, help="seconden per externe link")
    k.set_defaults(func=cmd_check_links)
    i = sub.add_parser("import-productcodes", help="lees een productlijst (Excel-werkmap of CSV) in")
    i.add_argument("bestand", type=Path, help="het Excel- of CSV-bestand (.xlsx, .xls, .ods, .csv, .txt)")
    i.add_argument("--mapping", type=Path, default=None, help="YAML met kolomnamen en standaardwaarden per categorie")
    i.add_argument("--force", action="store_true", help="vervang ook met de hand bewerkte categoriebestanden")
    i.set_defaults(func=cmd_import)
    a = sub.add_parser("import-aanbieders", help="lees de contractlijst met aanbieders (Excel-werkmap of CSV) in")
    a.add_argument("bestand", type=Path, help="het Excel- of CSV-bestand (.xlsx, .xls, .ods, .csv, .txt)")
    a.add_argument("--mapping", type=Path, default=None, help="YAML met kolomnamen en standaardwaarden voor nieuwe aanbieders")
    a.add_argument("--dry-run", action="store_true", help="toon wat er zou veranderen, zonder iets te schrijven")
    a.add_argument("--force", action="store_true", help="verwijder ook aanbieders die niet meer in de lijst staan")
    a.set_defaults(func=cmd_import_aanbieders)
    s = sub.add_parser("serve", help="voorbeeld met automatisch verversen op http://127.0.0.1:8000")
    s.add_argument("--dev-addr", default="127.0.0.1:8000", help="adres:poort")
    s.set_defaults(func=cmd_serve)
    o = sub.add_parser("onderhoud", help="wat moet worden nagekeken: te laat en binnenkort, per eigenaar")
    o.add_argument("--eigenaar", default=None, help="alleen de onderdelen van deze eigenaar (een deel van de naam is genoeg)")
    o.add_argument("--csv", type=Path, default=None, help="schrijf ook alle onderdelen met hun status naar dit CSV-bestand")
    o.set_defaults(func=cmd_onderhoud)
    v = sub.add_parser("verschil", help="wat er inhoudelijk veranderd is tussen twee versies van de inhoud")
    v.add_argument("oud", help="de oude inhoud: een map met content/ en zorgroutes/, of een git-versie (zoals HEAD~1)")
    v.add_argument("nieuw", help="de nieuwe inhoud: een map (zoals .) of een git-versie")
    v.set_defaults(func=cmd_verschil)
    n = sub.add_parser("init", help="maak een nieuwe, lege inhoudsmap voor een andere regio")
    n.add_argument("map", type=Path, help="de nieuwe (of lege) map")
    n.add_argument("--naam", default="Nieuwe regio", help="naam van de regio, zoals op de site")
    n.set_defaults(func=cmd_init)
    f = sub.add_parser("formaat", help="toon de uitleg van alle velden van de inhoud")
    f.set_defaults(func=cmd_formaat)
    j = sub.add_parser("schemas", help="schrijf de JSON Schema's voor editors (schemas/, .vscode/settings.json)")
    j.set_defaults(func=cmd_schemas)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    args.root = args.root.resolve()
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    if args.command != "init" and not args.root.is_dir():
        print(f"fout: de map {args.root} (--root) bestaat niet.", file=sys.stderr)
        return 2
    try:
        return args.func(args)
    except ContentError as exc:
        _print_diagnostics(exc.diagnostics, getattr(args, "strict", False))
        return 1
    except EnvironmentProblem as exc:
        print(f"fout: {exc}", file=sys.stderr)
        return 2
    except InternalError as exc:
        print(f"fout: {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # last resort: never show an editor a traceback
        print(f"fout: er ging iets onverwachts mis ({type(exc).__name__}: {exc}). "
              "Meld dit aan het webteam, met de opdracht die u gaf.", file=sys.stderr)
        return 3
