"""Zoekwoorden (#22): the everyday words on zorgsoorten, categories and begrippen reach the pages (so the
site search finds them, modelled words marked as such) and the finder data; herindelingen become today's
gemeenten for the finder."""
from __future__ import annotations

from generator.content import check
from generator.pages.finder_data import finder_data
from generator.pages.render.productcodes import render_productcodes
from generator.pages.render.reference import render_begrippen


def test_words_on_pages_and_in_the_finder(minimal_root):
    zorgsoorten = minimal_root / "content" / "productcodes" / "zorgsoorten.yaml"
    zorgsoorten.write_text(zorgsoorten.read_text(encoding="utf-8").replace(
        "omschrijving: Hulp thuis.}", "omschrijving: Hulp thuis., zoekwoorden: [angst, ADHD], zoekwoorden_herkomst: model}"),
        encoding="utf-8")
    begrippen = minimal_root / "content" / "begrippen.yaml"
    begrippen.write_text(begrippen.read_text(encoding="utf-8").replace(
        "    uitleg: Plek voor vragen over opvoeden.\n",
        "    uitleg: Plek voor vragen over opvoeden.\n    zoekwoorden: [opvoedvragen]\n    zoekwoorden_herkomst: bron\n"),
        encoding="utf-8")
    checked = check(minimal_root)
    assert not checked.diagnostics.fouten, checked.diagnostics.fouten
    catalog = checked.catalog
    index = render_productcodes(catalog).markdown
    assert ('<p class="rw-zoekwoorden">Ook gezocht als: angst, ADHD <small class="rw-model">(gekozen door de '
            "routewijzer, niet uit de bronnen)</small></p>") in index
    assert '<p class="rw-zoekwoorden">Ook gezocht als: opvoedvragen</p>' in render_begrippen(catalog).markdown
    assert finder_data(catalog)["woorden"] == [["angst", "Ambulante jeugdhulp", "z", "ambulant"],
                                               ["adhd", "Ambulante jeugdhulp", "z", "ambulant"]]


def test_todays_gemeenten_group_the_former_ones(minimal_root):
    regio = minimal_root / "content" / "regio.yaml"
    text = regio.read_text(encoding="utf-8")
    assert "id: zuid" in text
    checked = check(minimal_root)
    plain = finder_data(checked.catalog)
    assert plain["gemeenten"] == {"noord": ["noord"], "zuid": ["zuid"]}  # no herindeling: each is itself
    regio.write_text(text.replace("{id: zuid, naam: Zuid}", "{id: zuid, naam: Zuid, opgegaan_in: {naam: Midden, bron: "
                                  + _first_bron(minimal_root) + "}}", 1), encoding="utf-8")
    checked = check(minimal_root)
    assert not checked.diagnostics.fouten, checked.diagnostics.fouten
    data = finder_data(checked.catalog)
    assert data["gemeenten"] == {"midden": ["zuid"], "noord": ["noord"]}
    assert ["zuid", ["zuid"]] in data["plaatsen"] and ["midden", ["zuid"]] in data["plaatsen"]


def _first_bron(root) -> str:
    import yaml

    return yaml.safe_load((root / "content" / "bronnen.yaml").read_text(encoding="utf-8"))["bronnen"][0]["id"]
