"""The "Toegankelijkheid" page from regio.yaml (#25): the model statement's parts in order, only what the
content declares (nothing invented when it declares nothing), and a warning when the audit is over 3 years old."""
from __future__ import annotations

from conftest import DATA

from generator.content import check
from generator.pages.render.toegankelijkheid import render_toegankelijkheid

KOPPEN = ["## Nalevingsstatus", "## Onderbouwing", "## Bekende problemen", "## Feedback en contactgegevens",
          "## Handhavingsprocedure"]


def page_of(root) -> str:
    checked = check(root)
    assert not checked.diagnostics.fouten, [d.format() for d in checked.diagnostics.fouten]
    return render_toegankelijkheid(checked.catalog).markdown


def test_a_full_statement_follows_the_model_in_order():
    page = page_of(DATA / "duinkust")
    positions = [page.index(kop) for kop in KOPPEN]
    assert positions == sorted(positions)
    assert "<strong>B - voldoet gedeeltelijk</strong>" in page
    assert "volgens WCAG-EM door Toegankelijkheidsbureau Duinkust (fictief), op 15 mei 2026" in page
    assert "geen tekstversie naast de genummerde lijst" in page
    assert 'href="mailto:toegankelijk@duinkust.example"' in page and "binnen 5 werkdagen" in page
    assert "ouder dan 3 jaar" not in page


def test_without_a_statement_the_page_says_so_and_invents_nothing(minimal_root):
    page = page_of(minimal_root)
    assert "nog geen nalevingsstatus vastgesteld" in page and "E - geen verklaring" in page
    assert "Er is geen toegankelijkheidsonderzoek van deze site vermeld" in page
    assert "De contactgegevens daarvoor zijn nog niet ingevuld" in page  # the minimal tree has no feedback address
    assert "mailto:" not in page and "tel:" not in page
    warnings = [d for d in check(minimal_root).diagnostics.waarschuwingen if d.veld == "toegankelijkheid"]
    assert len(warnings) == 1 and "geen toegankelijkheidsverklaring" in warnings[0].melding


def test_an_audit_over_three_years_old_is_warned_about_and_shown(minimal_root):
    regio = minimal_root / "content" / "regio.yaml"
    regio.write_text(regio.read_text(encoding="utf-8") + "toegankelijkheid:\n  status: B\n  onderzoek_datum: 2023-11-01\n"
                     "  onderzoek_soort: extern\n", encoding="utf-8")
    checked = check(minimal_root)  # ROUTEWIJZER_VANDAAG is 2026-11-23 in the tests
    stale = [d for d in checked.diagnostics.waarschuwingen if d.veld == "toegankelijkheid.onderzoek_datum"]
    assert len(stale) == 1 and "ouder dan 3 jaar" in stale[0].melding
    assert stale[0].locatie.bestand.endswith("regio.yaml") and stale[0].locatie.regel == len(regio.read_text().splitlines()) - 1
    assert "<strong>Dit onderzoek is ouder dan 3 jaar</strong>" in render_toegankelijkheid(checked.catalog).markdown


def test_a_status_outside_a_to_e_is_an_error_in_dutch(minimal_root):
    regio = minimal_root / "content" / "regio.yaml"
    regio.write_text(regio.read_text(encoding="utf-8") + "toegankelijkheid:\n  status: F\n", encoding="utf-8")
    errors = check(minimal_root).diagnostics.fouten
    assert any(d.veld == "toegankelijkheid.status" and "'F' is geen toegestane waarde" in d.melding for d in errors), \
        [d.format() for d in errors]
