"""Installable (#25): the web app manifest and its icons, against Chrome's installability rules (the rules
Lighthouse's "installable manifest" audit reports; Lighthouse itself is not run). The static checks read
the built site; the browser test asks Chromium itself (DevTools Page.getInstallabilityErrors)."""
from __future__ import annotations

import json
import os
import struct
from urllib.parse import urljoin

import pytest
from conftest import CHROMIUM_FLAGS, PROJECT

from generator.content import check
from generator.pages import app_manifest
from generator.pages.icons import IconError, render_png

SVG = (PROJECT / "site_theme" / app_manifest.ICON_SOURCE).read_text(encoding="utf-8")


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def pixel(png: bytes, x: int, y: int) -> tuple[int, ...]:
    import zlib

    width, _ = png_size(png)
    raw = zlib.decompress(png[png.index(b"IDAT") + 4:])
    row = raw[y * (width * 4 + 1) + 1:]
    return tuple(row[x * 4:x * 4 + 4])


@pytest.mark.e2e
def test_the_manifest_meets_the_installability_rules(default_site):
    manifest = json.loads((default_site / app_manifest.MANIFEST).read_text(encoding="utf-8"))
    site = check(PROJECT).content.regio.site
    assert manifest["name"] == site.naam
    assert manifest["short_name"] == (site.korte_naam or "Routewijzer") and len(manifest["short_name"]) <= 12
    assert manifest["display"] in ("fullscreen", "standalone", "minimal-ui")
    assert manifest.get("prefer_related_applications") is not True
    base = "https://host.invalid/sub/" + app_manifest.MANIFEST
    scope = urljoin(base, manifest["scope"])
    assert scope == "https://host.invalid/sub/" and urljoin(base, manifest["start_url"]).startswith(scope)
    assert manifest["theme_color"] == "#4051b5"  # Material's indigo, the palette's primary in mkdocs.yml
    pngs = [icon for icon in manifest["icons"] if icon["type"] == "image/png"]
    sizes = set()
    for icon in pngs:
        path = default_site / "app" / icon["src"]
        width, height = png_size(path.read_bytes())
        assert icon["sizes"] == f"{width}x{height}" and "any" in icon.get("purpose", "any").split()
        sizes.add(width)
    assert {192, 512} <= sizes and max(sizes) >= 144  # Chrome: a square PNG of at least 144 px
    pages = list(default_site.rglob("index.html"))
    assert pages and all('rel="manifest"' in p.read_text(encoding="utf-8") for p in pages)


def test_icons_are_drawn_from_the_svg_and_identical_every_time():
    first = render_png(SVG, 192)
    assert first == render_png(SVG, 192)
    assert png_size(first) == (192, 192)
    assert pixel(first, 0, 0)[3] == 0  # the rounded corner is transparent
    assert pixel(first, 96, 10) == (0x40, 0x51, 0xb5, 255)  # the theme colour, as the SVG says
    assert pixel(first, int(176 * 192 / 512), int(140 * 192 / 512)) == (255, 255, 255, 255)  # a white step


def test_an_icon_with_unsupported_svg_is_refused_in_dutch():
    with pytest.raises(IconError, match="<path> wordt niet ondersteund"):
        render_png('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0"/></svg>', 16)
    with pytest.raises(IconError, match="vierkante viewBox"):
        render_png('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 20"></svg>', 16)


@pytest.mark.browser
@pytest.mark.e2e
def test_chromium_finds_the_site_installable(browser, site_url, tmp_path):
    context = browser.browser_type.launch_persistent_context(  # not incognito: that alone blocks installing
        str(tmp_path / "profiel"), executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"), args=CHROMIUM_FLAGS)
    try:
        page = context.pages[0] if context.pages else context.new_page()
        page.goto(site_url + "zorgroutes/veiligheidsroute/")
        page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30_000)
        cdp = context.new_cdp_session(page)
        assert cdp.send("Page.getAppManifest").get("errors") == []
        assert cdp.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
    finally:
        context.close()
