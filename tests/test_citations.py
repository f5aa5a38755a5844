"""Citations a reader can verify: every cited section exists in its bron, and the page names it.

The default content's citations are read as the check reads them; a section that is not in its bron's
list fails here with the file and line, so a wrong section number cannot come back.
"""
from __future__ import annotations

import re
from pathlib import Path

from generator.content import check
from generator.content.citations import citaten, delen
from generator.content.loading import load_content
from generator.pages.diagrams import Diagram
from generator.pages.render.reference import render_bronnen
from generator.pages.render.routes import render_route

PROJECT = Path(__file__).resolve().parent.parent


def test_every_citation_in_the_default_content_names_a_section_of_its_bron():
    content = load_content(PROJECT)[0]
    bronnen = {b.id: b for b in content.bronnen}
    for regionaal in ("beleidsplan-bmwe", "rigg-rapportage-2015"):
        assert len(bronnen[regionaal].secties) > 30, regionaal
    wrong, checked = [], 0
    for citaat in citaten(content):
        bron = bronnen[citaat.bron]
        if not citaat.sectie:
            continue
        assert bron.secties, f"{citaat.loc}: bron '{bron.id}' lists no sections, so '{citaat.sectie}' cannot be checked"
        for deel in delen(citaat.sectie, bron):
            checked += 1
            if deel.sectie is None:
                wrong.append(f"{citaat.loc} {citaat.veld}: '{deel.tekst}' is not a section of {bron.id}")
    assert checked > 200
    assert wrong == []


def test_the_issue_s_wrong_section_numbers_stay_fixed():
    """Section numbers a line-by-line read found pointing at the wrong place (issue 21)."""
    content = load_content(PROJECT)[0]
    by_loc = {}
    for citaat in citaten(content):
        by_loc.setdefault(str(citaat.loc.bestand), []).append(citaat.sectie or "")
    actoren = " | ".join(by_loc["content/actoren.yaml"])
    assert not re.search(r"(?<![\d.])2\.3\b", actoren) and "2.2.3" in actoren  # backoffice: berichtenverkeer is 2.2.3
    assert "2.1.1" in actoren  # gemandateerde medewerkers: 2.1.1, not 2.2.1a
    begrippen = " | ".join(by_loc["content/begrippen.yaml"])
    assert "5.8" not in begrippen  # RTA: 5.8 is cliëntparticipatie
    achtergrond = (PROJECT / "content" / "paginas" / "achtergrond.md").read_text(encoding="utf-8")
    assert "5.2 (functies" not in achtergrond and "5.4 (functies van de basisondersteuning" in achtergrond


def _with_sections(root: Path) -> None:
    path = root / "content" / "bronnen.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "    secties:\n"
                    "      - {nummer: '5.4', titel: Basisondersteuning}\n"
                    "      - {nummer: Verwijzen, titel: Verwijzen}\n"
                    "      - {nummer: Meldcode, titel: Meldcode}\n", encoding="utf-8")


def test_a_section_that_is_not_in_the_bron_is_a_dutch_error_with_a_hint(minimal_root):
    _with_sections(minimal_root)
    route = minimal_root / "zorgroutes" / "huisarts.yaml"
    route.write_text(route.read_text(encoding="utf-8").replace("sectie: Verwijzen", "sectie: '5.8 Basisondersteuning'"),
                     encoding="utf-8")
    fouten = check(minimal_root).diagnostics.fouten
    [fout] = [f for f in fouten if "bestaat niet" in f.melding]
    assert fout.locatie.bestand == "zorgroutes/huisarts.yaml" and fout.locatie.regel == 13
    assert fout.melding == "Sectie '5.8 Basisondersteuning' bestaat niet in 'doc'."
    assert fout.hint == "Bedoelde u 5.4 'Basisondersteuning'?"
    assert fout.veld.endswith("bronnen[1].sectie")


def test_a_sourced_step_without_a_section_is_a_warning(minimal_root):
    route = minimal_root / "zorgroutes" / "huisarts.yaml"
    text = route.read_text(encoding="utf-8")
    route.write_text(text.replace("bronnen: [{bron: doc, sectie: Verwijzen}]", "bronnen: [{bron: doc}]\n    herkomst: bron"),
                     encoding="utf-8")
    diagnostics = check(minimal_root).diagnostics
    assert not diagnostics.fouten
    assert any("noemt geen sectie" in w.melding for w in diagnostics.waarschuwingen)


def test_the_page_names_the_section_number_and_title():
    checked = check(PROJECT)
    catalog = checked.catalog
    route = next(r for r in catalog.content.routes if r.id == "huisarts")
    page = render_route(route, Diagram(scherm="<svg></svg>"), catalog).markdown.replace("\\", "")
    assert "**Bron:** [RIGG-rapportage 2015](" in page
    assert "§2.2.1b Doorverwijzing van een huisarts, jeugdarts of medisch specialist" in page
    bronnen = render_bronnen(catalog).markdown.replace("\\", "")
    assert "§2.2.1b Doorverwijzing van een huisarts" in bronnen
    assert "Landelijke bron, geen regionaal brondocument" in bronnen
