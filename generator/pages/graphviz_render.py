"""The one place that runs Graphviz: DOT text in, cleaned inline-ready SVG out.

Rendering is cached by a hash of the DOT text and the Graphviz version, and runs
in parallel threads (each call is a separate `dot` process), so a rebuild with
unchanged routes starts no process at all.
"""
from __future__ import annotations

import hashlib
import html
import math
import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

from ..content.diagnostics import EnvironmentProblem

INSTALL_HINT = ("Graphviz ('dot') is niet gevonden. Installeer het met 'apt-get install graphviz' "
                "(Debian/Ubuntu) of zie https://graphviz.org/download/ en probeer het opnieuw.")


def dot_binary() -> str:
    path = shutil.which(os.environ.get("ROUTEWIJZER_DOT", "dot"))
    if not path:
        raise EnvironmentProblem(INSTALL_HINT)
    return path


@lru_cache(maxsize=4)
def graphviz_version(binary: str) -> str:
    result = subprocess.run([binary, "-V"], capture_output=True, text=True, check=False)
    return (result.stderr or result.stdout).strip()


def clean_svg(svg: str, label: str) -> str:
    """Strip the XML prolog, doctype and comments; give the diagram an accessible name. Graphviz's
    <title> elements become data-id attributes: they hold internal ids ("melden", "signalen->crisis")
    that a browser shows as a tooltip; each step's link carries its readable title."""
    svg = re.sub(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|<!--.*?-->", "", svg, flags=re.DOTALL)
    svg = re.sub(r'(<g id="[^"]*" class="[^"]*"[^>]*)>\s*<title>([^<]*)</title>', r'\1 data-id="\2">', svg)
    svg = "\n".join(line for line in svg.splitlines() if line.strip())
    label = label.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return svg.replace("<svg ", f'<svg role="group" aria-label="{label}" focusable="false"{_min_width(svg)} ', 1)


# Labels are set at 13 pt (17.3 px at natural size); below this scale they would drop under 12 px.
MIN_SCALE = 12 / (13 * 4 / 3)


def _min_width(svg: str) -> str:
    """A CSS min-width so a wide diagram never shrinks its labels below 12 px: the figure scrolls
    sideways instead (it has overflow-x: auto). Every diagram gets the rule; narrow ones fit anyway."""
    match = re.search(r'<svg width="([\d.]+)pt"', svg)
    if not match:
        return ""
    return f' style="min-width:{float(match.group(1)) * 4 / 3 * MIN_SCALE:.0f}px"'


def svg_size(svg: str) -> tuple[float, float]:
    """The natural width and height of a Graphviz SVG in pt (1 SVG unit = 1 pt in Graphviz output)."""
    match = re.search(r'<svg[^>]*?width="([\d.]+)pt" height="([\d.]+)pt"', svg)
    if not match:
        raise ValueError("Graphviz SVG without a width and height in pt")
    return float(match.group(1)), float(match.group(2))


def node_heights(svg: str) -> dict[str, float]:
    """Each node's vertical position (the mean baseline of its label lines) in a Graphviz SVG without
    links, by node id: where a tall paper diagram is cut into parts, ranks stay together."""
    positions = {}
    for title, body in re.findall(r'<g id="node\d+" class="node">\s*<title>([^<]*)</title>(.*?)</g>', svg, re.DOTALL):
        ys = [float(y) for y in re.findall(r'<text[^>]*? y="(-?[\d.]+)"', body)]
        if ys:
            positions[html.unescape(title)] = sum(ys) / len(ys)
    return positions


def paper_svg(svg: str, width_pt: float, height_pt: float) -> str:
    """The print-only copy of a diagram: fixed printed size, hidden from screen readers (the numbered
    steps are the text alternative), and without ids or tooltips that would repeat the screen copy's."""
    svg = re.sub(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|<!--.*?-->|<title>[^<]*</title>", "", svg, flags=re.DOTALL)
    svg = re.sub(r' id="[^"]*"', "", svg)
    svg = "\n".join(line for line in svg.splitlines() if line.strip())
    size = f"width:{math.floor(width_pt * 10) / 10}pt;height:{math.floor(height_pt * 10) / 10}pt"  # never past the box
    return svg.replace("<svg ", f'<svg aria-hidden="true" focusable="false" style="{size}" ', 1)


def _render_one(binary: str, dot_text: str) -> str:
    try:
        result = subprocess.run([binary, "-Tsvg"], input=dot_text, capture_output=True, text=True,
                                timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EnvironmentProblem(f"Graphviz kon een schema niet tekenen ({exc}).") from exc
    if result.returncode != 0:
        raise EnvironmentProblem(f"Graphviz gaf een fout bij het tekenen van een schema: {result.stderr.strip()}")
    return result.stdout


def render_svgs(dot_texts: list[str], cache_dir: Path | None = None) -> list[str]:
    """Render each DOT text to raw SVG, reusing cached results; order is preserved."""
    binary = dot_binary()
    version = graphviz_version(binary)
    keys = [hashlib.sha256((version + "\0" + text).encode()).hexdigest() for text in dot_texts]
    results: dict[str, str] = {}
    todo: dict[str, str] = {}
    for key, text in zip(keys, dot_texts, strict=True):
        cached = cache_dir / f"{key}.svg" if cache_dir else None
        if cached and cached.is_file():
            results[key] = cached.read_text(encoding="utf-8")
        else:
            todo[key] = text
    if todo:
        with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as pool:
            rendered = dict(zip(todo, pool.map(lambda t: _render_one(binary, t), todo.values()), strict=True))
        for key, svg in rendered.items():
            results[key] = svg
            if cache_dir:
                cache_dir.mkdir(parents=True, exist_ok=True)
                tmp = cache_dir / f".{key}.{os.getpid()}.tmp"
                tmp.write_text(svg, encoding="utf-8")
                tmp.replace(cache_dir / f"{key}.svg")
    return [results[key] for key in keys]
