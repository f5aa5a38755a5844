"""Link integrity of the built site: every internal href/src resolves to a file, every #fragment
exists in its target page (links inside inline SVG diagrams included), tel:/mailto: are
well-formed and external URLs are at least syntactically valid. Works on the HTML output,
not the Markdown, so it checks what visitors get.
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK_ATTRS = {"href", "src", "xlink:href", "action", "poster"}
TEL = re.compile(r"tel:\+?[0-9]{3,15}")
MAILTO = re.compile(r"mailto:[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
HOSTNAME = re.compile(r"(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")
URL_CHARS = re.compile(r"[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]*")


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
class PageScan(HTMLParser):
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)

    def __post_init__(self):
        HTMLParser.__init__(self, convert_charrefs=True)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name in ("id", "name") and tag != "meta":
                self.ids.add(value)
            elif name in LINK_ATTRS and not (tag == "link" and ("rel", "canonical") in attrs):
                self.links.append(value)

    handle_startendtag = handle_starttag


def scan(path: Path) -> PageScan:
    parser = PageScan()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return parser


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


def _as_file(site: Path, target: str) -> str | None:
    if target.startswith("../") or target == "..":
        return None
    candidate = site / target
    if target.endswith("/") or target in ("", ".") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate.relative_to(site).as_posix() if candidate.is_file() else None


def check_link(site: Path, page: str, url: str, scans: dict[str, PageScan], base_path: str = "/") -> str | None:
    """The reason a link is broken, or None."""
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("http", "https"):
        return None if valid_external(url) else "ongeldig extern webadres"
    if scheme == "tel":
        return None if TEL.fullmatch(url) else "ongeldig telefoonnummer in tel:-link"
    if scheme == "mailto":
        return None if MAILTO.fullmatch(url) else "ongeldig e-mailadres in mailto:-link"
    if scheme == "data":
        return None
    if scheme:
        return f"niet toegestaan schema '{scheme}:'"
    target, fragment = _resolve(page, url, base_path)
    found = _as_file(site, target)
    if found is None:
        return "doel bestaat niet"
    if fragment and found.endswith(".html"):
        target_scan = scans.get(found) or scans.setdefault(found, scan(site / found))
        if fragment not in target_scan.ids:
            return f"anker #{fragment} bestaat niet op {found}"
    return None


def html_targets(site: Path, page: str, page_scan: PageScan, base_path: str) -> set[str]:
    """The HTML pages one page links to (internal links only), for reachability."""
    targets = set()
    for url in page_scan.links:
        if urlsplit(url).scheme:
            continue
        target, _ = _resolve(page, url, base_path)
        found = _as_file(site, target)
        if found and found.endswith(".html"):
            targets.add(found)
    return targets


def orphans(site: Path, scans: dict[str, PageScan], base_path: str, start: str = "index.html") -> list[str]:
    """Pages that cannot be reached from the home page by following links (404.html excepted)."""
    seen, todo = {start}, [start]
    while todo:
        page = todo.pop()
        for target in html_targets(site, page, scans[page], base_path) if page in scans else ():
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return sorted(p for p in scans if p not in seen and p != "404.html")


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


def check_site(site: Path, base_path: str = "/") -> LinkReport:
    """All broken links and orphaned pages in the built site."""
    site = Path(site)
    scans = {p.relative_to(site).as_posix(): scan(p) for p in sorted(site.rglob("*.html"))}
    broken, count, external = [], 0, set()
    for page, page_scan in sorted(scans.items()):
        for url in page_scan.links:
            count += 1
            reason = check_link(site, page, url, scans, base_path)
            if reason:
                broken.append(BrokenLink(page, url, reason))
            elif urlsplit(url).scheme in ("http", "https"):
                external.add(url)
    return LinkReport(broken, orphans(site, scans, base_path), count, len(scans), sorted(external))
