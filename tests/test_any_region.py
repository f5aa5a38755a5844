"""Any jeugdregio publishes its own routewijzer: a region is a content folder and nothing else.

The default region (Groningen) must not leak into code, theme or another region's site; another
region's settings (name, base URL, footer, local team) must be its own; `init` gives a tree that builds;
build outputs never land in the content root.
"""
from __future__ import annotations

import gzip
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import DATA, PROJECT, copy_tree

DUINKUST = DATA / "duinkust"


def default_region_names() -> list[str]:
    """RIGG, Groning…, and every gemeente and aanbieder name of the default content (read, not listed)."""
    regio = yaml.safe_load((PROJECT / "content" / "regio.yaml").read_text(encoding="utf-8"))
    names = [g["naam"] for g in regio["gemeenten"]]
    for path in sorted((PROJECT / "content" / "aanbieders").glob("*.yaml")):
        names.append(yaml.safe_load(path.read_text(encoding="utf-8"))["naam"])
    return names


def default_region_pattern() -> re.Pattern:
    exact = "|".join(re.escape(n) for n in sorted(set(default_region_names()), key=len, reverse=True))
    # names as whole words, case as written ("Leek", "Haren" are also Dutch words in lower case)
    return re.compile(rf"(?<![\w-])(?:{exact})(?![\w-])|(?i:\brigg\b|groning)")


def hits(text: str, pattern: re.Pattern) -> list[str]:
    return sorted({m.group(0) for m in pattern.finditer(text)})


def run(*args: str, cwd: Path = PROJECT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=cwd,
                          env={"PYTHONPATH": str(PROJECT), "PATH": "/usr/bin:/bin"})


