"""The search index: Pagefind indexes the built HTML in-process, after the engine and before the link check.

Why Pagefind and not the engine's search: its index is split into small chunks loaded on demand
(the lunr index of Material was loaded whole: 3 MB at 10x content), it stems Dutch, and it works
on the HTML of any engine, so the site is not tied to one engine's search plugin.

What goes in:
- every page (not the 404 page), its main text only (`data-pagefind-body` in the theme; header,
  emergency bar, diagrams and filter forms are left out), with its kind `soort` (route,
  aanbieder, begrip, productcode, overig) derived from where the page lives (the page registry's search kinds), as
  metadata and not as a Pagefind filter: Pagefind writes filter values in hash-map order, which
  made two builds of the same content differ; zoeken.js filters by kind on the metadata;
  route steps and begrippen are headings with ids, so Pagefind returns them as sub-results with
  their own fragment;
- every element a renderer marked with `data-zoekresultaat="KIND"` and an `id` becomes a record
  of its own (url `page/#id`), so "45A48" lands on its table row and not on the top of the
  catalogue. For a marked table row the row header and the first line of the first cell name it,
  and the other cells are described by their column headers ("Zorgsoort: …"), so the excerpt
  reads as a sentence instead of a flattened table.
"""
from __future__ import annotations

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ..content.diagnostics import EnvironmentProblem
from ..pages import registry

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

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "table":
            self.columns = []
        elif tag == "thead":
            self._in_thead = True
        elif tag == "th" and self._in_thead:
            self._header = []
        if self._record is not None:
            if tag == self._record_tag:
                self._depth += 1
            if tag in ("td", "th") and self._cell is None:
                self._cell = []
                self._record.cells.append((tag, self._cell))
            elif tag == "br" and self._cell is not None:
                self._cell.append("\n")
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
        if tag in ("td", "th"):
            self._cell = None
        if tag == self._record_tag:
            self._depth -= 1
            if self._depth == 0:
                self._record = None

    def handle_data(self, data):
        if self._header is not None:
            self._header.append(data)
        if self._cell is not None:
            self._cell.append(data)


def marked_records(html: str) -> list[tuple[Record, list[str]]]:
    parser = _MarkedElements()
    parser.feed(html)
    parser.close()
    return parser.records


LEAD = re.compile(r"(<h1\b.*?</h1>\s*<p)>", re.DOTALL)
LEAD_WEIGHT = 8  # Pagefind's default weights: h1 7, h2 6, ... body text 1


def as_indexed(html: str, kind: str, leading: bool = False) -> str:
    """The page as Pagefind sees it (the file on disk is unchanged): its kind as metadata,
    and its lead paragraph weighted, because that sentence states what the page is about; so the
    veiligheidsroute ("de vijf stappen van de meldcode") outranks a route that mentions the meldcode
    in one step. A leading page (the veiligheidsroute) carries `voorrang`, which zoeken.js weighs."""
    tags = f'<meta data-pagefind-meta="soort[content]" content="{kind}">'
    if leading:
        tags += '<meta data-pagefind-meta="voorrang[content]" content="ja">'
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


def _prompt_service():
    """Pagefind's service client, without its 0.1 s pause before reading each answer.

    The stock client sleeps 100 ms per response, so the ~700 records of the default content took
    52 s instead of under one; the protocol (base64 JSON messages ended by a comma) is unchanged.
    """
    import base64
    import json

    from pagefind.service import PagefindService

    class PromptService(PagefindService):
        async def close(self) -> None:
            """Let Pagefind finish writing and exit on end of input; the stock close() terminates it at
            once, which now and then cut pagefind-entry.json short (seen as a non-identical rebuild)."""
            await asyncio.wait_for(asyncio.gather(*self._responses.values(), return_exceptions=True), timeout=60)
            self._backend.stdin.close()
            try:
                await asyncio.wait_for(self._backend.wait(), timeout=60)
            except asyncio.TimeoutError:
                self._backend.terminate()
                await self._backend.wait()
            self._poll_task.cancel()

        async def _wait_for_responses(self) -> None:
            while True:
                output = await self._backend.stdout.readuntil(b",")
                response = json.loads(base64.b64decode(output[:-1]))
                if not response:
                    continue
                message_id = response.get("message_id")
                if message_id is None and (original := response["payload"].get("original_message")):
                    message_id = json.loads(original).get("message_id")
                future = self._responses.get(message_id)
                if future is None or future.done():
                    continue
                payload = response["payload"]
                if payload["type"] == "Error":
                    future.set_exception(RuntimeError(payload.get("message", "Pagefind-fout")))
                else:
                    future.set_result(payload)

    return PromptService()


async def _index(site: Path, leading: set[str]) -> int:
    config = {"exclude_selectors": EXCLUDE, "force_language": LANGUAGE, "output_path": str(site / OUTPUT_DIR)}
    records = 0
    service = await _prompt_service().launch()
    try:
        index = await service.create_index(config)
        for url, path in site_pages(site):
            html = path.read_text(encoding="utf-8")
            await index.add_html_file(content=as_indexed(html, page_kind(url), url in leading), url="/" + url)
            for record, columns in marked_records(html):
                kind = record.kind if record.kind in KINDS else "overig"
                await index.add_custom_record(
                    url=f"/{url}#{record.anchor}", content=record.content(columns), language=LANGUAGE,
                    meta={"title": record.title(), "soort": kind})
                records += 1
        await index.write_files()
    finally:
        await service.close()
    return records


def write_search_index(site: Path, leading: list[str] | tuple = ()) -> int:
    """Index the built site into site/pagefind/; returns the number of explicit records.

    `leading` are site-relative URLs of pages that come first for their subject (the
    veiligheidsroute: in doubt about safety nobody should have to scroll past the glossary)."""
    try:
        from pagefind.service import get_executable
    except ImportError as exc:
        raise EnvironmentProblem("Pagefind ontbreekt; installeer het pakket 'pagefind[extended]'.") from exc
    if get_executable() is None:
        raise EnvironmentProblem("Het programma van Pagefind ontbreekt; installeer het pakket 'pagefind[extended]'.")
    try:
        # A thread of its own: the caller may already run an event loop (Playwright's sync API,
        # a live-reload server), and asyncio.run refuses to nest.
        with ThreadPoolExecutor(max_workers=1) as pool:
            records = pool.submit(asyncio.run, _index(Path(site), {u for u in leading if u})).result()
        for pattern in UNUSED_ASSETS:
            for unused in (Path(site) / OUTPUT_DIR).glob(pattern):
                unused.unlink()
        return records
    except (OSError, AssertionError, RuntimeError) as exc:
        raise EnvironmentProblem(f"De zoekindex kon niet worden gemaakt: {exc}") from exc
