"""The 404 page must work wherever the server shows it: at any depth and under any base path.

Engines write the 404 page with absolute links under the configured base path (MkDocs does), so it
only works when deployed exactly there. After the engine build its links are made relative to the
site root, and a tiny script at the top of <head> writes a <base> that points at that root: the
configured base path when the address starts with it, else the part before the first known
top-level folder of the site, else "/".
"""
from __future__ import annotations

import json
import re
from pathlib import Path

PAGE = "404.html"
_ATTR = re.compile(r'\b(href|src)="([^"]*)"')


def _relative(match: re.Match, base_path: str) -> str:
    attr, url = match.groups()
    if base_path and url.startswith(base_path):
        return f'{attr}="{url[len(base_path):] or "./"}"'
    return match.group(0)


def _base_script(base_path: str, folders: list[str]) -> str:
    return ("<script>(function(){var p=location.pathname,b=" + json.dumps(base_path) + ",f=" + json.dumps(folders)
            + ",r='/';if(b&&p.indexOf(b)===0){r=b}else{var s=p.split('/');for(var i=1;i<s.length;i++){"
            "if(f.indexOf(s[i])!==-1){r=s.slice(0,i).join('/')+'/';break}}}"
            "document.write('<base href=\"'+r.replace(/\"/g,'')+'\">')})();</script>")


def make_portable(site: Path, base_path: str) -> None:
    """Rewrite site/404.html in place (no-op when the engine wrote none)."""
    page = site / PAGE
    if not page.is_file():
        return
    base = base_path if base_path.endswith("/") else base_path + "/"
    html = page.read_text(encoding="utf-8")
    html = _ATTR.sub(lambda m: _relative(m, base if base != "/" else "/"), html)
    folders = sorted(p.name for p in site.iterdir() if p.is_dir() and not p.name.startswith("."))
    html = html.replace("<head>", "<head>" + _base_script(base, folders), 1)
    page.write_text(html, encoding="utf-8")