def test_code_and_theme_name_no_region():
    pattern = default_region_pattern()
    found = {}
    for folder in ("generator", "site_theme", "landelijk"):
        for path in sorted((PROJECT / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".html", ".js", ".css", ".yaml", ".md", ".json"):
                words = hits(path.read_text(encoding="utf-8"), pattern)
                if words:
                    found[str(path.relative_to(PROJECT))] = words
    assert found == {}


def test_the_scan_would_catch_a_region_name():
    pattern = default_region_pattern()
    assert hits('footer = "Inhoud van de RIGG"', pattern) == ["RIGG"]
    assert hits("url = 'https://www.rigg.nl/'", pattern) == ["rigg"]
    assert hits("De gemeente Stadskanaal en Lentis", pattern) == ["Lentis", "Stadskanaal"]
    assert hits("een leek met haren; trigger()", pattern) == []


def test_project_mkdocs_yml_keeps_only_engine_and_theme_defaults():
    config = yaml.safe_load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8").replace("!!python", "python"))
    assert not {"site_url", "copyright", "site_description"} & set(config)
    assert hits((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"), default_region_pattern()) == []


@pytest.fixture(scope="module")
def duinkust_site(tmp_path_factory) -> Path:
    """The second region, built with the site outside its content root."""
    base = tmp_path_factory.mktemp("duinkust")
    root = copy_tree(DUINKUST, base / "inhoud")
    result = run("--root", str(root), "build", "--site-dir", str(base / "uit" / "site"))
    assert result.returncode == 0, result.stderr
    return base / "uit" / "site"


def test_second_region_site_has_none_of_the_default_regions_names(duinkust_site):
    pattern = default_region_pattern()
    found, scanned = {}, set()
    for path in sorted(duinkust_site.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":  # Pagefind's search index is gzipped: look inside
            data = gzip.decompress(data)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        scanned.add(path.suffix)
        words = hits(text, pattern)
        if words:
            found[str(path.relative_to(duinkust_site))] = words
    assert found == {}
    assert {".html", ".xml", ".pf_fragment", ".json", ".csv"} <= scanned  # pages, sitemap, search index, open data


def test_second_region_has_its_own_name_footer_base_url_and_local_team(duinkust_site):
    home = (duinkust_site / "index.html").read_text(encoding="utf-8")
    assert "<title>Jeugdhulpwijzer Duinkust</title>" in home or "Jeugdhulpwijzer Duinkust</title>" in home
    assert "Samengesteld door het Bureau Jeugd Duinkust uit de regiovisie 2026." in home
    assert re.search(r"<h1[^>]*>Jeugdhulpwijzer Duinkust<a", home)  # the site name already holds the region
    assert '<link rel="canonical" href="https://jeugdhulp.duinkust.example/wijzer/">' in home
    route = (duinkust_site / "zorgroutes" / "huisarts" / "index.html").read_text(encoding="utf-8")
    assert 'href="mailto:routes@duinkust.example?' in route  # its own feedback address ('Klopt dit niet?')
    sitemap = (duinkust_site / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locs and all(loc.startswith("https://jeugdhulp.duinkust.example/wijzer/") for loc in locs)


def test_build_writes_nothing_into_the_content_root(duinkust_site):
    root = duinkust_site.parent.parent / "inhoud"
    assert sorted(p.name for p in root.iterdir()) == ["content", "zorgroutes"]
    assert (duinkust_site.parent / ".build" / "mkdocs.yml").is_file()
    assert list((duinkust_site.parent / ".cache" / "diagrams").glob("*.svg"))


def test_werkmap_option_puts_build_outputs_elsewhere(tmp_path):
    root = copy_tree(DATA / "minimal", tmp_path / "inhoud")
    result = run("--root", str(root), "build", "--site-dir", str(tmp_path / "site"), "--werkmap", str(tmp_path / "werk"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in root.iterdir()) == ["content", "zorgroutes"]
    assert (tmp_path / "werk" / ".build" / "docs" / "index.md").is_file()
    assert not (tmp_path / ".build").exists()


def test_init_makes_a_tree_that_builds_with_warnings_saying_what_to_fill_in(tmp_path):
    target = tmp_path / "nieuw"
    made = run("init", str(target), "--naam", "Regio Zuidwest")
    assert made.returncode == 0, made.stderr
    regio = yaml.safe_load((target / "content" / "regio.yaml").read_text(encoding="utf-8"))
    assert regio["naam"] == "Regio Zuidwest"
    assert {n["soort"] for n in regio["noodcontacten"]} == {"acuut", "crisis", "advies-melden"}
    assert (target / "content" / "FORMAAT.md").is_file() and (target / "content" / "import" / "ijw-mapping.yaml").is_file()
    assert (target / ".vscode" / "settings.json").is_file() and (target / "schemas" / "regio.schema.json").is_file()
    checked = run("--root", str(target), "check")
    assert checked.returncode == 0, checked.stderr
    assert "content/regio.yaml:6: waarschuwing [organisatie]: Hier staat nog [invullen]" in checked.stderr
    built = run("--root", str(target), "build", "--site-dir", str(tmp_path / "site"))
    assert built.returncode == 0, built.stderr
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "Routewijzer jeugdhulp Regio Zuidwest" in home
    assert hits(home, default_region_pattern()) == []


def test_init_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "bestaand.txt").write_text("van iemand anders", encoding="utf-8")
    result = run("init", str(tmp_path))
    assert result.returncode == 2 and "niet leeg" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["bestaand.txt"]


def test_a_missing_root_is_one_clear_message(tmp_path):
    result = run("--root", str(tmp_path / "bestaat-niet"), "check")
    assert result.returncode == 2
    assert result.stderr.strip() == f"fout: de map {tmp_path / 'bestaat-niet'} (--root) bestaat niet."


def test_a_content_root_may_carry_a_copy_of_the_projects_mkdocs_yml(tmp_path):
    root = copy_tree(DATA / "minimal", tmp_path / "inhoud")
    (root / "mkdocs.yml").write_text((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("--root", str(root), "build", "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    assert "rw-noodbalk" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")  # our theme is used


def test_formaat_documents_every_file_the_loader_reads():
    from generator.content.kinds import FOLDERS as YAML_DIRS
    from generator.content.kinds import SINGLE_FILES
    from generator.format_files import FILES

    documented = [path for path, *_ in FILES]
    assert [f for f in SINGLE_FILES if f not in documented] == []
    assert [d for d in YAML_DIRS if not any(p.startswith(d + "/") for p in documented)] == []
    formaat = (PROJECT / "content" / "FORMAAT.md").read_text(encoding="utf-8")
    assert "een lijst onder `actoren:`" in formaat and "### Voorbeeld: `zorgroutes/*.yaml`" in formaat


def test_second_region_pages_speak_of_its_own_model(duinkust_site):
    """Its local team is a 'wijkteam', it has three zorgsoorten and no expertpool: the pages say so."""
    pages = {p: p.read_text(encoding="utf-8") for p in duinkust_site.rglob("*.html")}
    # 'Politie-basisteam' is the police's national term; the open-data page lists the soort ids as data values
    said = [str(p.relative_to(duinkust_site)) for p, text in pages.items()
            if re.search("(?<!politie-)basisteam", text, re.I) and p.parent.name != "downloads"]
    assert said == []
    home = pages[duinkust_site / "index.html"]
    assert "Voor een wijkteam, school of politie" in home and "hun wijkteams" in home
    gemeente = pages[duinkust_site / "gemeenten" / "strandwijk" / "index.html"]
    assert "begint bij het wijkteam van de gemeente" in gemeente
    assert re.search(r'class="rw-resultaten rw-team">\s*<li[^>]*><a [^>]*>Wijkteam Strandwijk</a>', gemeente)
    codes = pages[duinkust_site / "productcodes" / "index.html"]
    assert "De regio deelt de zorg in drie zorgsoorten in." in codes
    assert "xpertpool" not in codes


def test_with_errors_the_summary_does_not_claim_zero_warnings(tmp_path):
    root = copy_tree(DATA / "minimal", tmp_path / "inhoud")
    regio = root / "content" / "regio.yaml"
    regio.write_text(regio.read_text(encoding="utf-8").replace("naam: Testregio", "naam: [Testregio]"), encoding="utf-8")
    result = run("--root", str(root), "check")
    assert result.returncode == 1
    assert "De overige waarschuwingen volgen als de fouten zijn opgelost." in result.stderr
