from generator.content.diagnostics import Diagnostics
from generator.content.yaml_reader import decode_yaml_bytes, parse_yaml


def parse(text):
    d = Diagnostics()
    return parse_yaml(text, "x.yaml", d), [(i.locatie.regel, i.melding) for i in d]


def test_values_remember_their_lines():
    data, problems = parse("titel: A\nstappen:\n  - id: a\n  - id: b\n    naar: [c]\n")
    assert problems == []
    assert data.line_of("titel") == 1
    assert data["stappen"].line_of(1) == 4
    assert data["stappen"][1].line_of("naar") == 5


def test_duplicate_key_is_reported_with_both_lines():
    _, problems = parse("id: a\ntitel: x\nid: b\n")
    assert problems == [(3, "Het veld 'id' staat twee keer in hetzelfde blok (eerder op regel 1).")]


def test_tab_indentation_gets_a_dutch_message():
    _, problems = parse("stappen:\n\t- id: a\n")
    assert problems == [(2, "Er staat een tab-teken. YAML gebruikt alleen spaties om in te springen.")]


def test_unclosed_quote():
    _, problems = parse('titel: "open\nid: a\n')
    assert problems and problems[0][1].startswith("Een aanhalingsteken wordt niet gesloten") or "onverwacht" in problems[0][1]


def test_empty_and_comment_only_files():
    assert parse("")[1] == [(1, "Het bestand is leeg.")]
    assert parse("# alleen commentaar\n")[1] == [(1, "Het bestand bevat alleen commentaar.")]


def test_non_utf8_bytes_name_the_line():
    d = Diagnostics()
    assert decode_yaml_bytes(b"id: a\nnaam: caf\xe9\n", "x.yaml", d) is None
    assert [(i.locatie.regel, i.melding.split(" (")[0]) for i in d] == [(2, "Het bestand is niet in UTF-8 opgeslagen")]


def test_byte_order_mark_is_accepted():
    d = Diagnostics()
    assert decode_yaml_bytes("\ufeffid: a\n".encode("utf-8"), "x.yaml", d) == "id: a\n"
    assert len(d) == 0


def test_impossible_date_is_kept_as_text_for_the_field_to_report():
    data, problems = parse("laatst_gecontroleerd: 2026-13-40\n")
    assert problems == [] and data["laatst_gecontroleerd"] == "2026-13-40"


def test_a_future_date_is_judged_against_the_one_today(monkeypatch):
    """ROUTEWIJZER_VANDAAG fixes today for the date field too, not only for the staleness rules."""
    import datetime

    from generator.content.fields import Context, Datum

    diagnostics = Diagnostics()
    monkeypatch.setenv("ROUTEWIJZER_VANDAAG", "2020-01-01")
    Datum().convert(datetime.date(2020, 1, 5), Context("x.yaml", diagnostics), "peildatum", 3)
    assert [d.melding for d in diagnostics] == ["De datum 2020-01-05 ligt in de toekomst."]
    monkeypatch.setenv("ROUTEWIJZER_VANDAAG", "2020-01-10")
    assert Datum().convert(datetime.date(2020, 1, 5), Context("x.yaml", Diagnostics()), "peildatum", 3) \
        == datetime.date(2020, 1, 5)
