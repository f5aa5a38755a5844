"""Diagrams are rendered once per distinct DOT text: a rebuild with unchanged routes starts no `dot`."""
from __future__ import annotations

import shutil
import stat

from generator.site.build import build_site


def counting_dot(tmp_path):
    log = tmp_path / "dot-calls.log"
    wrapper = tmp_path / "dot"
    wrapper.write_text(f"#!/bin/sh\necho \"$@\" >> {log}\nexec {shutil.which('dot')} \"$@\"\n")
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    return wrapper, log


def renders(log) -> int:
    return sum(1 for line in log.read_text().splitlines() if "-Tsvg" in line) if log.exists() else 0


def test_unchanged_routes_render_nothing_changed_route_renders_once(minimal_root, tmp_path, monkeypatch):
    wrapper, log = counting_dot(tmp_path)
    monkeypatch.setenv("ROUTEWIJZER_DOT", str(wrapper))
    build_site(minimal_root)
    assert renders(log) == 4  # two routes, each drawn for the screen and for paper, cold cache
    build_site(minimal_root)
    assert renders(log) == 4  # nothing changed: everything from the cache
    route = minimal_root / "zorgroutes" / "huisarts.yaml"
    route.write_text(route.read_text().replace("titel: Toewijzing", "titel: Toewijzing door het team"))
    build_site(minimal_root)
    assert renders(log) == 6  # only the changed route (screen and paper)
    assert len(list((minimal_root / ".cache" / "diagrams").glob("*.svg"))) == 6
