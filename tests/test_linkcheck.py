from pathlib import Path

from generator.site.linkcheck import check_site


def write(site: Path, rel: str, html: str) -> None:
    (site / rel).parent.mkdir(parents=True, exist_ok=True)
    (site / rel).write_text(html, encoding="utf-8")


def test_checker_finds_each_kind_of_broken_link(tmp_path):
    write(tmp_path, "index.html", '<a href="a/">ok</a><a href="a/#x">ok</a><a href="a/#nee">anker</a>'
          '<a href="b/">weg</a><a href="tel:08002000">ok</a><a href="tel:bel-mij">tel</a>'
          '<a href="mailto:a@b.nl">ok</a><a href="javascript:alert(1)">js</a><a href="https://rigg.nl/x">ok</a>'
          '<svg><a xlink:href="a/#y"><text>svg</text></a><a xlink:href="#z"></a></svg>'
          '<script src="weg.js">var x = "<a href=\'niet-geteld\'>";</script><!-- <a href="ook-niet"> -->')
    write(tmp_path, "a/index.html", '<h2 id="x">x</h2><p id="y"></p>')
    report = check_site(tmp_path)
    assert report.links == 12
    assert sorted((b.target, b.reden) for b in report.broken) == [
        ("#z", "anker #z bestaat niet op index.html"),
        ("a/#nee", "anker #nee bestaat niet op a/index.html"),
        ("b/", "doel bestaat niet"),
        ("javascript:alert(1)", "niet toegestaan schema 'javascript:'"),
        ("tel:bel-mij", "ongeldig telefoonnummer in tel:-link"),
        ("weg.js", "doel bestaat niet"),
    ]


def test_a_module_a_script_imports_must_be_in_the_site(tmp_path):
    """No page names dom.js; a site without it would pass the page scan while every script fails."""
    write(tmp_path, "index.html", '<a href="a/">a</a><script src="assets/js/pagina.js" type="module"></script>')
    write(tmp_path, "a/index.html", '<script src="../assets/js/pagina.js" type="module"></script>')
    write(tmp_path, "assets/js/pagina.js", 'import { el } from "./dom.js";\nimport { x } from "./weg.js";\n')
    write(tmp_path, "assets/js/dom.js", 'import { y } from "./ook-weg.js";\nexport const el = 1;\n')
    assert sorted((b.page, b.target, b.reden) for b in check_site(tmp_path).broken) == [
        ("assets/js/pagina.js", "assets/js/ook-weg.js", "geïmporteerde module bestaat niet"),
        ("assets/js/pagina.js", "assets/js/weg.js", "geïmporteerde module bestaat niet"),
    ]


def test_orphans_are_pages_not_reachable_from_home(tmp_path):
    write(tmp_path, "index.html", '<a href="a/">a</a>')
    write(tmp_path, "a/index.html", '<a href="../b/">b</a>')
    write(tmp_path, "b/index.html", '<a href="../">home</a>')
    write(tmp_path, "wees/index.html", '<a href="../">home</a>')
    write(tmp_path, "404.html", "")
    assert check_site(tmp_path).orphans == ["wees/index.html"]


def test_external_urls_are_checked_for_syntax_only():
    from generator.site.linkcheck import valid_external

    assert valid_external("https://www.rigg.nl/bibliotheek?x=1#y") and valid_external("http://127.0.0.1:8080/ok")
    assert not valid_external("https://exa mple.nl") and not valid_external("https://") and not valid_external("http://a:99999/")
