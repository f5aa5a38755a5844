"""The preview's error page: what `serve` shows in the browser while the content has errors.

An editor saves a file and looks at the browser, not at the terminal: so the same Dutch messages as
`check` (file:line, field, tip, every problem of the run) appear there, on a page that needs nothing
from the site (inline style, no assets) and is served at every address of the preview. It checks its
own address every second and reloads as soon as the site is back, or when the list of errors changed.
"""
from __future__ import annotations

import hashlib
from html import escape

from ..content.diagnostics import Diagnostics

_STIJL = """
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; color: #a50e0e; margin: 0 0 .5rem; }
ol { padding-left: 1.4rem; }
li { margin: 0 0 1rem; padding: .6rem .8rem; border-left: .3rem solid #a50e0e; background: #fdf3f3; }
code { font: 600 .95rem/1.4 ui-monospace, monospace; overflow-wrap: anywhere; }
.stil code { white-space: nowrap; }
.veld { font-family: ui-monospace, monospace; color: #444; }
.melding { margin: .2rem 0 0; }
.tip { margin: .2rem 0 0; color: #333; }
.stil { color: #444; }
"""

_SCRIPT = """
(function () {
  var stempel = document.querySelector('meta[name="rw-fouten"]').content;
  function kijk() {
    fetch(location.href, {cache: 'no-store'}).then(function (antwoord) {
      if (antwoord.ok) { location.reload(); return null; }
      return antwoord.text();
    }).then(function (tekst) {
      if (tekst && tekst.indexOf(stempel) === -1) { location.reload(); }
    }).catch(function () {}).then(function () { setTimeout(kijk, 1000); });
  }
  setTimeout(kijk, 1000);
})();
"""


def _item(diagnostic) -> str:
    veld = f' <span class="veld">[{escape(diagnostic.veld)}]</span>' if diagnostic.veld else ""
    tip = f'<p class="tip">Tip: {escape(diagnostic.hint)}</p>' if diagnostic.hint else ""
    waar = escape(str(diagnostic.locatie)) or "de hele inhoud"
    return f'<li><code>{waar}</code>{veld}<p class="melding">{escape(diagnostic.melding)}</p>{tip}</li>'


def foutpagina(diagnostics: Diagnostics, site_naam: str) -> str:
    """A complete HTML page listing every error of the run, in the order `check` prints them."""
    fouten = [d for d in diagnostics.sorted() if d.niveau == "fout"]
    stempel = hashlib.sha256("\n".join(d.format() for d in fouten).encode("utf-8")).hexdigest()[:16]
    aantal = "1 fout" if len(fouten) == 1 else f"{len(fouten)} fouten"
    return (f'<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="rw-fouten" content="{stempel}">\n'
            f"<title>{aantal} in de inhoud · voorbeeld van {escape(site_naam)}</title>\n<style>{_STIJL}</style>\n"
            f'</head>\n<body>\n<main>\n<h1>De inhoud bevat {aantal}</h1>\n'
            '<p>Het voorbeeld van de site komt terug zodra alles is opgelost. Deze pagina ververst vanzelf '
            "als u een bestand opslaat.</p>\n"
            f'<ol>\n{"".join(_item(d) for d in fouten)}\n</ol>\n'
            '<p class="stil">Dezelfde lijst staat in het venster waarin het voorbeeld draait, en krijgt u ook met '
            "<code>python -m generator check</code>.</p>\n"
            f"</main>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n")
