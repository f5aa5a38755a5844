"""The search index: Pagefind indexes the built HTML after the engine and before the link check.

How: one run of the Pagefind CLI (the binary in the `pagefind` wheel, a supported interface) over an
input folder written in one pass: one document per page, its searchable body with its kind as
metadata, and its marked elements (records) as headed sections of a few extra documents. Measured at 10x content (518
pages, ~5,000 records): the Python service API answers one message per 0.1 s (its reader sleeps before every reply), so a
record per message took minutes; its one-message `add_directory` does the same work as the CLI in
the same time but keeps a service process and a private protocol in the build. The CLI needs neither.
Afterwards `search_check` reads the written index back; a broken one is not published.

Why Pagefind and not the engine's search: its index is split into small chunks loaded on demand
(the lunr index of Material was loaded whole: 3 MB at 10x content), it stems Dutch, and it works
on the HTML of any engine, so the site is not tied to one engine's search plugin.

What goes in:
- every page (not the 404 page), its main text only (`data-pagefind-body` in the theme; header,
  emergency bar, diagrams and filter forms are left out), with its kind `soort` (route,
  aanbieder, begrip, productcode, overig) derived from where the page lives (the page registry's search kinds), as
  metadata and not as a Pagefind filter: Pagefind writes filter values in hash-map order, which
  made two builds of the same content differ; zoeken.js weighs and filters by kind with the small
  table `soorten.json` written from that metadata (`kind_table`);
  route steps and begrippen are headings with ids, so Pagefind returns them as sub-results with
  their own fragment;
- every element a renderer marked with `data-zoekresultaat="KIND"` and an `id` becomes a record:
  a `RECORD_HEADING` section of a record document (`RECORDS_PER_DOCUMENT` each) that names its
  page, so Pagefind returns it as a sub-result with the address `page/#id` and zoeken.js shows it
  as a result of its own; "45A48" lands on its table row and not on the top of the catalogue. For a marked
  table row the row header and the first line of the first cell name it, and the other cells are
  described by their column headers ("Zorgsoort: …"), so the excerpt reads as a sentence instead
  of a flattened table.
"""
from __future__ import annotations

import errno
import json
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path

from ..content.diagnostics import EnvironmentProblem
from ..pages import registry
from .search_check import IndexProblem, verify_index

OUTPUT_DIR = "pagefind"
# Pagefind also writes its own ready-made interfaces; our search (zoeken.js) uses only the index and
# pagefind.js. The unused bundles are removed: they are dead weight, and one of them was not
# byte-identical between two builds.
UNUSED_ASSETS = ("pagefind-ui.*", "pagefind-component-ui.*", "pagefind-modular-ui.*", "pagefind-highlight.js")
LANGUAGE = "nl"
MARK = "data-zoekresultaat"
# Parts of a page that are not its answer: navigation, the emergency bar (on every page),
# diagrams, on screen and on paper (their labels repeat the step headings), filter forms and heading permalinks.
EXCLUDE = ["header", "nav", "footer", ".rw-noodbalk", ".headerlink", "figure.rw-schema", ".rw-papier", "svg",
           "[data-search-exclude]", f"[{MARK}]"]
# Page kinds (the page registry's search kinds); everything else is "overig".
KINDS = (*dict.fromkeys(kind for _, kind, _ in registry.search_folders()), "overig")


def page_kind(url: str) -> str:
    """The kind of a page from its site-relative directory URL ('zorgroutes/huisarts/' -> 'route')."""
    for folder, kind, with_index in registry.search_folders():
        if url.startswith(folder) and (with_index or url != folder):
            return kind
    return "overig"


def _text(parts: list[str]) -> str:
    return re.sub(r"\s+", " ", "".join(parts)).strip()


