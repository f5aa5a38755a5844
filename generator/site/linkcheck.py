"""Link integrity of the built site: every internal href/src resolves to a file, every #fragment
exists in its target page (links inside inline SVG diagrams included), every page is reachable
from the home page, tel:/mailto: are well-formed and external URLs are syntactically valid.
Works on the HTML output, not the Markdown, so it checks what visitors get.
"""
from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .script_modules import imported_modules

TEL = re.compile(r"tel:\+?[0-9]{3,15}")
# An address, optionally with RFC 6068 header fields (subject, body) percent-encoded.
MAILTO = re.compile(r"mailto:[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(\?[A-Za-z0-9._~%&=+/-]*)?")
HOSTNAME = re.compile(r"(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")
URL_CHARS = re.compile(r"[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]*")

# Our pages are machine-written HTML with quoted attributes, so a tag/attribute scan after removing
# scripts, styles and comments finds the same ids and links as a full parser, several times faster.
_SKIP = re.compile(r"<!--.*?-->|(<script\b[^>]*>).*?</script\s*>|<style\b[^>]*>.*?</style\s*>"
                   r"|<meta\b[^>]*>|<link\b[^>]*\brel=\"canonical\"[^>]*>", re.DOTALL | re.IGNORECASE)
# Only the attributes that matter, anywhere inside a tag (they never occur as text: text has &quot;).
_WANTED = re.compile(r"""\s(id|name|href|src|xlink:href|action|poster)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def valid_external(url: str) -> bool:
    """Syntax only: http(s), a valid host name or IPv4 address, a numeric port, no stray characters."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    host = parts.hostname or ""
    return (parts.scheme in ("http", "https") and bool(HOSTNAME.fullmatch(host)) and (port is None or 0 < port < 65536)
            and bool(URL_CHARS.fullmatch(url)))


@dataclass(frozen=True)
class BrokenLink:
    page: str
    target: str
    reden: str

    def format(self) -> str:
        return f"{self.page}: {self.target} — {self.reden}"


@dataclass
class PageScan:
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)


def scan_text(text: str) -> PageScan:
    """Ids and link targets of one page. Meta tags and the canonical link are dropped first; script
    bodies, styles and comments too (script src is kept)."""
    result = PageScan()
    for name, double, single in _WANTED.findall(_SKIP.sub(lambda m: m.group(1) or "", text)):
        value = double or single
        if "&" in value:
            value = html.unescape(value)
        if name in ("id", "name"):
            result.ids.add(value)
        else:
            result.links.append(value)
    return result


def scan(path: Path) -> PageScan:
    return scan_text(path.read_text(encoding="utf-8", errors="replace"))


class SiteIndex:
    """Every file of the built site, listed once, so resolving a link needs no filesystem access."""

    def __init__(self, site: Path):
        self.site = site
        self.files = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
        self.dirs = set()
        for name in self.files:
            directory = posixpath.dirname(name)
            while directory and directory not in self.dirs:
                self.dirs.add(directory)
                directory = posixpath.dirname(directory)
        self.scans: dict[str, PageScan] = {}

    def as_file(self, target: str) -> str | None:
        if target.startswith("../") or target == "..":
            return None
        bare = target.rstrip("/")
        if bare in ("", "."):
            candidate = "index.html"
        elif target.endswith("/") or bare in self.dirs:
            candidate = f"{bare}/index.html"
        else:
            candidate = bare
        return candidate if candidate in self.files else None

    def scan(self, page: str) -> PageScan:
        if page not in self.scans:
            self.scans[page] = scan(self.site / page)
        return self.scans[page]


@lru_cache(maxsize=262144)
def _resolve_in(directory: str, url: str, base_path: str) -> tuple[str, str]:
    """Links with a path resolve the same for every page in one directory (nav links repeat on each)."""
    return _resolve(f"{directory}/index.html" if directory else "index.html", url, base_path)


def resolve(page: str, url: str, base_path: str) -> tuple[str, str]:
    """Public: the site-relative file and fragment a link on `page` points at (for reports)."""
    return _resolve(page, url, base_path)


