"""Reads a content tree from disk into the typed model. The only module here that reads content files.

Layout of a content root (documented in README):
    zorgroutes/*.yaml                 one Zorgroute per file (the veiligheidsroute too)
    content/aanbieders/*.yaml         one Aanbieder per file
    content/productcodes/zorgsoorten.yaml
    content/productcodes/*.yaml       one Productcategorie per file (all other files)
    content/regio.yaml                the regio, its noodcontacten and gemeenten
    content/actoren.yaml, begrippen.yaml, bronnen.yaml, codelijsten.yaml
    content/paginas/*.md              hand-written pages
"""
from __future__ import annotations

import re
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostics, Vindplaats
from .fields import INVALID, Context, FieldSchema, Id, Verwijzing
from .kinds import BESTANDEN, FOLDERS, SINGLE_FILES, SOORTEN
from .model import Content, Pagina, Paginabeheer
from .yaml_reader import decode_yaml_bytes, load_yaml_file, parse_yaml

# file -> the kinds whose ids it holds (noted as written, see Loader.note_ids)
RAW_IDS = {pad: [s for s in SOORTEN if s.bestand == pad and s.verwijzingen()] for pad in [*SINGLE_FILES, *FOLDERS]}
RAW_HTML = re.compile(r"<\s*[A-Za-z!/?]|javascript:", re.IGNORECASE)


class Loader:
    """Collects every file's data, diagnostics and references in one pass over the tree."""

    def __init__(self, root: Path):
        self.root = root
        self.diagnostics = Diagnostics()
        self.verwijzingen: list[Verwijzing] = []
        self.raw_ids: dict[str, set[str]] = {}
        self.unreadable: set[str] = set()

    def note_ids(self, data: Any, relpath: str) -> None:
        """Remember ids as written, even in entries that fail validation, so that references to
        them do not repeat the entry's own error everywhere it is mentioned."""
        for soort in RAW_IDS.get(_bestand_of(relpath), []):
            for naam in soort.verwijzingen():
                if data is None or (soort.lijst is not None and not isinstance(data, dict)):  # unreadable or wrong shape
                    self.unreadable.add(naam)
                    continue
                for item in [data] if soort.lijst is None else _items(data, soort.lijst):
                    value = item.get(soort.sleutel) if isinstance(item, dict) else None
                    if isinstance(value, (str, int)) and not isinstance(value, bool):
                        self.raw_ids.setdefault(naam, set()).add(str(value))

    def onvolledig(self) -> dict[str, set[str]]:
        result = {soort: set(ids) for soort, ids in self.raw_ids.items()}
        result.update({soort: set() for soort in self.unreadable})
        return result

    def rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def convert_file(self, path: Path, schema: FieldSchema) -> Any:
        bestand = self.rel(path)
        data = load_yaml_file(path, bestand, self.diagnostics)
        self.note_ids(data, bestand)
        if data is None:
            return None
        ctx = Context(bestand, self.diagnostics, self.verwijzingen)
        result = schema.convert(data, ctx, "", getattr(data, "line", 1))
        return None if result is INVALID else result

    def yaml_files(self, folder: str) -> list[Path]:
        directory = self.root / folder
        if not directory.is_dir():
            self.diagnostics.fout(Vindplaats(folder), "", f"De map '{folder}' ontbreekt.",
                                  "Maak de map aan; zie de README voor de indeling van de inhoud.")
            return []
        files = []
        for path in sorted(directory.iterdir()):
            if path.name.startswith("."):
                continue
            if path.suffix == ".yaml":
                if self.rel(path) not in SINGLE_FILES:
                    files.append(path)
            elif path.suffix == ".yml":
                self.diagnostics.fout(Vindplaats(self.rel(path)), "", "Dit bestand wordt niet gelezen: de extensie is .yml.",
                                      "Hernoem het bestand naar .yaml.")
            elif path.is_file() and folder != "content":
                self.diagnostics.waarschuwing(Vindplaats(self.rel(path)), "",
                                              "Dit bestand wordt overgeslagen: alleen .yaml-bestanden worden gelezen.")
        return files

    def single(self, relpath: str, schema: FieldSchema) -> Any:
        path = self.root / relpath
        if not path.exists():
            self.diagnostics.fout(Vindplaats(relpath), "", f"Het bestand '{relpath}' ontbreekt.",
                                  "Zie de README voor de indeling van de inhoud.")
            self.note_ids(None, relpath)
            return None
        return self.convert_file(path, schema)

    def pages(self) -> list[Pagina]:
        directory = self.root / "content" / "paginas"
        result = []
        for path in sorted(directory.glob("*.md")) if directory.is_dir() else []:
            bestand = self.rel(path)
            text = decode_yaml_bytes(path.read_bytes(), bestand, self.diagnostics) if path.is_file() else None
            if text is None:
                continue
            front, offset, text = split_front_matter(text)
            beheer = self.page_front_matter(front, bestand) if front is not None else {}
            page = parse_page(path.stem, text, bestand, self.diagnostics, offset)
            if page and beheer is not None:
                result.append(replace(page, **beheer))
        return result

    def page_front_matter(self, front: str, bestand: str) -> dict | None:
        """The review fields of a page (its front matter), checked like any YAML block; None if invalid."""
        data = parse_yaml(front, bestand, self.diagnostics)
        if data is None:
            return None
        ctx = Context(bestand, self.diagnostics, self.verwijzingen)
        beheer = Paginabeheer.SCHEMA.convert(data, ctx, "", getattr(data, "line", 1))
        if beheer is INVALID:
            return None
        return {f.name: getattr(beheer, f.name) for f in fields(Paginabeheer) if f.name != "loc"}