@dataclass
class Record:
    """One explicit search result: a marked element of a page."""
    anchor: str
    kind: str
    cells: list[tuple[str, list[str]]] = field(default_factory=list)  # (tag, text parts) per cell

    def title(self) -> str:
        header = next((_text(parts) for tag, parts in self.cells if tag == "th"), "")
        first = next((parts for tag, parts in self.cells if tag == "td"), [])
        name = _text(first[: first.index("\n")] if "\n" in first else first)
        return " — ".join(x for x in (header, name) if x) or self.anchor

    def content(self, columns: list[str]) -> str:
        """The row header (so the code itself is found), then every other cell as 'Column: text'.
        The first cell's name is the title already; only its details (after a line break) follow."""
        sentences, first_td = [], True
        for i, (tag, parts) in enumerate(self.cells):
            if tag != "td":
                sentences.append(_text(parts))
                continue
            if first_td:
                first_td = False
                text = _text(parts[parts.index("\n") + 1:]) if "\n" in parts else ""
                label = ""
            else:
                text = _text([p for p in parts if p != "\n"])
                label = columns[i] if i < len(columns) else ""
            if text and text != "—":
                sentences.append(f"{label}: {text}" if label else text)
        return ". ".join(s for s in sentences if s)


class _MarkedElements(HTMLParser):
    """Collects marked elements (with their cells) and the column headers of their table."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.records: list[tuple[Record, list[str]]] = []
        self.columns: list[str] = []
        self._in_thead = False
        self._header: list[str] | None = None
        self._record: Record | None = None
        self._depth = 0
        self._cell: list[str] | None = None
        self._skip_tag: str | None = None  # inside an element not searched (NOT_SEARCHED)
        self._skip_depth = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "table":
            self.columns = []
        elif tag == "thead":
            self._in_thead = True
        elif tag == "th" and self._in_thead:
            self._header = []
        if self._record is not None:
            if self._skip_tag:
                self._skip_depth += tag == self._skip_tag
                return
            if tag == self._record_tag:
                self._depth += 1
            if tag in ("td", "th") and self._cell is None:
                self._cell = []
                self._record.cells.append((tag, self._cell))
            elif tag == "br" and self._cell is not None:
                self._cell.append("\n")
            if NOT_SEARCHED in attributes:
                self._skip_tag, self._skip_depth = tag, 1
        elif attributes.get(MARK) and attributes.get("id"):
            self._record = Record(attributes["id"], attributes[MARK])
            self._record_tag = tag
            self._depth = 1
            self.records.append((self._record, self.columns))

    def handle_endtag(self, tag):
        if tag == "thead":
            self._in_thead = False
        elif tag == "th" and self._header is not None:
            self.columns.append(_text(self._header))
            self._header = None
        if self._record is None:
            return
        if self._skip_tag:
            self._skip_depth -= tag == self._skip_tag
            if self._skip_depth:
                return
            self._skip_tag = None
        if tag in ("td", "th"):
            self._cell = None
        if tag == self._record_tag:
            self._depth -= 1
            if self._depth == 0:
                self._record = None

    def handle_data(self, data):
        if self._header is not None:
            self._header.append(data)
        if self._cell is not None and not self._skip_tag:
            self._cell.append(data)


def marked_records(html: str) -> list[tuple[Record, list[str]]]:
    """Every marked element with an id, as a Record with the column headers of its table."""
    rows = _marked_rows(html)
    if rows is not None:
        return rows
    parser = _MarkedElements()
    parser.feed(html)
    parser.close()
    return parser.records


MARKED_ROW = re.compile(rf'<tr\b([^>]*\b{MARK}="([^"]*)"[^>]*)>(.*?)</tr>', re.DOTALL)
ROW_ID = re.compile(r'\bid="([^"]*)"')
THEAD = re.compile(r"<thead\b.*?</thead>", re.DOTALL)
CELL = re.compile(r"<(t[hd])\b([^>]*)>(.*?)</t[hd]>", re.DOTALL)
LINE_BREAK = re.compile(r"<br\s*/?>")
# Inside a record, what the renderer says is not worth finding (a fact every row has); such elements
# do not nest in a cell.
NOT_SEARCHED = "data-search-exclude"
EXCLUDED = re.compile(rf"<(\w+)\b[^>]*\b{NOT_SEARCHED}\b[^>]*>.*?</\1>", re.DOTALL)


def _cell_parts(attributes: str, cell: str) -> list[str]:
    """A cell's text as the parser gives it: text pieces, with "\n" where a <br> was; none for a cell
    marked as not searched (kept, so the other cells keep their column)."""
    if NOT_SEARCHED in attributes:
        return []
    cell = EXCLUDED.sub("", cell)
    parts: list[str] = []
    for i, piece in enumerate(LINE_BREAK.split(cell)):
        if i:
            parts.append("\n")
        parts.append(unescape(TAG.sub("", piece)))
    return parts


def _marked_rows(html: str) -> list[tuple[Record, list[str]]] | None:
    """The fast way for what renderers mark: table rows (the catalogue's, thousands at 50x content,
    where HTMLParser took 80 % of the search stage). None when something other than a table row is
    marked; marked_records then reads the page with the parser."""
    rows = list(MARKED_ROW.finditer(html))
    if len(rows) != html.count(f"{MARK}="):
        return None
    heads = [(head.start(), [_text(_cell_parts("", cell)) for tag, _, cell in CELL.findall(head.group(0)) if tag == "th"])
             for head in THEAD.finditer(html)]
    records, h, columns = [], 0, []
    for row in rows:
        while h < len(heads) and heads[h][0] < row.start():
            columns = heads[h][1]
            h += 1
        anchor = ROW_ID.search(row.group(1))
        if anchor is None:
            continue
        record = Record(unescape(anchor.group(1)), unescape(row.group(2)),
                        [(tag, _cell_parts(attributes, cell)) for tag, attributes, cell in CELL.findall(row.group(3))])
        records.append((record, columns))
    return records


LEAD = re.compile(r"(<h1\b.*?</h1>\s*<p)>", re.DOTALL)
LEAD_WEIGHT = 8  # Pagefind's default weights: h1 7, h2 6, ... body text 1


def as_indexed(html: str, kind: str, leading: bool = False) -> str:
    """The page as Pagefind sees it (the file on disk is unchanged): its kind as metadata,
    and its lead paragraph weighted, because that sentence states what the page is about; so the
    veiligheidsroute ("de vijf stappen van de meldcode") outranks a route that mentions the meldcode
    in one step. A leading page (the veiligheidsroute) carries `voorrang`, which zoeken.js weighs."""
    meta = {"soort": kind, "voorrang": "ja" if leading else ""}
    tags = "".join(f'<meta data-pagefind-meta="{key}[content]" content="{escape(value)}">'
                   for key, value in meta.items() if value)
    html = LEAD.sub(rf'\1 data-pagefind-weight="{LEAD_WEIGHT}">', html, count=1)
    return html.replace("</head>", tags + "</head>", 1)


def site_pages(site: Path) -> list[tuple[str, Path]]:
    """(site-relative directory URL, file) of every page worth finding, in a stable order."""
    pages = []
    for path in sorted(site.rglob("index.html")):
        relative = path.relative_to(site).parent.as_posix()
        if relative.split("/")[0] in (OUTPUT_DIR, "assets"):
            continue
        pages.append(("" if relative == "." else relative + "/", path))
    return pages


BODY_START = re.compile(r"<div data-pagefind-body>")
DIV_TAG = re.compile(r"<(/?)div\b")


def indexed_body(html: str) -> str:
    """The page's searchable part only (`data-pagefind-body`, set in the theme's main.html), found by
    counting div tags: Pagefind then parses a few KB per page instead of the whole page with its
    navigation and diagrams (they are excluded anyway), which keeps its memory and time small."""
    start = BODY_START.search(html)
    if start is None:
        return ""
    depth = 0
    for tag in DIV_TAG.finditer(html, start.start()):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            end = html.index(">", tag.end()) + 1
            return html[start.start():end]
    return html[start.start():]


def _document(head: str, body: str) -> str:
    return f'<!DOCTYPE html><html lang="{LANGUAGE}"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


# Records are headings of this level in their input documents (never in a published page), so Pagefind
# gives each its own sub-result with the row's address (page/#anchor); zoeken.js shows the sub-results
# at this level of a document marked `rijen` as results of their own.
RECORD_HEADING = "h6"


def record_section(records: list[tuple[Record, list[str]]]) -> str:
    return "".join(f'<{RECORD_HEADING} id="{escape(record.anchor)}">{escape(record.title())}</{RECORD_HEADING}>'
                   f"<p>{escape(record.content(columns))}</p>" for record, columns in records)


# Records go into documents of at most this many, each a headed section. One document per record
# was 22,050 extra documents at 50x content, twice Pagefind's memory and time; all records of a page
# in its own document made a catalogue page's fragment grow with the catalogue (500 KB at 50x), and
# the browser spent 1.3 s on the 8 fragments of a one-letter query at 10x. A fixed group keeps both
# the number of documents and the size of a fragment small at any scale.
RECORDS_PER_DOCUMENT = 40
RECORDS_DIR = "_rijen"  # in the input folder only; its documents name their page through `url`
H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")


def record_documents(url: str, title: str, records: list[tuple[Record, list[str]]]) -> list[str]:
    """The records of one page as documents of RECORDS_PER_DOCUMENT headed sections each. Pagefind
    names a document by its file, so each carries its page's address (site-relative) as the `url`
    metadata, Pagefind's documented way to override a result's URL; its sub-results then point to
    page/#anchor."""
    kinds = " ".join(dict.fromkeys(record.kind if record.kind in KINDS else "overig" for record, _ in records))
    meta = {"url": f"/{url}", "title": title, "soort": page_kind(url), "rijen": kinds}
    head = "".join(f'<meta data-pagefind-meta="{key}[content]" content="{escape(value)}">' for key, value in meta.items())
    return [_document(head, f"<div data-pagefind-body>{record_section(records[start:start + RECORDS_PER_DOCUMENT])}</div>")
            for start in range(0, len(records), RECORDS_PER_DOCUMENT)]


