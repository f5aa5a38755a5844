"""Turning content text into safe Markdown and HTML.

Content is plain text written by editors: it must never become markup. Every
string from YAML passes through one of these functions. Markdown-active characters
are backslash-escaped (only those Python-Markdown accepts as escapes, so nothing
else changes) and HTML-active characters become entities. The only structure an
editor can write is paragraphs (blank line) and bullet lists (lines starting '- ').
"""
from __future__ import annotations

import html
import re
from urllib.parse import quote

# Python-Markdown's escapable characters, plus '|' (tables extension).
_MD_ACTIVE = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
_WS = re.compile(r"\s+")


def inline(text: str) -> str:
    """One line of safe Markdown text."""
    collapsed = _WS.sub(" ", str(text)).strip()
    entities = html.escape(collapsed, quote=False)
    return _MD_ACTIVE.sub(r"\\\1", entities)


def attr(text: str) -> str:
    """Text for an HTML attribute or element body in raw HTML blocks."""
    return html.escape(_WS.sub(" ", str(text)).strip(), quote=True)


def text_blocks(text: str | None) -> list[tuple[str, list[str]]]:
    """The structure an editor can write, unescaped: ("p", [paragraph]) and ("ul", [item, ...]) in order.
    The one parser of that structure; blocks() turns it into Markdown, the step-through into DOM nodes."""
    if not text:
        return []
    out: list[tuple[str, list[str]]] = []
    for block in re.split(r"\n\s*\n", str(text).strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        items: list[str] = []
        para: list[str] = []
        for line in lines:
            if line.startswith("- "):
                if para:
                    out.append(("p", [" ".join(para)]))
                    para = []
                items.append(line[2:])
            elif items:
                items[-1] += " " + line
            else:
                para.append(line)
        if para:
            out.append(("p", [" ".join(para)]))
        if items:
            out.append(("ul", items))
    return out


def blocks(text: str | None) -> str:
    """Multi-line text: paragraphs and '- ' bullet lists, everything else escaped."""
    return "\n\n".join(inline(parts[0]) if kind == "p" else "\n".join(f"- {inline(item)}" for item in parts)
                       for kind, parts in text_blocks(text))


def page_title(text: str) -> str:
    """A title for the engine's <title>, header and nav, which themes print without escaping (and
    Material even unescapes once with `striptags`). So no '<' or '>' may survive in any form: they
    become look-alike angle quotes, and the rest is HTML-escaped."""
    return html.escape(plain(text).replace("<", "\u2039").replace(">", "\u203a"), quote=True)


def plain(text: str | None) -> str:
    """Text flattened to one line, unescaped (for DOT labels and JSON, which escape themselves)."""
    return _WS.sub(" ", str(text or "")).strip()


def external_url(url: str) -> str:
    """An external http(s) URL made safe for a Markdown link target or an href."""
    return quote(url, safe=":/?#@!$&'*+,;=%~-._")


def link(label: str, target: str) -> str:
    """A Markdown link with escaped label; target is computed by urls (never from content)."""
    return f"[{inline(label)}]({target})"


def tel_href(telefoon: str) -> str:
    return "tel:" + re.sub(r"[^0-9+]", "", telefoon)


# A Dutch phone number in running text, as blocks()/inline() escape it ("0800\\-2000"): 112, or a
# number starting with 0 in groups of digits joined by (escaped) dashes or spaces, 10 digits or 0800/0900.
_PHONE = re.compile(r"(?<![\w\\-])(112|0[1-9]\d{1,3}(?:\\?-|\s)?\d{3,7}(?:(?:\\?-|\s)\d{2,4})?)(?![\w-])")


def _phone_digits(shown: str) -> str | None:
    """The digits to dial for a matched number, or None when it is no phone number after all."""
    digits = re.sub(r"\D", "", shown)
    if digits != "112" and len(digits) not in (8, 10):  # 0800-2000 has 8, a regular number 10
        return None
    return digits


def tel_links(markdown: str) -> str:
    """Phone numbers in already-escaped text become tel: links, so a number in a step can be tapped."""
    def link_number(match: re.Match) -> str:
        shown = match.group(1)
        digits = _phone_digits(shown)
        return f"[{shown}]({tel_href(digits)})" if digits else shown
    return _PHONE.sub(link_number, markdown)


def phone_segments(text: str) -> list[str | dict[str, str]]:
    """Plain text cut into strings and phone numbers ({"tel": shown, "href": "tel:..."}), for pages that
    build text in the browser (the step-through): the browser only sets textContent and href, so content
    stays text, and the phone pattern stays in this one place."""
    out: list[str | dict[str, str]] = []
    last = 0
    for match in _PHONE.finditer(text):
        digits = _phone_digits(match.group(1))
        if not digits:
            continue
        if match.start(1) > last:
            out.append(text[last:match.start(1)])
        out.append({"tel": match.group(1), "href": tel_href(digits)})
        last = match.end(1)
    if last < len(text):
        out.append(text[last:])
    return out
