"""The search index's own rules, without a browser: which records a page gives and how they read."""
from __future__ import annotations

from generator.site.engine import without_engine_search
from generator.site.search_index import RECORDS_PER_DOCUMENT, as_indexed, input_documents, marked_records, page_kind

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


def test_records_are_headed_sections_of_a_few_documents_that_name_their_page():
    """One document per record was 22,050 extra documents at 50x content (twice Pagefind's memory and
    time); all records in their page's document made a fragment grow with the catalogue. Records go
    into documents of RECORDS_PER_DOCUMENT headed sections, each naming its page."""
    rows = "".join(ROW_TABLE.split("<tbody>")[1].split("<tr id=\"gewoon\">")[0].replace("45A48", f"45A{n:02d}")
                   for n in range(RECORDS_PER_DOCUMENT + 1))
    table = ROW_TABLE.replace(ROW_TABLE.split("<tbody>")[1].split("<tr id=\"gewoon\">")[0], rows)
    page = ('<html><head></head><body><div data-pagefind-body><h1 id="c">Categorie 45 &amp; meer'
            '<a class="headerlink" href="#c">&para;</a></h1><p>Uitleg.</p>'
            f'{table}<figure class="rw-schema"><svg><text>label</text></svg></figure></div></body></html>')
    document, grouped, count = input_documents("productcodes/45/", page, leading=False)
    assert count == RECORDS_PER_DOCUMENT + 1 and len(grouped) == 2
    for meta in ('"url[content]" content="/productcodes/45/"', '"title[content]" content="Categorie 45 &amp; meer"',
                 '"soort[content]" content="productcode"', '"rijen[content]" content="productcode"'):
        assert meta in grouped[0], meta
    assert ('<h6 id="45A00">45A00 — Jeugdhulp ambulant</h6><p>45A00. individueel. Zorgsoort: Ambulante jeugdhulp.'
            ' Aanbieders: Elker, Accare</p>') in grouped[0]
    assert grouped[1].count("<h6 ") == 1
    # the page keeps its own text; its rows and its diagram are cut before Pagefind reads them
    assert "Uitleg." in document and "niet gemarkeerd" in document
    assert 'tr id="45A00"' not in document and "<svg" not in document and "<h6" not in document
    plain, none, zero = input_documents("begrippen/", page.replace("data-zoekresultaat", "data-x"), leading=False)
    assert none == [] and zero == 0 and "rijen" not in plain


def test_marked_rows_read_fast_read_as_the_parser_reads_them():
    """Table rows are read with patterns (the parser took 80 % of the search stage at 50x content);
    anything else marked falls back to the parser, and both give the same records."""
    fast = [(r.anchor, r.kind, r.title(), r.content(c)) for r, c in marked_records(ROW_TABLE)]
    marked_div = '<div id="x1" data-zoekresultaat="begrip"><p>Een <b>begrip</b></p></div>'
    mixed = marked_records(ROW_TABLE + marked_div)
    assert fast == [(r.anchor, r.kind, r.title(), r.content(c)) for r, c in mixed[:1]]
    assert [r.anchor for r, _ in mixed] == ["45A48", "x1"]


def test_facts_every_row_has_are_not_words_to_find_it_by():
    """'Huisarts mag direct verwijzen: ja' on every code made 'huisarts' answer with four arbitrary
    codes; cells and parts the renderer marks `data-search-exclude` stay out of the record, both ways."""
    row = ('<table><thead><tr><th>Code</th><th>Naam</th><th>Huisarts mag direct verwijzen</th><th>Aanbieders</th></tr>'
           '</thead><tbody><tr id="45A48" data-zoekresultaat="productcode"><th>45A48</th>'
           '<td>Jeugdhulp<br><small>individueel</small><br><small data-search-exclude>Verwijzers: Huisarts</small></td>'
           '<td data-search-exclude>ja</td><td>Elker</td></tr></tbody></table>')
    marked_div = '<div id="x1" data-zoekresultaat="begrip"><p>Een <b>begrip</b></p></div>'
    fast = marked_records(row)
    slow = marked_records(row + marked_div)[:1]  # something else marked: the parser reads the page
    for (record, columns) in (fast[0], slow[0]):
        assert record.content(columns) == "45A48. individueel. Aanbieders: Elker"
