"""Content can never inject markup: hostile text in YAML ends up as visible text in the built HTML."""
from __future__ import annotations

import json
import re

import pytest

from generator.site.build import build_site

pytestmark = pytest.mark.e2e

EVIL = '</title></span><script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3)) {: onclick=x} *[X]: y'


def replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def hostile_site(minimal_root):
    quoted = EVIL.replace('"', '\\"')
    replace(minimal_root / "content/aanbieders/hulp-bv.yaml", "naam: Hulp BV", f'naam: "Hulp {quoted}"')
    replace(minimal_root / "content/aanbieders/hulp-bv.yaml", "omschrijving: Biedt ambulante hulp.",
            f'omschrijving: "Hulp {quoted}"')
    replace(minimal_root / "content/aanbieders/hulp-bv.yaml", "ondersteuningsvormen: [Gezinsbegeleiding]",
            f'ondersteuningsvormen: ["Vorm {quoted}"]')
    replace(minimal_root / "zorgroutes/huisarts.yaml", "titel: Huisarts verwijst", f'titel: "Stap {quoted}"')
    replace(minimal_root / "zorgroutes/huisarts.yaml", "beschrijving: De huisarts verwijst naar een aanbieder.",
            f'beschrijving: "- {quoted}"')
    replace(minimal_root / "zorgroutes/huisarts.yaml", "voorwaarde: specialistische hulp", f'voorwaarde: "{quoted}"')
    replace(minimal_root / "content/productcodes/categorie-45.yaml", "naam: Jeugdhulp ambulant regulier",
            f'naam: "Code {quoted}"')
    replace(minimal_root / "content/regio.yaml", "uitleg: Crisisdienst.", f'uitleg: "Crisis {quoted}"')
    replace(minimal_root / "zorgroutes/veiligheid.yaml", "titel: Veiligheidsroute", f'titel: "Veilig {quoted}"')
    (minimal_root / "content/paginas").mkdir()
    (minimal_root / "content/paginas/info.md").write_text("# Info &lt;/title&gt;&lt;script&gt;alert(5)&lt;/script&gt;\n\nTekst.\n")
    replace(minimal_root / "content/begrippen.yaml", "uitleg: Plek voor vragen over opvoeden.", f'uitleg: "{quoted}"')
    build_site(minimal_root)
    return minimal_root / "site"


def test_no_injected_elements_or_attributes(hostile_site):
    pages = list(hostile_site.rglob("*.html"))
    for page in pages:
        html = page.read_text(encoding="utf-8")
        head = html.split("</head>")[0]
        assert len(re.findall(r"</title>", head)) == 1, page  # no breakout of the page <title>
        assert not re.search(r"<script>alert", html), page
        assert not re.search(r"<img[^>]*onerror", html), page
        assert 'href="javascript:' not in html and "xlink:href=\"javascript:" not in html, page
        assert "onclick=" not in re.sub(r"&[a-z#0-9]+;|\\{", "", html).replace("onclick=x}", ""), page
    aanbieder = (hostile_site / "aanbieders/hulp-bv/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in aanbieder  # shown as text, not dropped
    title = re.search(r"<title>(.*?)</title>", aanbieder, re.DOTALL).group(1)
    assert "<" not in title
    finder = json.loads((hostile_site / "data/finder.json").read_text(encoding="utf-8"))  # results as HTML
    for record in finder["aanbieders"]:
        assert not re.search(r"<script>alert|<img[^>]*onerror|href=\"javascript:", record["h"]), record["id"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in next(r["h"] for r in finder["aanbieders"] if r["id"] == "hulp-bv")


def test_hostile_step_title_is_escaped_inside_the_svg_diagram(hostile_site):
    html = (hostile_site / "zorgroutes/huisarts/index.html").read_text(encoding="utf-8")
    svg = re.search(r'<svg role="group".*?</svg>', html, re.DOTALL).group(0)
    assert "<script" not in svg and "&lt;script&gt;" in svg
