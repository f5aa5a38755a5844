"""The service worker that keeps the emergency essentials on the device (site/sw.js).

Written after the engine, because only the built HTML says which stylesheets and scripts a page
loads (the engine names its bundles by hash). What is stored at the first visit: the home page,
the veiligheidsroute (the route of soort veiligheidsroute, from content), the offline page, and
every local file those three load. Its version is a hash of exactly those bytes and the worker's
own code, so equal content gives a byte-identical sw.js and any change to what is stored gives a
new worker, which replaces the old caches when it activates. Pages read later are kept within
BUDGET bytes (see service_worker.js for the strategy).
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from ..pages.render.offline import OFFLINE_BUDGET
from .script_modules import imported_modules

WORKER = "sw.js"
TEMPLATE = Path(__file__).with_name("service_worker.js")
BUDGET = OFFLINE_BUDGET  # bytes of pages read later, kept on the device (the largest page is ~120 KB)
WACHTTIJD = 4000  # ms a page waits for a slow network when a stored copy exists
_LOADED = re.compile(r'<(?:link|script|img)\b[^>]*?\b(?:href|src)="([^"]+)"', re.IGNORECASE)
_REL = re.compile(r'\brel="([^"]+)"', re.IGNORECASE)
_SKIPPED_RELS = {"canonical", "alternate", "prev", "next", "manifest"}


def _page_file(site: Path, url: str) -> Path:
    return site / url / "index.html" if url == "" or url.endswith("/") else site / url


def loaded_files(site: Path, page_url: str) -> list[str]:
    """Site-relative paths of the local files a built page loads (stylesheets, scripts, icons, images)."""
    html = _page_file(site, page_url).read_text(encoding="utf-8")
    found = []
    for match in _LOADED.finditer(html):
        rel = _REL.search(match.group(0))
        if rel and set(rel.group(1).lower().split()) & _SKIPPED_RELS:
            continue
        target = urlsplit(match.group(1))
        if target.scheme or target.netloc or not target.path:
            continue  # another host (there are none: tests/test_privacy.py) or a data: URL
        resolved = urlsplit(urljoin("https://site.invalid/" + page_url, target.path)).path.lstrip("/")
        if (site / resolved).is_file():
            found.append(resolved)
    return found


def imported_files(site: Path, files: set[str]) -> set[str]:
    """The files and every module their scripts import, transitively (the site's scripts are ES modules)."""
    return files | {module for path in files if path.endswith(".js") for module in imported_modules(site, path)
                    if (site / module).is_file()}


def precache_list(site: Path, page_urls: list[str]) -> list[str]:
    """The pages and every file they load, site-relative, in a stable order ('' is the home page)."""
    files = sorted(imported_files(site, {path for url in page_urls for path in loaded_files(site, url)}))
    return list(dict.fromkeys(page_urls)) + [f for f in files if f not in page_urls]


def worker_source(site: Path, vooraf: list[str], offline_url: str) -> str:
    template = TEMPLATE.read_text(encoding="utf-8")
    digest = hashlib.sha256(template.encode("utf-8"))
    for url in vooraf:
        digest.update(url.encode("utf-8") + b"\0" + _page_file(site, url).read_bytes() + b"\0")
    config = {"versie": digest.hexdigest()[:16], "vooraf": [url or "./" for url in vooraf],
              "offline": offline_url, "budget": BUDGET, "wachttijd": WACHTTIJD}
    return template.replace("/*CONFIG*/", json.dumps(config, ensure_ascii=False, indent=1), 1)


def write_worker(site: Path, pages: list[str], offline_url: str) -> list[str]:
    """Write site/sw.js; returns what it stores at the first visit (site-relative)."""
    vooraf = precache_list(site, pages)
    (site / WORKER).write_text(worker_source(site, vooraf, offline_url), encoding="utf-8")
    return vooraf
