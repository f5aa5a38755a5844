"""Build benchmark at scale factors of the default content (run by hand; never a timed test).

For each factor a seeded synthetic tree is generated (benchmarks/synthetic.py) and built cold in a
fresh process, then rebuilt warm. Prints one table: content size, pages, seconds per stage, total,
the generator's share, peak memory, site and search index size.

    python benchmarks/bench.py                 # factors 1, 10, 50
    python benchmarks/bench.py --factors 1 10
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

STAGES = ["load", "validate", "graph", "model", "diagrams", "render", "write", "engine", "search", "linkcheck"]
GENERATOR_STAGES = ["load", "validate", "graph", "model", "diagrams", "render", "write", "search", "linkcheck"]


def build_once(root: Path) -> None:
    """Child process: build and print a JSON line with timings and sizes."""
    from generator.content.timings import Timings
    from generator.site.build import build_site

    timings = Timings()
    start = time.perf_counter()
    result = build_site(root, timings=timings)
    total = time.perf_counter() - start
    site = result.site_dir
    content = result.checked.content
    print(json.dumps({
        "timings": timings, "total": total, "pages": sum(1 for _ in site.rglob("*.html")),
        "routes": len(content.routes), "aanbieders": len(content.aanbieders), "codes": len(content.productcodes),
        "gemeenten": len(content.gemeenten),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 2**20,
        # the Pagefind index (loaded in chunks on demand, unlike the old single lunr file)
        "index_mb": sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file()) / 2**20,
    }))


def run_child(root: Path) -> dict:
    output = subprocess.run([sys.executable, __file__, "--one", str(root)], capture_output=True, text=True,
                            env={**os.environ, "PYTHONHASHSEED": "0"}, check=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def row(label: str, r: dict) -> str:
    t = r["timings"]
    generator = sum(t.get(s, 0) for s in GENERATOR_STAGES)
    cells = [label, r["routes"], r["aanbieders"], r["codes"], r["gemeenten"], r["pages"]]
    cells += [f"{t.get(s, 0):.2f}" for s in STAGES]
    cells += [f"{r['total']:.1f}", f"{100 * generator / r['total']:.0f}%", f"{r['peak_mb']:.0f}",
              f"{r['site_mb']:.1f}", f"{r['index_mb']:.2f}"]
    return " | ".join(str(c) for c in cells)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--factors", type=float, nargs="+", default=[1, 10, 50])
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        build_once(args.one)
        return
    from synthetic import make_tree

    header = ["run", "routes", "aanbieders", "codes", "gemeenten", "pages", *STAGES, "total s", "generator",
              "peak MB", "site MB", "index MB"]
    print(f"{os.cpu_count()} cores")
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    base = Path(tempfile.mkdtemp(prefix="routewijzer-bench-"))
    for factor in args.factors:
        root = make_tree(base / f"x{factor:g}", factor)
        print(row(f"{factor:g}x cold", run_child(root)), flush=True)
        print(row(f"{factor:g}x warm", run_child(root)), flush=True)


if __name__ == "__main__":
    main()
