"""Build benchmark at scale factors of the default content (run by hand; never a timed test).

For each factor a seeded synthetic tree is generated (benchmarks/synthetic.py) and built cold in a
fresh process, then rebuilt warm. Prints one table: content size, pages, seconds per stage, total,
milliseconds per page, the search stage as a share of the engine's, the generator's share, peak memory
of the Python process and of the whole process tree (Pagefind and dot included, sampled from /proc
every 20 ms), site and search index size, and the load average when the build started (the machine
is shared: read the numbers beside it).

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
    load = os.getloadavg()[0]
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
        "load_avg": f"{load:.1f}",
        # CPU seconds of this process and its children (Pagefind, dot): less sensitive to a busy machine
        "cpu_s": sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
                     for f in ("ru_utime", "ru_stime")),
        "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 2**20,
        # the Pagefind index (loaded in chunks on demand, unlike the old single lunr file)
        "index_mb": sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file()) / 2**20,
    }))


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants now (Linux /proc), Pagefind and dot included."""
    total, todo, page = 0, [pid], os.sysconf("SC_PAGE_SIZE")
    while todo:
        current = todo.pop()
        try:
            total += int(Path(f"/proc/{current}/statm").read_text().split()[1]) * page
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


def run_child(root: Path) -> dict:
    """Build in a fresh process while sampling the whole process tree's memory every 20 ms."""
    child = subprocess.Popen([sys.executable, __file__, "--one", str(root)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    peak = 0
    while child.poll() is None:
        peak = max(peak, tree_rss(child.pid))
        time.sleep(0.02)
    out, err = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"build failed ({child.returncode}):\n{err}")
    result = json.loads(out.strip().splitlines()[-1])
    result["tree_mb"] = peak / 2**20
    return result


def row(label: str, r: dict) -> str:
    t = r["timings"]
    generator = sum(t.get(s, 0) for s in GENERATOR_STAGES)
    cells = [label, r["routes"], r["aanbieders"], r["codes"], r["gemeenten"], r["pages"]]
    cells += [f"{t.get(s, 0):.2f}" for s in STAGES]
    per_page = 1000 * r["total"] / max(r["pages"], 1)
    cells += [f"{r['total']:.1f}", f"{r.get('cpu_s', 0):.1f}", f"{per_page:.1f}", f"{100 * t.get('search', 0) / max(t.get('engine', 0), 1e-9):.0f}%",
              f"{100 * generator / r['total']:.0f}%", f"{r['peak_mb']:.0f}", f"{r['tree_mb']:.0f}",
              f"{r['site_mb']:.1f}", f"{r['index_mb']:.2f}", r["load_avg"]]
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

    header = ["run", "routes", "aanbieders", "codes", "gemeenten", "pages", *STAGES, "total s", "CPU s", "ms/page",
              "search/engine", "generator", "peak MB (Python)", "peak MB (process tree)", "site MB", "index MB",
              "load before"]
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
