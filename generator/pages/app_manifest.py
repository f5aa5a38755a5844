"""The web app manifest: "Zet op beginscherm" gives an icon that opens the site (#25).

Pure: the region's site settings and the theme's colours in, the manifest's JSON out. Its URLs are
relative to the manifest itself (app/manifest.webmanifest), so the site stays installable under any
sub-path. The rules it meets are Chrome's installability rules (Lighthouse's reference), checked in
tests/test_app_manifest.py.
"""
from __future__ import annotations

import json

from ..content.model import Site

FOLDER = "app"
MANIFEST = f"{FOLDER}/manifest.webmanifest"
ICON_SIZES = (192, 512)
ICON_SOURCE = "assets/images/icoon.svg"  # in site_theme/, copied by the engine


def icon_path(size: int) -> str:
    return f"{FOLDER}/icoon-{size}.png"


def short_name(site: Site) -> str:
    return site.korte_naam or site.naam.split()[0][:12]


def manifest_json(site: Site, theme_colour: str, background_colour: str) -> str:
    """JSON escapes; the texts are shown as plain text, so they stay unescaped otherwise."""
    manifest = {
        "name": site.naam,
        "short_name": short_name(site),
        "description": site.omschrijving or site.naam,
        "lang": "nl",
        "dir": "ltr",
        "id": "../",
        "start_url": "../",
        "scope": "../",
        "display": "standalone",
        "theme_color": theme_colour,
        "background_color": background_colour,
        "icons": [{"src": icon_path(size).removeprefix(FOLDER + "/"), "sizes": f"{size}x{size}", "type": "image/png",
                   "purpose": "any"} for size in ICON_SIZES]
        + [{"src": "../" + ICON_SOURCE, "sizes": "any", "type": "image/svg+xml", "purpose": "any"}],
    }
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
