"""Hand memory the build no longer uses back to the operating system between stages.

Why: the build's process tree is measured as a whole (issue 24: < 600 MB at 50x content). After the
engine stage the Python process still holds, as free but unreturned heap, what the generated docs
folder and the engine's pages took (about 300 MB at 50x), while Pagefind then runs beside it. Python
frees those objects itself; glibc keeps the pages unless asked to trim. Where there is no glibc
(another libc, another system) this does nothing and the build is just as correct.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import cache


@cache
def _malloc_trim():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):
        return None


def release_freed_memory() -> None:
    """Collect cyclic garbage (the engine's pages and navigation refer to each other) and return free
    heap pages to the system."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
