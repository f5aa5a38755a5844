"""The review cycle as an editor meets it: `onderhoud` lists what is due per eigenaar; `check` says it in one line."""
from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys

from conftest import PROJECT

from generator.content import check
from generator.content.onderhoud import aan_de_beurt, controlepunten, plus_maanden


def run(root, *args, vandaag="2026-12-03"):
    env = {"ROUTEWIJZER_VANDAAG": vandaag, "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), *args], cwd=PROJECT,
                          capture_output=True, text=True, env=env)


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def three_states(root):
    """Overdue (regiozorg, checked 2025-06-01), due soon (the two routes, 2026-01-15 + 12 months),
    fresh (hulp-bv: its own interval of 24 months), never checked (categorie 45), and a page with front matter."""
    edit(root / "content/aanbieders/regiozorg.yaml", "laatst_gecontroleerd: 2026-01-15", "laatst_gecontroleerd: 2025-06-01")
    edit(root / "content/aanbieders/hulp-bv.yaml", "eigenaar: Testteam", "eigenaar: Team Aanbieders\n"
         "controle_interval_maanden: 24")
    (root / "content/paginas").mkdir()
    (root / "content/paginas/over.md").write_text("---\neigenaar: Webteam\nlaatst_gecontroleerd: 2026-11-01\n---\n\n"
                                                 "# Over deze site\n\nTekst.\n", encoding="utf-8")


def test_next_review_date_is_the_interval_after_the_last_check():
    assert plus_maanden(dt.date(2026, 1, 15), 12) == dt.date(2027, 1, 15)
    assert plus_maanden(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert plus_maanden(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)


def test_items_are_overdue_due_soon_or_fresh(minimal_root):
    three_states(minimal_root)
    checked = check(minimal_root)
    assert not checked.diagnostics.fouten
    punten = controlepunten(checked.content)
    te_laat, binnenkort = aan_de_beurt(punten, dt.date(2026, 12, 3))
    assert [(p.soort, p.naam, p.volgende) for p in te_laat] == [
        ("productcategorie", "45 Jeugdhulp ambulant", None), ("aanbieder", "Regiozorg", dt.date(2026, 6, 1))]
    assert [(p.naam, p.volgende) for p in binnenkort] == [
        ("Route via de huisarts", dt.date(2027, 1, 15)), ("Veiligheidsroute", dt.date(2027, 1, 15))]
    fresh = {p.naam: p for p in punten}
    assert fresh["Hulp BV"].volgende == dt.date(2028, 1, 15) and fresh["Hulp BV"].interval == 24
    assert fresh["Over deze site"].eigenaar == "Webteam" and fresh["Over deze site"].regel == 3


def test_onderhoud_lists_by_eigenaar_with_files(minimal_root):
    three_states(minimal_root)
    result = run(minimal_root, "onderhoud")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "Onderhoud op 3 december 2026: 2 te laat, 2 binnenkort (in de komende 60 dagen), 2 in orde.\n"
        "\nEigenaar: (geen eigenaar ingevuld) (1)\n"
        "  Te laat (1):\n"
        "    productcategorie '45 Jeugdhulp ambulant' — nooit gecontroleerd — content/productcodes/categorie-45.yaml:1\n"
        "\nEigenaar: Testteam (3)\n"
        "  Te laat (1):\n"
        "    aanbieder 'Regiozorg' — controle was 1 juni 2026 (laatst gecontroleerd 1 juni 2025) — "
        "content/aanbieders/regiozorg.yaml:8\n"
        "  Binnenkort (2):\n"
        "    route 'Route via de huisarts' — controle op 15 januari 2027 — zorgroutes/huisarts.yaml:10\n"
        "    route 'Veiligheidsroute' — controle op 15 januari 2027 — zorgroutes/veiligheid.yaml:11\n")


def test_onderhoud_for_one_eigenaar_and_as_csv(minimal_root, tmp_path):
    three_states(minimal_root)
    target = tmp_path / "onderhoud.csv"
    result = run(minimal_root, "onderhoud", "--eigenaar", "testteam", "--csv", str(target))
    assert result.returncode == 0, result.stderr
    assert "Eigenaar: Testteam (3)" in result.stdout and "categorie-45" not in result.stdout
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with a BOM
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert [(r["naam"], r["status"], r["volgende_controle"]) for r in rows] == [
        ("Regiozorg", "te laat", "2026-06-01"), ("Route via de huisarts", "binnenkort", "2027-01-15"),
        ("Veiligheidsroute", "binnenkort", "2027-01-15")]


def test_check_prints_one_summary_line_not_one_warning_per_item(minimal_root):
    three_states(minimal_root)
    result = run(minimal_root, "check", vandaag="2027-06-01")
    assert result.returncode == 0, result.stderr
    summary = [line for line in result.stderr.splitlines() if "controledatum" in line]
    assert summary == ["waarschuwing: 4 onderdelen zijn over hun controledatum; zie 'python -m generator onderhoud'."]
    assert "laatst_gecontroleerd]" not in result.stderr
