"""PNG app icons drawn from one SVG, in pure Python (no Cairo, librsvg or ImageMagick to install).

Home screens and Lighthouse's installability rules want PNG icons of 192 and 512 px; the source is one
SVG (site_theme/assets/images/icoon.svg). This draws the small subset of SVG such an icon needs, with
anti-aliasing: <rect> (with rx), <circle>, <line> (stroke, round caps) and <polygon>, each with a solid
fill or stroke colour, in document order, in a square viewBox. Anything else in the SVG is refused by
name, so an editor who draws a richer icon is told why instead of getting a wrong one.

Coverage is exact horizontally and sampled at SUB rows per pixel vertically; equal input gives
byte-identical PNGs (fixed zlib level, no timestamps).
"""
from __future__ import annotations

import math
import re
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate, chain
from xml.etree import ElementTree

SUB = 4  # sample rows per pixel row
_NS = "{http://www.w3.org/2000/svg}"
_COLOUR = re.compile(r"#([0-9a-fA-F]{6})")

Spans = Callable[[float], list[tuple[float, float]]]  # y -> [x0, x1) intervals covered on that line


class IconError(ValueError):
    """The SVG uses something this drawer does not support (said in Dutch, for the editor)."""


@dataclass(frozen=True)
class Shape:
    spans: Spans
    top: float
    bottom: float
    colour: tuple[int, int, int]


def _colour(value: str | None, element: str) -> tuple[int, int, int]:
    match = _COLOUR.fullmatch((value or "").strip())
    if not match:
        raise IconError(f"<{element}>: kleur '{value}' wordt niet ondersteund; gebruik #rrggbb")
    rgb = match.group(1)
    return int(rgb[0:2], 16), int(rgb[2:4], 16), int(rgb[4:6], 16)


def _circle(cx: float, cy: float, r: float) -> Spans:
    def spans(y: float) -> list[tuple[float, float]]:
        d = r * r - (y - cy) ** 2
        if d <= 0:
            return []
        w = math.sqrt(d)
        return [(cx - w, cx + w)]
    return spans


def _polygon(points: list[tuple[float, float]]) -> Spans:
    edges = list(zip(points, points[1:] + points[:1], strict=True))

    def spans(y: float) -> list[tuple[float, float]]:
        xs = sorted(x0 + (y - y0) * (x1 - x0) / (y1 - y0) for (x0, y0), (x1, y1) in edges
                    if (y0 <= y < y1) or (y1 <= y < y0))
        return list(zip(xs[::2], xs[1::2], strict=False))
    return spans


def _rounded_rect(x: float, y: float, w: float, h: float, r: float) -> Spans:
    r = min(r, w / 2, h / 2)

    def spans(sy: float) -> list[tuple[float, float]]:
        if not y <= sy < y + h:
            return []
        dy = max(y + r - sy, sy - (y + h - r), 0)
        inset = r - math.sqrt(max(r * r - dy * dy, 0)) if dy else 0
        return [(x + inset, x + w - inset)]
    return spans


def _union(parts: list[Spans]) -> Spans:
    def spans(y: float) -> list[tuple[float, float]]:
        merged: list[list[float]] = []
        for a, b in sorted(s for part in parts for s in part(y)):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        return [(a, b) for a, b in merged]
    return spans


def _line(x1: float, y1: float, x2: float, y2: float, width: float) -> Spans:
    """A stroked line with round caps: a quad and a circle at each end."""
    length = math.hypot(x2 - x1, y2 - y1) or 1
    nx, ny = -(y2 - y1) / length * width / 2, (x2 - x1) / length * width / 2
    quad = _polygon([(x1 + nx, y1 + ny), (x2 + nx, y2 + ny), (x2 - nx, y2 - ny), (x1 - nx, y1 - ny)])
    return _union([quad, _circle(x1, y1, width / 2), _circle(x2, y2, width / 2)])


def _num(element: ElementTree.Element, name: str) -> float:
    try:
        return float(element.get(name, "0"))
    except ValueError as error:
        raise IconError(f"<{element.tag.removeprefix(_NS)}>: {name}='{element.get(name)}' is geen getal") from error


