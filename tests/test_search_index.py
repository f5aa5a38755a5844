"""The search index's own rules, without a browser: which records a page gives and how they read."""
from __future__ import annotations

from generator.site.engine import without_engine_search
from generator.site.search_index import as_indexed, marked_records, page_kind

ROW_TABLE = ('<table><thead><tr><th>Code</th><th>Naam</th><th>Zorgsoort</th><th>Aanbieders</th></tr></thead>'
             '<tbody><tr id="45A48" data-zoekresultaat="productcode"><th scope="row"><a href="#45A48">45A48</a></th>'
             '<td>Jeugdhulp ambulant<br><small>individueel</small></td><td>Ambulante jeugdhulp</td>'
             '<td><a href="x">Elker</a>, <a href="y">Accare</a></td></tr>'
             '<tr id="gewoon"><td>niet gemarkeerd</td></tr></tbody></table>')


def test_a_marked_row_reads_as_sentences_not_a_flattened_table():
    [(record, columns)] = marked_records(ROW_TABLE)
    assert record.anchor == "45A48" and record.kind == "productcode"
    assert record.title() == "45A48 — Jeugdhulp ambulant"
    assert record.content(columns) == "45A48. individueel. Zorgsoort: Ambulante jeugdhulp. Aanbieders: Elker, Accare"


def test_page_kinds_follow_the_folders():
    assert page_kind("zorgroutes/huisarts/") == "route"
    assert page_kind("zorgroutes/") == "overig"  # the overview is not a route
    assert page_kind("aanbieders/elker/") == "aanbieder"
    assert page_kind("begrippen/") == "begrip"
    assert page_kind("gemeenten/winsum/") == "overig"


def test_the_indexed_page_carries_its_kind_and_a_weighted_lead():
    html = '<html><head></head><body><h1 id="t">Titel</h1>\n<p>Waar het over gaat.</p><p>Meer.</p></body></html>'
    indexed = as_indexed(html, "route", leading=True)
    assert '<meta data-pagefind-meta="soort[content]" content="route">' in indexed
    assert 'data-pagefind-meta="voorrang[content]"' in indexed
    assert '<p data-pagefind-weight="8">Waar het over gaat.</p><p>Meer.</p>' in indexed
    assert "voorrang" not in as_indexed(html, "route")


def test_engine_search_plugin_is_always_left_out():
    assert without_engine_search(None) == []
    assert without_engine_search(["search", "tags"]) == ["tags"]
    assert without_engine_search([{"search": {"lang": "nl"}}, {"tags": {"x": 1}}]) == [{"tags": {"x": 1}}]
    assert without_engine_search({"material/search": {}, "tags": None}) == ["tags"]
