"""Live-preview latency (run by hand): edit one YAML file, time until the changed page shows it.

    python benchmarks/serve_latency.py [--root DIR] [--edits 5]
"""
from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tests"))

from conftest import wait_for_text  # noqa: E402


def wait_for(url: str, text: str, limit: float = 120) -> float:
    elapsed = wait_for_text(url, text, limit)
    if elapsed is None:
        raise TimeoutError(text)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, default=PROJECT)
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp()) / "root"
    for folder in ("content", "zorgroutes"):
        shutil.copytree(args.root / folder, root / folder)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(root), "serve", "--dev-addr",
                               f"127.0.0.1:{port}"], cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/routewijzer/zorgroutes/huisarts/"
    route = root / "zorgroutes" / "huisarts.yaml"
    try:
        print(f"first build served after {wait_for(url, 'Route via de huisarts'):.1f} s")
        times = []
        for i in range(args.edits):
            time.sleep(1)
            marker = f"Bewerking {i} zichtbaar"
            text = route.read_text(encoding="utf-8")
            route.write_text(text.replace("titel: Route via de huisarts, jeugdarts of medisch specialist",
                                          f"titel: Route via de huisarts, jeugdarts of medisch specialist ({marker})")
                             if i == 0 else text.replace(f"Bewerking {i - 1} zichtbaar", marker), encoding="utf-8")
            times.append(wait_for(url, marker))
        print("edit visible after: " + ", ".join(f"{t:.2f} s" for t in times) + f" (median {statistics.median(times):.2f} s)")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
