"""Compare two builds of the same generated docs folder by what a reader gets: the set of pages, the
article text of each page, the route diagrams with their links, and the emergency bar. Used by
test_second_engine.py for ProperDocs and Zensical against MkDocs + Material."""
from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

from generator.site.script_modules import imported_modules


class _Article(HTMLParser):
    """The text inside <article>, without scripts and styles, whitespace folded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth, self.skip, self.parts = 0, 0, []

    def handle_starttag(self, tag, attrs):
        if tag == "article" or self.depth:
            self.depth += tag not in VOID
        if tag in ("script", "style") and self.depth:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if self.depth and tag not in VOID:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def article_text(html: str) -> str:
    parser = _Article()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def diagram_links(html: str) -> list[str]:
    """The step links inside the inline SVG diagrams (what makes a diagram clickable)."""
    svgs = " ".join(re.findall(r"<svg.*?</svg>", html, re.DOTALL))
    return sorted(re.findall(r'xlink:href="([^"]+)"', svgs))


def emergency_bar(html: str) -> str | None:
    match = re.search(r'<div class="rw-noodbalk".*?</div>\s*</div>', html, re.DOTALL)
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(0)).split()) if match else None


_MODULE_SCRIPT = re.compile(r'<script\b(?=[^>]*\btype="module")[^>]*\bsrc="([^"]+)"', re.IGNORECASE)


def module_scripts(html: str) -> list[str]:
    """The src of every <script type="module"> of a page, in order (the site's scripts, see mkdocs.yml)."""
    return _MODULE_SCRIPT.findall(html)


def site_paths(page: str, urls: list[str]) -> list[str]:
    """Relative URLs on a page as paths from the site root ('./assets/x.js' and 'assets/x.js' are one file)."""
    folder = posixpath.dirname(page)
    return [posixpath.normpath(posixpath.join(folder, url)) for url in urls]


def missing_modules(site: Path, page: str) -> list[str]:
    """The scripts a page loads, and the modules they import in turn, that are not in the built site:
    an engine that copied only the listed scripts would break every one of them."""
    scripts = site_paths(page, module_scripts((site / page).read_text(encoding="utf-8")))
    needed = dict.fromkeys(scripts + [m for s in scripts for m in imported_modules(site, s)])
    return [path for path in needed if not (site / path).is_file()]
