"""The engine settings that belong to a region (site name, base URL, footer, description).

They come from the `site:` block of regio.yaml, so that one generator serves any region: the
project's mkdocs.yml keeps only engine and theme defaults. Themes print these values
without escaping, so each one is made safe here.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from ..content.model import Regio
from .markdown_text import attr, page_title


def engine_settings(regio: Regio) -> dict:
    """Keys of the engine config (mkdocs.yml names) filled from the region's content."""
    site = regio.site
    settings = {
        "site_name": page_title(site.naam),
        "site_description": attr(site.omschrijving or f"Routewijzer jeugdhulp van {regio.naam}."),
        "copyright": attr(site.voettekst or f"Uitgegeven door {regio.organisatie}."),
    }
    if site.url:
        settings["site_url"] = site.url if site.url.endswith("/") else site.url + "/"
    return settings


def base_path(site_url: str | None) -> str:
    """The URL path the site is served under, e.g. '/routewijzer/' ('/' without a site URL)."""
    path = urlsplit(str(site_url or "")).path or "/"
    return path if path.endswith("/") else path + "/"
