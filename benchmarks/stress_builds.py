"""N builds of separate copies of the default content at once, beside busy loops (run by hand).

Every site goes into one shared parent folder (so per-site .build/.cache and temporary folders are
exercised too). Afterwards each published index is checked again, independently of the build's own
check: entry file, meta, chunks and fragments (search_check.verify_index), the kind table, and the
same number of documents in every site. Prints one line per build and a summary; exit 1 on any failure.

    python benchmarks/stress_builds.py [--builds 16] [--busy 2]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))


def main() -> int:
    from generator.site.search_check import IndexProblem, verify_index
    from generator.site.search_index import published_records

    parser = argparse.ArgumentParser()
    parser.add_argument("--builds", type=int, default=16)
    parser.add_argument("--busy", type=int, default=2, help="busy loops beside the builds (one per core)")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="routewijzer-stress-"))
    sites = base / "sites"
    roots = []
    for i in range(args.builds):
        root = base / f"inhoud-{i:02d}"
        for folder in ("content", "zorgroutes"):
            shutil.copytree(PROJECT / folder, root / folder)
        roots.append(root)
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.busy)]
    print(f"load before: {os.getloadavg()[0]:.1f}; {args.builds} builds, {args.busy} busy loops, sites in {sites}")
    start = time.perf_counter()
    try:
        builds = [subprocess.Popen([sys.executable, "-m", "generator", "--root", str(root), "build", "--site-dir",
                                    str(sites / f"site-{i:02d}")], cwd=PROJECT, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True) for i, root in enumerate(roots)]
        results = [(b.wait(timeout=1800), b.stderr.read()) for b in builds]
    finally:
        for loop in busy:
            loop.kill()
    print(f"all done in {time.perf_counter() - start:.0f} s; load now {os.getloadavg()[0]:.1f}")
    failures, counts = 0, set()
    for i, (code, err) in enumerate(results):
        site = sites / f"site-{i:02d}"
        index = site / "pagefind"
        try:
            fragments = len(list((index / "fragment").glob("*.pf_fragment")))
            metadata = verify_index(index, fragments, published_records(site))
            table = json.loads((index / "soorten.json").read_text(encoding="utf-8"))
            ok = code == 0 and bool(table) and len(metadata) == fragments
            counts.add(fragments)
            note = f"{fragments} documents, entry {(index / 'pagefind-entry.json').stat().st_size} bytes"
        except (OSError, ValueError, IndexProblem) as exc:
            ok, note = False, f"index: {exc}"
        failures += not ok
        print(f"site-{i:02d}: exit {code}, {'whole' if ok else 'BROKEN'}: {note} {err.strip()[-200:] if code else ''}")
    leftovers = sorted(p.name for p in sites.glob(".routewijzer-*"))
    if len(counts) > 1:
        failures += 1
        print(f"different document counts: {sorted(counts)}")
    if leftovers:
        failures += 1
        print(f"left behind: {leftovers}")
    print(f"{args.builds - failures} of {args.builds} builds published a whole index" if not failures
          else f"{failures} problem(s)")
    shutil.rmtree(base, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
