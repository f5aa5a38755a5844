"""Step one of reading: YAML bytes -> plain Python data that remembers line numbers.

PyYAML's composer gives nodes with marks; we walk them ourselves so that every
mapping and list keeps the line of each of its values (for messages), duplicate
keys are reported instead of silently overwritten, and YAML's English errors are
translated into Dutch.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from .diagnostics import Diagnostics, Vindplaats

MAX_BESTAND_BYTES = 5 * 1024 * 1024
# libyaml's composer is ~10x faster and keeps the same marks (line numbers); fall back without it.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LDict(dict):
    """A dict whose values remember the line they stood on."""

    def __init__(self, line: int):
        super().__init__()
        self.line = line
        self.lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.line)


class LList(list):
    """A list whose items remember the line they stood on."""

    def __init__(self, line: int):
        super().__init__()
        self.line = line
        self.lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.lines[index] if index < len(self.lines) else self.line


_YAML_PROBLEMS = [
    ("found character '\\t'", "Er staat een tab-teken. YAML gebruikt alleen spaties om in te springen.",
     "Vervang de tabs door spaties (twee per niveau)."),
    ("mapping values are not allowed here", "Hier staat een dubbele punt die YAML niet verwacht.",
     "Zet tekst met een dubbele punt tussen aanhalingstekens, of controleer het inspringen."),
    ("could not find expected ':'", "YAML mist hier een dubbele punt na een veldnaam.",
     "Schrijf velden als 'naam: waarde'."),
    ("did not find expected key", "Het inspringen klopt niet: YAML verwacht hier een veldnaam.",
     "Controleer of alle velden van hetzelfde niveau even ver inspringen."),
    ("did not find expected '-' indicator", "Het inspringen van een lijst klopt niet.",
     "Laat elk lijstitem met '- ' op dezelfde hoogte beginnen."),
    ("found unexpected end of stream", "Het bestand houdt onverwacht op (een aanhalingsteken of haakje is niet gesloten).",
     "Sluit elk geopend aanhalingsteken of haakje."),
    ("found undefined alias", "Er wordt verwezen naar een YAML-anker (*naam) dat niet bestaat.", ""),
    ("expected <block end>, but found", "Het inspringen klopt niet: een regel springt verder of minder in dan verwacht.",
     "Controleer het inspringen rond deze regel."),
    ("while scanning a quoted scalar", "Een aanhalingsteken wordt niet gesloten.",
     "Sluit de tekst af met hetzelfde aanhalingsteken als waarmee hij begint."),
    ("found unknown escape character", "Tussen dubbele aanhalingstekens staat een ongeldige backslash-code.",
     "Gebruik enkele aanhalingstekens, of schrijf een backslash als \\\\."),
    ("while parsing a flow", "Een lijst [..] of blok {..} op één regel is niet goed afgesloten.", ""),
]


def _precise_error(text: str) -> yaml.YAMLError | None:
    """Errors are rare: re-parse with the pure-Python loader, whose messages name the problem (e.g. tabs)."""
    try:
        yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        return exc
    return None


def _translate_yaml_error(exc: yaml.YAMLError) -> tuple[int, str, str]:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else 0
    text = f"{getattr(exc, 'context', '') or ''} {getattr(exc, 'problem', '') or ''}"
    for needle, melding, hint in _YAML_PROBLEMS:
        if needle in text:
            return line, melding, hint
    detail = (getattr(exc, "problem", None) or str(exc)).strip()
    return line, f"De YAML-opmaak klopt hier niet (technische melding: {detail}).", \
        "Vergelijk de regel met een werkend voorbeeld; let op inspringen en dubbele punten."


class _Walker:
    """Turns a composed node tree into LDict/LList/scalars, reporting as it goes."""

    def __init__(self, bestand: str, diagnostics: Diagnostics):
        self.bestand = bestand
        self.diagnostics = diagnostics
        self.constructor = SafeConstructor()

    def loc(self, node: yaml.Node) -> Vindplaats:
        return Vindplaats(self.bestand, node.start_mark.line + 1)

    def walk(self, node: yaml.Node) -> Any:
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node)
        if isinstance(node, yaml.SequenceNode):
            result = LList(node.start_mark.line + 1)
            for item in node.value:
                result.append(self.walk(item))
                result.lines.append(item.start_mark.line + 1)
            return result
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode) -> LDict:
        result = LDict(node.start_mark.line + 1)
        self.constructor.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = self._scalar(key_node)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                self.diagnostics.fout(self.loc(key_node), key,
                                      f"Het veld '{key}' staat twee keer in hetzelfde blok "
                                      f"(eerder op regel {result.lines[key]}).",
                                      "Verwijder of hernoem een van de twee.")
                continue
            result[key] = self.walk(value_node)
            result.lines[key] = (value_node.start_mark.line + 1
                                 if isinstance(value_node, yaml.ScalarNode)
                                 else key_node.start_mark.line + 1)
        return result

    def _scalar(self, node: yaml.Node) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            self.diagnostics.fout(self.loc(node), "", "Hier wordt een enkele waarde verwacht, geen lijst of blok.")
            return None
        try:
            value = self.constructor.construct_object(node, deep=True)
        except (ValueError, yaml.YAMLError, OverflowError):
            # e.g. 2026-13-01 looks like a date but is none: keep the text and let the
            # field's own type report it, with the field's name.
            return node.value
        if isinstance(value, _dt.datetime):
            return value.date()
        return value


def decode_yaml_bytes(raw: bytes, bestand: str, diagnostics: Diagnostics) -> str | None:
    """Decode UTF-8 (with or without BOM); report the line of the first bad byte."""
    if len(raw) > MAX_BESTAND_BYTES:
        diagnostics.fout(Vindplaats(bestand), "", f"Het bestand is te groot ({len(raw)} bytes; "
                         f"maximaal {MAX_BESTAND_BYTES}).", "Splits de inhoud over meer bestanden.")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        diagnostics.fout(Vindplaats(bestand, line), "",
                         "Het bestand is niet in UTF-8 opgeslagen (onleesbaar teken "
                         f"0x{raw[exc.start]:02x}).",
                         "Sla het bestand op als UTF-8 (in de meeste editors: 'Opslaan als' > codering UTF-8).")
        return None


def parse_yaml(text: str, bestand: str, diagnostics: Diagnostics) -> Any:
    """Parse one YAML document into plain data with lines; None after reporting a problem."""
    if not text.strip():
        diagnostics.fout(Vindplaats(bestand, 1), "", "Het bestand is leeg.",
                         "Vul het bestand of verwijder het.")
        return None
    try:
        node = yaml.compose(text, Loader=FAST_LOADER)
    except yaml.YAMLError as exc:
        line, melding, hint = _translate_yaml_error(_precise_error(text) or exc)
        diagnostics.fout(Vindplaats(bestand, line), "", melding, hint)
        return None
    except RecursionError:
        diagnostics.fout(Vindplaats(bestand, 1), "", "Het bestand is te diep genest om te lezen.")
        return None
    if node is None:
        diagnostics.fout(Vindplaats(bestand, 1), "", "Het bestand bevat alleen commentaar.")
        return None
    return _Walker(bestand, diagnostics).walk(node)


def load_yaml_file(path, bestand: str, diagnostics: Diagnostics) -> Any:
    """Read a file from disk and parse it; every failure becomes a diagnostic."""
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        diagnostics.fout(Vindplaats(bestand), "", "Hier staat een map waar een YAML-bestand verwacht wordt.",
                         "Verwijder de map of geef hem een naam zonder .yaml.")
        return None
    except OSError as exc:
        diagnostics.fout(Vindplaats(bestand), "", f"Het bestand kan niet worden gelezen ({exc.strerror}).")
        return None
    text = decode_yaml_bytes(raw, bestand, diagnostics)
    return None if text is None else parse_yaml(text, bestand, diagnostics)


def plain_data(value: Any) -> Any:
    """Line-annotated data as plain dicts and lists, for code that writes it back out (yaml.dump)."""
    if isinstance(value, dict):
        return {key: plain_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain_data(item) for item in value]
    return value