# Parts Pagefind would skip anyway (EXCLUDE), cut before it reads them: diagrams are half of a route
# page, and the marked rows are indexed as records. (SVG and table rows do not nest.)
SKIPPED = re.compile(rf"<svg\b.*?</svg>|<tr\b[^>]*\b{MARK}=[^>]*>.*?</tr>", re.DOTALL)


def input_documents(url: str, html: str, leading: bool) -> tuple[str, list[str], int]:
    """The document Pagefind indexes for one built page, the documents of its records, and how many
    records there are."""
    body = indexed_body(html)
    records = marked_records(body) if MARK in body else []
    body = SKIPPED.sub("", body)
    page = as_indexed(_document("", body), page_kind(url), leading)
    if not records:
        return page, [], 0
    heading = H1.search(body)
    title = " ".join(TAG.sub("", heading.group(1)).replace("&para;", "").split()) if heading else url
    return page, record_documents(url, unescape(title), records), len(records)


def write_input(site: Path, folder: Path, leading: set[str]) -> tuple[int, int]:
    """Write the documents Pagefind indexes into `folder`; returns (documents, records).

    One pass over the built site; the published HTML is not touched."""
    documents = records = 0
    for url, path in site_pages(site):
        html = path.read_text(encoding="utf-8")
        if BODY_START.search(html) is None:
            continue
        page, grouped, count = input_documents(url, html, url in leading)
        targets = [folder / url / "index.html"] + [folder / RECORDS_DIR / url / f"{n}.html" for n in range(len(grouped))]
        for target, document in zip(targets, [page, *grouped], strict=True):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(document, encoding="utf-8")
        documents += len(targets)
        records += count
    return documents, records