def parse_icon(svg: str) -> tuple[float, list[Shape]]:
    """The viewBox size and the shapes of an icon SVG, in drawing order."""
    root = ElementTree.fromstring(svg)
    box = [float(v) for v in (root.get("viewBox") or "").replace(",", " ").split()]
    if len(box) != 4 or box[0] or box[1] or box[2] != box[3]:
        raise IconError("het icoon heeft een vierkante viewBox nodig die bij 0 0 begint, bijvoorbeeld '0 0 512 512'")
    shapes = []
    for element in root:
        tag = element.tag.removeprefix(_NS)
        if tag in ("title", "desc"):
            continue
        if tag == "rect":
            x, y, w, h = (_num(element, n) for n in ("x", "y", "width", "height"))
            shapes.append(Shape(_rounded_rect(x, y, w, h, _num(element, "rx")), y, y + h, _colour(element.get("fill"), tag)))
        elif tag == "circle":
            cx, cy, r = (_num(element, n) for n in ("cx", "cy", "r"))
            shapes.append(Shape(_circle(cx, cy, r), cy - r, cy + r, _colour(element.get("fill"), tag)))
        elif tag == "line":
            x1, y1, x2, y2, w = (_num(element, n) for n in ("x1", "y1", "x2", "y2", "stroke-width"))
            shapes.append(Shape(_line(x1, y1, x2, y2, w), min(y1, y2) - w / 2, max(y1, y2) + w / 2,
                                _colour(element.get("stroke"), tag)))
        elif tag == "polygon":
            values = [float(v) for v in element.get("points", "").replace(",", " ").split()]
            points = list(zip(values[::2], values[1::2], strict=False))
            ys = [p[1] for p in points] or [0]
            shapes.append(Shape(_polygon(points), min(ys), max(ys), _colour(element.get("fill"), tag)))
        else:
            raise IconError(f"<{tag}> wordt niet ondersteund in het icoon; gebruik rect, circle, line of polygon")
    return box[2], shapes


def _coverage(shape: Shape, row: int, size: int, scale: float) -> list[float] | None:
    """How much of each pixel of one row the shape covers (0..1), or None when it misses the row."""
    if (row + 1) / scale <= shape.top or row / scale >= shape.bottom:
        return None
    cover = [0.0] * (size + 1)
    steps = [0.0] * (size + 1)  # full pixels, as differences: summed up below
    weight = 1 / SUB
    hit = False
    for sub in range(SUB):
        for a, b in shape.spans((row + (sub + 0.5) / SUB) / scale):
            a, b = max(a * scale, 0.0), min(b * scale, float(size))
            if b <= a:
                continue
            hit = True
            ia, ib = int(a), int(b)
            if ia == ib:
                cover[ia] += (b - a) * weight
                continue
            cover[ia] += (ia + 1 - a) * weight
            steps[ia + 1] += weight
            steps[ib] -= weight
            cover[ib] += (b - ib) * weight
    if not hit:
        return None
    return [min(c + s, 1.0) for c, s in zip(cover, accumulate(steps), strict=True)][:size]


def _over(colour: tuple[int, int, int], c: float, below: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """An opaque colour at coverage c over a pixel (straight alpha)."""
    below_alpha = below[3] / 255 * (1 - c)
    alpha = c + below_alpha
    rgb = tuple(round((colour[k] * c + below[k] * below_alpha) / alpha) for k in range(3))
    return (*rgb, round(alpha * 255))


def render_png(svg: str, size: int) -> bytes:
    """The icon as a size x size RGBA PNG. Most pixels are covered fully by one shape and are simply set;
    only the edge pixels are blended."""
    view, shapes = parse_icon(svg)
    scale = size / view
    clear = (0, 0, 0, 0)
    rows = []
    for y in range(size):
        pixels = [clear] * size
        for shape in shapes:
            cover = _coverage(shape, y, size, scale)
            if cover is None:
                continue
            solid = (*shape.colour, 255)
            for x in [x for x, c in enumerate(cover) if c >= 1]:
                pixels[x] = solid
            for x in [x for x, c in enumerate(cover) if 0 < c < 1]:
                pixels[x] = _over(shape.colour, cover[x], pixels[x])
        rows.append(b"\0" + bytes(chain.from_iterable(pixels)))  # filter byte 0: none
    return _png(size, b"".join(rows))


def _png(size: int, raw: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
