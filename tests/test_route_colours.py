"""Actor colours: one per actor across the site, and never shared by two actors of one route (a shared
colour made 'Professional' and 'Veilig Thuis' look the same in the veiligheidsroute's legend)."""
from __future__ import annotations

from conftest import PROJECT

from generator.content import check
from generator.pages.diagrams import actor_colours, site_colours


def test_actors_in_one_route_never_share_a_colour():
    catalog = check(PROJECT).catalog
    for route in catalog.content.routes:
        legend = actor_colours(route, catalog)
        assert len(set(legend.values())) == len(legend), route.id
    colours = site_colours(catalog)
    assert set(colours) == {a.id for a in catalog.content.actoren}
    assert site_colours(catalog) == colours  # deterministic
