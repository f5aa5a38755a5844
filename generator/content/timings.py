"""Stage timings for benchmarks: a dict of seconds per stage, filled by `with timings.stage(name)`.

In the lowest seam so that every seam (content, pages, site) and the benchmarks may time their stages.
"""
from __future__ import annotations

import time
from contextlib import contextmanager


class Timings(dict):
    @contextmanager
    def stage(self, name: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self[name] = self.get(name, 0.0) + time.perf_counter() - start