def published_records(site: Path) -> int:
    """How many records the pages of a built site mark: what a whole index of it holds (for checks
    of a published site from outside the build, such as benchmarks/stress_builds.py)."""
    return sum(len(marked_records(indexed_body(path.read_text(encoding="utf-8")))) for _, path in site_pages(site))


def run_pagefind(executable: Path, folder: Path, output: Path) -> None:
    """The Pagefind CLI (the binary in the `pagefind` wheel), one process for the whole site; settings
    through its documented config file (pagefind.json in the working folder)."""
    settings = {"exclude_selectors": EXCLUDE, "force_language": LANGUAGE}
    config_dir = folder.parent / f"{folder.name}.config"
    config_dir.mkdir(exist_ok=True)
    (config_dir / "pagefind.json").write_text(json.dumps(settings), encoding="utf-8")
    result = subprocess.run([str(executable), "--site", str(folder), "--output-path", str(output), "--silent"],
                            cwd=config_dir, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        said = f"{result.stderr}\n{result.stdout}"
        if "os error 28" in said or "No space left" in said:
            raise OSError(errno.ENOSPC, "No space left on device", str(output))
        raise IndexProblem(f"Pagefind stopte met code {result.returncode}: {(result.stderr or result.stdout).strip()[-500:]}")


def write_search_index(site: Path, leading: list[str] | tuple = (), work_dir: Path | None = None) -> int:
    """Index the built site into site/pagefind/ and verify the result; returns the number of explicit records.

    `leading` are site-relative URLs of pages that come first for their subject (the
    veiligheidsroute: in doubt about safety nobody should have to scroll past the glossary).
    Raises EnvironmentProblem when Pagefind is missing, IndexProblem when the index it wrote is not whole."""
    try:
        from pagefind.service import get_executable
    except ImportError as exc:
        raise EnvironmentProblem("Pagefind ontbreekt; installeer het pakket 'pagefind[extended]'.") from exc
    executable = get_executable()
    if executable is None or not Path(executable).is_file():
        raise EnvironmentProblem("Het programma van Pagefind ontbreekt; installeer het pakket 'pagefind[extended]' "
                                 "(of zet PAGEFIND_BINARY_PATH op een werkend pagefind-programma).")
    site = Path(site)
    output = site / OUTPUT_DIR
    with tempfile.TemporaryDirectory(prefix=".routewijzer-zoek-", dir=work_dir or site.parent) as tmp:
        folder = Path(tmp) / "invoer"
        folder.mkdir()
        documents, records = write_input(site, folder, {u for u in leading if u})
        run_pagefind(Path(executable), folder, output)
    for pattern in UNUSED_ASSETS:
        for unused in output.glob(pattern):
            unused.unlink()
    metadata = verify_index(output, documents, records, RECORD_HEADING)
    (output / KIND_TABLE).write_text(kind_table(metadata), encoding="utf-8")
    return records


KIND_TABLE = "soorten.json"


def kind_table(metadata: dict[str, dict]) -> str:
    """Each document's kind and `voorrang` by fragment name, so zoeken.js can weigh every result before
    loading any fragment, and loads fragments only for the results it shows (one request per shown
    result instead of one per considered result); `rijen.KIND` lists the pages whose record headings
    are results of that kind. 'overig' is the default and not listed; names are space-separated
    without their language prefix: about 8 bytes per document."""
    groups: dict[str, list[str]] = {}
    for name in sorted(metadata):
        short = name.split("_", 1)[1]
        soort = metadata[name].get("soort", "overig")
        if soort != "overig":
            groups.setdefault(soort, []).append(short)
        if metadata[name].get("voorrang"):
            groups.setdefault("voorrang", []).append(short)
        if metadata[name].get("rijen"):
            groups.setdefault("rijen." + metadata[name]["rijen"].split()[0], []).append(short)
    return json.dumps({key: " ".join(names) for key, names in sorted(groups.items())}, separators=(",", ":"))
