"""Every page path, URL, anchor and link is computed here, so links cannot drift apart.

Pages live in the staging docs folder as Markdown files (`src`); the site engine
serves them with directory URLs (`zorgroutes/huisarts.md` -> `zorgroutes/huisarts/`).
Markdown links point at `.md` files (the engine checks and rewrites them); links in
raw HTML and inside SVG diagrams must be final URLs relative to the page.
"""
from __future__ import annotations

from functools import lru_cache

HOME = "index.md"
ROUTES = "zorgroutes/index.md"
AANBIEDERS = "aanbieders/index.md"
PRODUCTCODES = "productcodes/index.md"
GEMEENTEN = "gemeenten/index.md"
BEGRIPPEN = "begrippen/index.md"
BRONNEN = "bronnen/index.md"
ONDERSTEUNINGSVORMEN = "ondersteuningsvormen/index.md"
DOWNLOADS = "downloads/index.md"
FINDER = "vinden/index.md"
OFFLINE = "offline/index.md"
TOEGANKELIJKHEID = "toegankelijkheid/index.md"
PRIVACY = "privacy/index.md"


def route(route_id: str) -> str:
    return f"zorgroutes/{route_id}.md"


def aanbieder(aanbieder_id: str) -> str:
    return f"aanbieders/{aanbieder_id}.md"


def gemeente(gemeente_id: str) -> str:
    """A folder index page (same URL as `gemeenten/<id>.md`): the page lists aanbieders in raw HTML, and
    Zensical rewrites relative links in raw HTML as relative to the Markdown file while MkDocs leaves them
    alone; for an index page both readings are the same."""
    return f"gemeenten/{gemeente_id}/index.md"


def pagina(pagina_id: str) -> str:
    return f"info/{pagina_id}.md"


STAP_ANCHOR = "stap-"


def stap_anchor(stap_id: str) -> str:
    return f"{STAP_ANCHOR}{stap_id}"


def productcategorie(categorie: str) -> str:
    """One page per productcategorie, a folder index page (its table is raw HTML: see gemeente())."""
    return f"productcodes/{categorie}/index.md"


def categorie_anchor(categorie: str) -> str:
    return f"categorie-{categorie}"


def zorgsoort_anchor(zorgsoort_id: str) -> str:
    return f"zorgsoort-{zorgsoort_id}"


def product(code_or_categorie: str, categorie: str) -> tuple[str, str]:
    """Where a productcode or productcategorie is explained: (page, anchor). A code is its own anchor on
    its category's page (productcodes/45/#45A48); a category is the top of its page."""
    return productcategorie(categorie), "" if code_or_categorie == categorie else code_or_categorie


def begrip_anchor(begrip_id: str) -> str:
    return begrip_id


def bron_anchor(bron_id: str) -> str:
    return f"bron-{bron_id}"


# Files beside the pages, by path from the site root (open data, diagrams as DOT).
FINDER_DATA = "data/finder.json"
CODE_LIST = "productcodes/codes.json"  # the catalogue index's code finder, loaded on demand
ROUTE_JSON_SCHEMA = "data/zorgroute.schema.json"
HSDS_TABLES = ("organizations", "services", "locations", "service_at_locations")
TABLE_VARIANTS = ("json", "csv", "excel")  # an export table in JSON, CSV, and CSV for Dutch Excel


def data_table(naam: str, variant: str) -> str:
    """An export table ('aanbieders', 'productcodes') as JSON, CSV or CSV for Excel."""
    return f"data/{naam}-excel.csv" if variant == "excel" else f"data/{naam}.{variant}"


def hsds_file(table: str) -> str:
    return f"data/hsds/{table}.json"


def route_dot(route_id: str) -> str:
    """A route's diagram as Graphviz DOT, beside its page."""
    return f"zorgroutes/{route_id}.dot"


def route_json(route_id: str) -> str:
    return f"zorgroutes/{route_id}.json"


def page_url(src: str) -> str:
    """The directory URL of a page, relative to the site root ('' for the home page)."""
    if src == HOME:
        return ""
    if src.endswith("/index.md"):
        return src[: -len("index.md")]
    return src[: -len(".md")] + "/"


@lru_cache(maxsize=65536)
def relative(target: str, base_dir: str) -> str:
    """`target` relative to the directory `base_dir`; both site-relative, '/'-separated, no '..'.

    A string version of posixpath.relpath, which resolves against the working directory on every
    call; computing tens of thousands of links made that the largest cost of rendering."""
    t = [p for p in target.split("/") if p]
    b = [p for p in base_dir.split("/") if p]
    common = 0
    while common < len(t) and common < len(b) and t[common] == b[common]:
        common += 1
    parts = [".."] * (len(b) - common) + t[common:]
    return "/".join(parts) or "."


def _dirname(path: str) -> str:
    return path.rsplit("/", 1)[0] if "/" in path else ""


def md_link(from_src: str, to_src: str, anchor: str = "") -> str:
    """A Markdown link target from one page to another (engine-checked)."""
    target = "" if from_src == to_src else relative(to_src, _dirname(from_src))
    return target + (f"#{anchor}" if anchor else "")


def html_link(from_src: str, to_src: str, anchor: str = "") -> str:
    """A final URL from one page to another, for raw HTML and SVG."""
    suffix = f"#{anchor}" if anchor else ""
    if from_src == to_src:
        return suffix or "./"
    rel = relative(page_url(to_src), page_url(from_src))
    if rel == ".":
        rel = "./"
    elif not rel.endswith("/"):
        rel += "/"
    return rel + suffix


def site_asset(from_src: str, asset: str) -> str:
    """A URL to a file at the site root (e.g. 'assets/x.css') from a page."""
    return relative(asset, page_url(from_src))


RECENT = "recent/index.md"
FEED = "feed.xml"
WIJZIGINGEN_ANCHOR = "wijzigingen"


def wijziging_anchors(datums: list) -> list[str]:
    """One anchor per change on a page, newest first: 'wijziging-2026-12-03', and '-2', '-3' … for later
    changes on the same day, counted from the oldest, so adding a newer change never moves an old anchor
    (the feed's entry ids are built from them)."""
    seen: dict[str, int] = {}
    anchors = []
    for datum in reversed(datums):
        key = datum.isoformat()
        seen[key] = seen.get(key, 0) + 1
        anchors.append(f"wijziging-{key}" + (f"-{seen[key]}" if seen[key] > 1 else ""))
    return anchors[::-1]
