"""JSON Schemas (draft-07) of every kind of YAML content file, derived from the content format.

Editors get autocomplete, hover help (the Dutch explanation of each field) and red underlines for
unknown keys, wrong choices, bad codes and missing required fields while they type, before `check`
runs. The YAML language server (VS Code's YAML extension and others) supports draft-07 and older.

The schemas are generated, never written by hand: `python -m generator schemas` writes them to
`schemas/` and `.vscode/settings.json`; a test keeps the committed files equal to this output.

They must never warn about content that `check` accepts, so where our reader is lenient they are too:
YAML 1.1 booleans (yes/no/on/off) and our ja/nee words both count as ja/nee, text fields also accept
numbers, ids and codes also accept whole numbers, and an optional field may be left empty. What they
cannot know (references to other files, route rules) stays with `check`.
"""
from __future__ import annotations

import json

from .content.fields import Datum, FieldSchema, FieldType, Getal, Id, JaNee, Keuze, Lijst, Patroon, Ref, Tekst
from .content.format import OvergangType
from .content.kinds import BESTANDEN

DRAFT = "http://json-schema.org/draft-07/schema#"
FOLDER = "schemas"
# YAML 1.1 booleans: PyYAML (our reader) turns these words into true/false, YAML 1.2 editors keep them as text.
YAML11_BOOLEANS = [w for base in ("yes", "no", "on", "off", "true", "false") for w in (base, base.title(), base.upper())]
JA_NEE = r"^\s*([Jj][Aa]|[Nn][Ee][Ee])\s*$"


def file_kinds() -> list[tuple[FieldSchema, str]]:
    """(schema, glob of the files it describes), in the order the loader reads them."""
    return [(b.schema, f"{b.pad}/{b.glob}" if b.map else b.pad) for b in BESTANDEN]


class _Builder:
    """Turns field types into JSON Schema; nested blocks go to `definitions` once each."""

    def __init__(self):
        self.definitions: dict[str, dict] = {}

    def field_type(self, t: FieldType) -> dict:
        if isinstance(t, Ref):
            return self.field_type(t.inner)
        if isinstance(t, FieldSchema):
            if t.naam not in self.definitions:
                self.definitions[t.naam] = {}  # reserve first: blocks may nest themselves
                self.definitions[t.naam] = self.block(t)
            return {"$ref": f"#/definitions/{t.naam}"}
        if isinstance(t, Tekst):
            text = {"type": "string", "minLength": 1, "maxLength": t.max_len, "pattern": r"\S"}
            if not t.meerdere_regels:
                text["pattern"] = r"^[^\n]*\S[^\n]*\s*$"
            return {"anyOf": [text, {"type": "number"}]}
        if isinstance(t, Id):
            return {"anyOf": [{"type": "string", "maxLength": 80, "pattern": Id.PATTERN.pattern},
                              {"type": "integer", "minimum": 0}]}
        if isinstance(t, Keuze):
            return {"enum": list(t.choices)}
        if isinstance(t, Datum):
            return {"type": "string", "format": "date", "pattern": r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"}
        if isinstance(t, Getal):
            return {"type": "integer", "minimum": t.minimum, "maximum": t.maximum}
        if isinstance(t, JaNee):
            return {"anyOf": [{"type": "boolean"}, {"type": "string", "pattern": JA_NEE}, {"enum": YAML11_BOOLEANS}]}
        if isinstance(t, Patroon):
            string = {"type": "string", "maxLength": t.max_len, "pattern": f"^\\s*(?:{t.pattern.pattern})\\s*$"}
            digits_allowed = t.pattern.fullmatch("45") or t.pattern.fullmatch("12345678")  # unquoted "45" is a number
            return {"anyOf": [string, {"type": "integer", "minimum": 0}]} if digits_allowed else string
        if isinstance(t, Lijst):
            array = {"type": "array", "items": self.field_type(t.item), "maxItems": t.max_items}
            if t.uniek and not isinstance(t.item, (FieldSchema, OvergangType)):
                array["uniqueItems"] = True
            return array
        if isinstance(t, OvergangType):
            from .content.format import OVERGANG_BLOK
            return {"anyOf": [self.field_type(Id()), self.field_type(OVERGANG_BLOK)]}
        raise TypeError(f"no JSON Schema for field type {type(t).__name__}")  # a new type needs a rule here

    def block(self, schema: FieldSchema) -> dict:
        properties = {}
        for veld in schema.velden:
            prop = self.field_type(veld.type)
            if not veld.verplicht:  # an empty optional key counts as absent
                prop = {"anyOf": [prop, {"type": "null"}]}
            prop = {"description": f"{veld.uitleg} Soort waarde: {veld.type.beschrijving}.", **prop}
            if veld.standaard not in (None, []):
                prop["default"] = veld.standaard
            properties[veld.naam] = prop
        block = {"type": "object", "properties": properties, "additionalProperties": False}
        required = [v.naam for v in schema.velden if v.verplicht]
        if required:
            block["required"] = required
        return block


def json_schema(schema: FieldSchema, glob: str) -> dict:
    builder = _Builder()
    top = builder.block(schema)
    builder.definitions.pop(schema.naam, None)
    document = {"$schema": DRAFT, "title": f"Routewijzer: {schema.naam}",
                "description": f"Bestanden {glob}. Uitleg van elk veld: content/FORMAAT.md.", **top}
    if builder.definitions:
        document["definitions"] = dict(sorted(builder.definitions.items()))
    return document


def schema_files() -> dict[str, str]:
    """relative path -> text of every generated file (schemas and the VS Code mapping)."""
    files, mapping = {}, {}
    for schema, glob in file_kinds():
        path = f"{FOLDER}/{schema.naam}.schema.json"
        files[path] = json.dumps(json_schema(schema, glob), ensure_ascii=False, indent=2) + "\n"
        mapping[f"./{path}"] = [glob]
    settings = {"yaml.schemas": mapping, "yaml.validate": True, "yaml.hover": True, "yaml.completion": True}
    files[".vscode/settings.json"] = json.dumps(settings, ensure_ascii=False, indent=2) + "\n"
    return files
