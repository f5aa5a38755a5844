"""Live preview as an editor uses it: edit a YAML file, the page shows the change without a restart."""
from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from conftest import PROJECT, wait_for_text

pytestmark = pytest.mark.e2e


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_yaml_edit_shows_up_without_restart(minimal_root):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(minimal_root), "serve",
                               "--dev-addr", f"127.0.0.1:{port}"], cwd=PROJECT, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}/routewijzer/zorgroutes/huisarts/"
        assert wait_for_text(url, "Huisarts verwijst") is not None, "preview did not start"
        route = minimal_root / "zorgroutes" / "huisarts.yaml"
        route.write_text(route.read_text().replace("titel: Huisarts verwijst", "titel: Huisarts verwijst meteen"))
        assert wait_for_text(url, "Huisarts verwijst meteen") is not None, "edit did not appear"
    finally:
        server.terminate()
        server.wait(timeout=30)
