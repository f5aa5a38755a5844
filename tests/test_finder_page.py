"""The finder page stays small at any size of the region: the aanbieders and productcodes come with its
data (data/finder.json, the catalogue's code list), never in the page (2.9 MB at 50x before)."""
from __future__ import annotations

import json
import sys

from conftest import PROJECT

from generator.pages.finder_data import finder_data
from generator.pages.render.finder import render_finder
from generator.site.build import check_content

sys.path.insert(0, str(PROJECT / "benchmarks"))
from synthetic import make_tree  # noqa: E402


def test_the_finder_page_does_not_grow_with_the_aanbieders_or_codes(tmp_path):
    few = check_content(make_tree(tmp_path / "few", 2, aanbieders=5)).catalog
    many = check_content(make_tree(tmp_path / "many", 2, aanbieders=400)).catalog
    small, large = render_finder(few).markdown, render_finder(many).markdown
    assert len(many.content.aanbieders) - len(few.content.aanbieders) == 395
    assert abs(len(large) - len(small)) < 500  # the count; a zorgsoort may lose "(geen aanbieder bekend)"
    assert not any(f"aanbieders/{a.id}/" in large for a in many.content.aanbieders)
    assert len(many.codes) > 800 and not any(f'value="{code}"' in large for code in many.codes)
    assert len(large) < 30_000  # 2 x the gemeenten (the gemeente choice grows with them), yet small


def test_compact_codes_expand_to_each_aanbieders_codes(tmp_path):
    """A record names whole categories by number (at 50x the expanded lists were 3.6 MB); expanded as
    finder-match.js expandCodes does, they are exactly the aanbieder's codes."""
    catalog = check_content(make_tree(tmp_path / "x2", 2)).catalog
    data = json.loads(json.dumps(finder_data(catalog)))
    named = 0
    for r in data["aanbieders"]:
        expanded = set()
        for ref in r["c"]:
            named += ref in data["categorie_codes"]
            expanded.update(data["categorie_codes"][ref] if ref not in data["codes"] else [ref])
        assert sorted(expanded) == catalog.codes_per_aanbieder[r["id"]], r["id"]
    assert named  # some records do name a category


def test_each_record_carries_its_result_as_the_gemeente_pages_show_it():
    from generator.pages.render.aanbieder_resultaat import resultaat

    catalog = check_content(PROJECT).catalog
    records = {r["id"]: r for r in finder_data(catalog)["aanbieders"]}
    for a in catalog.content.aanbieders:
        assert records[a.id]["h"] == resultaat(a, catalog, "vinden/index.md")
