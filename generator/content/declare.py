"""One declaration per YAML field: a dataclass field that also carries its editor-facing format.

The typed model (content/model/) and the format an editor reads (FORMAAT.md, the JSON
Schemas, the converter's error messages) used to be two lists kept in step by hand. Here
a model field is declared once, with `veld()`; the `blok()` class decorator turns the
class into a keyword-only dataclass and derives its `FieldSchema` (attribute `SCHEMA`) from
those declarations, in declaration order: the class's own fields first, then the ones it
inherits (the shared beheer fields come last in every block).

    @blok("bron")
    class Bron(Located):
        titel: str = veld(Tekst(300), "Titel van het document.", verplicht=True)
        website: str | None = veld(URL, "Openbaar webadres van het document, als dat er is.")

Defaults follow from the declaration: an optional field defaults to its `standaard`
(None unless given; a list default is copied per object), a required list defaults to an
empty list (so code can build an object without it), any other required field has no
default. Fields declared without `veld()` (such as `loc`) are not part of the YAML format.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from .fields import FieldSchema, FieldType, Lijst, Veld

_VOLGORDE = itertools.count()  # the order blocks are declared in, whichever module of a package declares them
_VELD = "routewijzer.veld"  # dataclass field metadata key holding (type, verplicht, uitleg, standaard)


def veld(type_: FieldType, uitleg: str, *, verplicht: bool = False, standaard: Any = None) -> Any:
    """Declare one YAML key on a model dataclass: its value type, explanation, required flag and default."""
    meta = {_VELD: (type_, verplicht, uitleg, standaard)}
    if verplicht:
        if isinstance(type_, Lijst):
            return field(default_factory=list, metadata=meta)
        return field(metadata=meta)
    if isinstance(standaard, list):
        return field(default_factory=lambda: list(standaard), metadata=meta)
    return field(default=standaard, metadata=meta)


def velden(cls: type) -> list[Veld]:
    """The declared YAML fields of a dataclass: its own first, then the inherited ones."""
    inherited = {f.name for base in cls.__mro__[1:] if is_dataclass(base) for f in fields(base)}
    declared = [f for f in fields(cls) if _VELD in f.metadata]
    ordered = [f for f in declared if f.name not in inherited] + [f for f in declared if f.name in inherited]
    return [Veld(f.name, *f.metadata[_VELD]) for f in ordered]


def blocks(module: Any) -> list[FieldSchema]:
    """Every block declared with `@blok` in a module or package (its names), in declaration order: the blocks
    register themselves, so FORMAAT.md and its test cannot leave one out."""
    found = [obj for obj in vars(module).values()
             if isinstance(obj, type) and getattr(obj, "SCHEMA", None) is not None and obj.SCHEMA.maak is obj]
    return [cls.SCHEMA for cls in sorted(found, key=lambda cls: cls.BLOK_VOLGORDE)]


def blok(naam: str, uitleg: str = ""):
    """Class decorator: a keyword-only dataclass whose `SCHEMA` is derived from its `veld()` fields."""

    def wrap(cls: type) -> type:
        cls = dataclass(kw_only=True)(cls)
        cls.SCHEMA = FieldSchema(naam, velden(cls), cls, uitleg)
        cls.BLOK_VOLGORDE = next(_VOLGORDE)
        return cls

    return wrap
