"""The search index's own rules, without a browser: which records a page gives and how they read."""
from __future__ import annotations

from generator.site.engine import without_engine_search
from generator.site.search_index import as_indexed, input_document, marked_records, page_kind

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


def test_a_page_and_its_records_are_one_document_with_a_heading_per_record():
    """At 50x content one document per record was 22,050 extra documents: twice Pagefind's memory and
    time. Records are headed sections of their page now, so Pagefind makes each a sub-result."""
    page = ('<html><head></head><body><div data-pagefind-body><h1 id="c">Categorie 45</h1><p>Uitleg.</p>'
            f'{ROW_TABLE}<figure class="rw-schema"><svg><text>label</text></svg></figure></div></body></html>')
    document, count = input_document("productcodes/45/", page, leading=False)
    assert count == 1
    assert '<meta data-pagefind-meta="rijen[content]" content="productcode">' in document
    assert ('<h6 id="45A48">45A48 — Jeugdhulp ambulant</h6><p>45A48. individueel. Zorgsoort: Ambulante jeugdhulp.'
            ' Aanbieders: Elker, Accare</p></div>') in document
    # the row itself and the diagram are cut before Pagefind reads them; the unmarked row stays
    assert 'tr id="45A48"' not in document and "<svg" not in document and "niet gemarkeerd" in document
    plain, none = input_document("begrippen/", page.replace("data-zoekresultaat", "data-x"), leading=False)
    assert none == 0 and "rijen" not in plain and "<h6" not in plain
