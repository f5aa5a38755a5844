"""The installable site's files in the docs folder: the manifest and the PNG icons (#25).

They go into the docs folder, not into the built site, so every engine (MkDocs, ProperDocs, Zensical)
publishes them and our link check finds them. The theme colour is the theme's own: Material's
palette stylesheet gives the primary colour the config names. Drawing an icon takes about a second, so
each PNG is kept in the cache folder under a hash of its SVG, size and the drawer's code.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..content.model import Site
from ..pages import app_manifest, icons

BACKGROUND = "#ffffff"  # the theme's light background (Material's default scheme)
FALLBACK_COLOUR = "#4051b5"  # when the theme names no primary colour Material knows


def _material_palette_css() -> str:
    try:
        import material
    except ImportError:
        return ""
    folder = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("palette.*.css")))


def theme_colour(config: dict) -> str:
    """The primary colour of the theme's (first) palette as #rrggbb."""
    palette = (config.get("theme") or {}).get("palette") or {}
    first = palette[0] if isinstance(palette, list) and palette else palette
    primary = str((first or {}).get("primary", "")).strip().lower().replace(" ", "-")
    if re.fullmatch(r"#[0-9a-f]{6}", primary):
        return primary
    match = re.search(r"\[data-md-color-primary=" + re.escape(primary) + r"\]\{[^}]*?--md-primary-fg-color:(#[0-9a-f]{6})",
                      _material_palette_css()) if primary else None
    return match.group(1) if match else FALLBACK_COLOUR


def icon_svg(config: dict) -> str:
    custom_dir = (config.get("theme") or {}).get("custom_dir")
    return (Path(custom_dir) / app_manifest.ICON_SOURCE).read_text(encoding="utf-8")


def _icon(svg: str, size: int, cache_dir: Path) -> bytes:
    drawer = Path(icons.__file__).read_bytes()
    key = hashlib.sha256(svg.encode("utf-8") + drawer + str(size).encode()).hexdigest()[:24]
    cached = cache_dir / "icons" / f"{key}.png"
    if cached.is_file():
        return cached.read_bytes()
    png = icons.render_png(svg, size)
    cached.parent.mkdir(parents=True, exist_ok=True)
    temporary = cached.with_suffix(".tmp")
    temporary.write_bytes(png)
    temporary.replace(cached)
    return png


def app_files(config: dict, site: Site, cache_dir: Path) -> dict[str, str | bytes]:
    """Docs-folder path -> content: the manifest and one PNG per icon size."""
    svg = icon_svg(config)
    files: dict[str, str | bytes] = {app_manifest.MANIFEST: app_manifest.manifest_json(
        site, theme_colour(config), BACKGROUND)}
    for size in app_manifest.ICON_SIZES:
        files[app_manifest.icon_path(size)] = _icon(svg, size, cache_dir)
    return files