def split_front_matter(text: str) -> tuple[str | None, int, str]:
    """(front matter as YAML with its file line numbers kept, lines before the page, the page itself).

    A page may start with a block between two '---' lines; without one the whole text is the page."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return None, 0, text
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        return None, 0, text  # parse_page reports the missing title on line 1
    return "\n".join(["", *lines[1:end]]) + "\n", end + 1, "\n".join(lines[end + 1:])


def parse_page(stem: str, text: str, bestand: str, diagnostics: Diagnostics, offset: int = 0) -> Pagina | None:
    """A hand-written page: '# Titel' on the first line (after any front matter); no raw HTML (content must
    not inject markup). `offset`: the lines of front matter before `text`, so messages name the file's lines."""
    lines = text.splitlines()
    while lines and not lines[0].strip() and offset:
        lines, offset = lines[1:], offset + 1
    ok = True
    if not Id.PATTERN.fullmatch(stem):
        diagnostics.fout(Vindplaats(bestand), "", f"De bestandsnaam '{stem}.md' is geen geldig id.",
                         "Gebruik kleine letters, cijfers en koppeltekens.")
        ok = False
    if not lines or not lines[0].startswith("# "):
        diagnostics.fout(Vindplaats(bestand, offset + 1), "titel", "Een pagina begint met een titelregel: '# Titel'.")
        ok = False
    for number, line in enumerate(lines, offset + 1):
        if RAW_HTML.search(line):
            diagnostics.fout(Vindplaats(bestand, number), "", "Deze pagina bevat HTML of een javascript:-link; dat is niet toegestaan.",
                             "Gebruik alleen Markdown-opmaak.")
            ok = False
    if not ok:
        return None
    return Pagina(id=stem, titel=lines[0][2:].strip(), tekst="\n".join(lines[1:]).strip() + "\n",
                  loc=Vindplaats(bestand, offset + 1))


def _bestand_of(relpath: str) -> str:
    """The `Bestand.pad` a file belongs to: itself, or the folder of a one-item file."""
    return relpath if relpath in SINGLE_FILES else relpath.rsplit("/", 1)[0]


def _items(data: Any, key: str) -> list:
    value = data.get(key) if isinstance(data, dict) else None
    return list(value) if isinstance(value, list) else []


def load_content(root: Path) -> tuple[Content, Diagnostics, list[Verwijzing], dict[str, set[str]]]:
    """Read every content file under root; never raises on bad content."""
    loader = Loader(Path(root))
    content = Content()
    for bestand in BESTANDEN:
        if bestand.map:
            for path in loader.yaml_files(bestand.pad):
                bestand.bewaar(content, loader.convert_file(path, bestand.schema))
        else:
            bestand.bewaar(content, loader.single(bestand.pad, bestand.schema))
    content.paginas = loader.pages()
    for categorie in content.categorieen:
        for code in categorie.productcodes:
            code.categorie = categorie.categorie
    content.routes.sort(key=lambda r: (r.volgorde, r.titel))
    return content, loader.diagnostics, loader.verwijzingen, loader.onvolledig()