def _resolve(page: str, url: str, base_path: str) -> tuple[str, str]:
    """Site-relative file path and fragment for a URL found on `page` (absolute paths start at base_path)."""
    parts = urlsplit(url)
    if parts.path.startswith("/"):
        if not parts.path.startswith(base_path):
            return "../buiten-de-site", ""
        target = unquote(parts.path[len(base_path):])
    elif parts.path:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
        if url.split("#")[0].split("?")[0].endswith("/") and not target.endswith("/"):
            target += "/"
    else:
        target = page
    return target, unquote(parts.fragment)


def check_link(index: SiteIndex, page: str, url: str, base_path: str = "/") -> tuple[str | None, str | None]:
    """(why the link is broken, or None; the HTML page it leads to, or None)."""
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("http", "https"):
        return (None if valid_external(url) else "ongeldig extern webadres"), None
    if scheme == "tel":
        return (None if TEL.fullmatch(url) else "ongeldig telefoonnummer in tel:-link"), None
    if scheme == "mailto":
        return (None if MAILTO.fullmatch(url) else "ongeldig e-mailadres in mailto:-link"), None
    if scheme == "data":
        return None, None
    if scheme:
        return f"niet toegestaan schema '{scheme}:'", None
    if url.startswith("#") or not urlsplit(url).path:
        target, fragment = _resolve(page, url, base_path)  # same page
    else:
        target, fragment = _resolve_in(posixpath.dirname(page), url, base_path)  # cached per directory
    found = index.as_file(target)
    if found is None:
        return "doel bestaat niet", None
    is_html = found.endswith(".html")
    if fragment and is_html and fragment not in index.scan(found).ids:
        return f"anker #{fragment} bestaat niet op {found}", found
    return None, (found if is_html else None)


def orphans(reaches: dict[str, set[str]], pages: list[str], start: str = "index.html") -> list[str]:
    """Pages that cannot be reached from the home page by following links (404.html excepted)."""
    seen, todo = {start}, [start]
    while todo:
        for target in reaches.get(todo.pop(), ()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return sorted(p for p in pages if p not in seen and p != "404.html")


@dataclass
class LinkReport:
    broken: list[BrokenLink]
    orphans: list[str]
    links: int
    pages: int
    external: list[str]

    @property
    def ok(self) -> bool:
        return not self.broken and not self.orphans


def broken_imports(index: SiteIndex, scripts: set[str]) -> list[BrokenLink]:
    """Modules the site's scripts import (script_modules) that are not in the site: no page names
    them, so the page scan alone would let a script that cannot start pass."""
    return [BrokenLink(script, module, "geïmporteerde module bestaat niet")
            for script in sorted(scripts) for module in imported_modules(index.site, script) if module not in index.files]


def check_site(site: Path, base_path: str = "/") -> LinkReport:
    """All broken links and orphaned pages in the built site; each link is resolved once."""
    index = SiteIndex(Path(site))
    pages = sorted(f for f in index.files if f.endswith(".html"))
    broken, count, external, scripts = [], 0, set(), set()
    reaches: dict[str, set[str]] = {}
    for page in pages:
        targets = reaches.setdefault(page, set())
        page_scan = index.scan(page)
        links, page_scan.links = page_scan.links, []  # only its ids are needed later (as a link target)
        for url in links:
            count += 1
            reason, html_page = check_link(index, page, url, base_path)
            if reason:
                broken.append(BrokenLink(page, url, reason))
            elif urlsplit(url).scheme in ("http", "https"):
                external.add(url)
            elif urlsplit(url).path.endswith(".js"):
                scripts.add(index.as_file(_resolve_in(posixpath.dirname(page), url, base_path)[0]))
            if html_page:
                targets.add(html_page)
    broken += broken_imports(index, scripts)
    _resolve_in.cache_clear()  # tens of MB at 50x content; the build goes on to publish without it
    return LinkReport(broken, orphans(reaches, pages), count, len(pages), sorted(external))
