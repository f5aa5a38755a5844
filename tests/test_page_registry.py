"""The page registry is the one table of pages: what is rendered, navigated, linkable and named in reports."""
import pytest
from conftest import PROJECT

from generator.pages import Diagram, registry, render_pages
from generator.pages.registry import EntityPages, IndexPage
from generator.site.build import check_content
from generator.site.link_report import page_labels


@pytest.fixture(scope="module")
def catalog():
    checked = check_content(PROJECT)
    assert not checked.diagnostics.fouten
    return checked.catalog


def test_every_rendered_page_is_known_and_named(catalog):
    rendered = [page.src for page in render_pages(catalog, {r.id: Diagram("<svg></svg>") for r in catalog.content.routes})]
    assert len(rendered) == len(set(rendered))
    assert set(rendered) == registry.known_page_srcs(catalog.content)
    labels = registry.page_labels(catalog.content)
    assert set(labels) == set(rendered)
    assert all(label.startswith(("de ", "het ")) for label in labels.values())


def test_the_navigation_follows_the_table(catalog):
    content = catalog.content
    nav = registry.navigation(content)
    titles = [next(iter(entry)) for entry in nav]
    assert titles[:3] == ["Home", "Zorgroutes", "Veiligheidsroute"]
    index_titles = [row.nav for row in registry.REGISTRY if isinstance(row, IndexPage) and row.nav]  # "" = footer only
    assert [t for t in titles if t in index_titles] == index_titles  # index pages in table order
    # entity pages stay out of the navigation, except the veiligheidsroute and hand-written pages
    assert isinstance(registry.AANBIEDER_PAGES, EntityPages)
    aanbieder_srcs = set(registry.AANBIEDER_PAGES.sources(content))
    assert aanbieder_srcs
    assert not aanbieder_srcs & {src for entry in nav for src in entry.values()}
    assert content.paginas
    assert titles[-len(content.paginas):] == [p.titel for p in content.paginas]


def test_a_link_problem_names_a_page_by_its_registry_label(catalog):
    labels = page_labels(catalog)
    aanbieder = catalog.content.aanbieders[0]
    assert labels[f"aanbieders/{aanbieder.id}/index.html"] == f"de pagina van aanbieder '{aanbieder.naam}'"
    assert labels["index.html"] == "de startpagina"


def test_the_404_pages_entrances_are_pages_of_the_registry():
    """The theme's 404 page links three index pages by URL; each must be one that urls.py and the registry make."""
    import re

    from conftest import PROJECT

    from generator.pages import urls

    template = (PROJECT / "site_theme" / "404.html").read_text(encoding="utf-8")
    linked = [t for t in re.findall(r"\{\{\s*'([^']*)'\s*\|\s*url\s*\}\}", template) if t != "."]
    index_urls = {urls.page_url(row.src) for row in registry.REGISTRY if isinstance(row, IndexPage)}
    assert len(linked) == 3
    assert [t for t in linked if t not in index_urls] == []
