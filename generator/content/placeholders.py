"""Warnings for text still marked '[invullen]' (to fill in), as `init` writes it for a new region.

A new region builds at once, so editors see their site while they work; these warnings tell
them, with file:line and field, what is still to be filled in.
"""
from __future__ import annotations

import dataclasses

from .diagnostics import Diagnostics
from .model import Content, Located

MARKER = "[invullen]"


def check_placeholders(content: Content, diagnostics: Diagnostics) -> None:
    seen: set[int] = set()
    for item in _located(content, seen):
        for f in dataclasses.fields(item):
            value = getattr(item, f.name)
            texts = value if isinstance(value, list) else [value]
            if any(isinstance(t, str) and MARKER in t for t in texts):
                diagnostics.waarschuwing(item.at(f.name), f.name, "Hier staat nog [invullen]: vul de gegevens van uw regio in.",
                                         "Vervang de tekst met [invullen] door echte gegevens, of laat een optioneel veld weg.")


def _located(value, seen: set[int]):
    """Every model object in the content tree, once each."""
    if isinstance(value, list):
        for item in value:
            yield from _located(item, seen)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type) and id(value) not in seen:
        seen.add(id(value))
        if isinstance(value, Located):
            yield value
        for f in dataclasses.fields(value):
            if f.name not in ("loc", "regels"):
                yield from _located(getattr(value, f.name), seen)
