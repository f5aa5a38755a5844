"""Valid but doubtful content gives warnings (errors only under --strict)."""
import datetime as dt

from generator.content import check
from generator.content.diagnostics import Diagnostics
from generator.content.warning_rules import check_warnings


def warnings_for(root, today):
    checked = check(root)
    assert not checked.diagnostics.fouten
    diagnostics = Diagnostics()
    check_warnings(checked.catalog, diagnostics, today=today)
    return [f"{d.locatie}: {d.melding}" for d in diagnostics.sorted()]


def test_each_kind_of_warning(minimal_root):
    route = minimal_root / "zorgroutes" / "huisarts.yaml"
    route.write_text(route.read_text().replace("    beschrijving: Het team wijst toe.\n", ""))
    hulp = minimal_root / "content" / "aanbieders" / "hulp-bv.yaml"
    hulp.write_text(hulp.read_text().replace("laatst_gecontroleerd: 2026-01-15", "laatst_gecontroleerd: 2024-03-01"))
    regiozorg = minimal_root / "content" / "aanbieders" / "regiozorg.yaml"
    regiozorg.write_text(regiozorg.read_text().replace('producten: ["45"]', "producten: [45A01]"))
    veiligheid = minimal_root / "zorgroutes" / "veiligheid.yaml"
    veiligheid.write_text(veiligheid.read_text().replace("  - id: vermoeden\n    herkomst: model\n", "  - id: vermoeden\n"))
    assert warnings_for(minimal_root, dt.date(2026, 6, 1)) == [
        # hulp-bv (2024-03-01) and categorie 45 (never checked): one line for both, not one each
        ": 2 onderdelen zijn over hun controledatum; zie 'python -m generator onderhoud'.",
        "content/aanbieders/regiozorg.yaml:1: Aanbieder 'Regiozorg' heeft geen website, telefoonnummer of "
        "e-mailadres: bezoekers kunnen geen contact opnemen.",
        "content/productcodes/categorie-45.yaml:1: 1 van de 2 productcodes in categorie 45 worden door geen "
        "aanbieder geleverd (45A02).",
        "content/regio.yaml:1: Er is geen toegankelijkheidsverklaring: de pagina 'Toegankelijkheid' zegt dat er "
        "nog geen verklaring is.",
        "zorgroutes/huisarts.yaml:24: Stap 'toewijzing' heeft geen beschrijving.",
        "zorgroutes/veiligheid.yaml:24: Stap 'vermoeden' noemt geen bron en is niet gemarkeerd als gemodelleerde "
        "werkwijze.",
    ]
