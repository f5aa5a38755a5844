"""Publishing a finished folder in place of the old one, with no moment without a complete folder.

On Linux `renameat2(..., RENAME_EXCHANGE)` swaps two directory entries atomically: readers see the
old site or the new one, never neither. Where the call or the filesystem lacks it (another OS, an
old kernel, some network filesystems), the fallback is two renames with the old site moved aside
first: a gap of one rename, and still never a half-written site.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import shutil
from functools import lru_cache
from pathlib import Path

AT_FDCWD = -100
RENAME_EXCHANGE = 2


@lru_cache(maxsize=1)
def _renameat2():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap two existing paths; False when this system cannot (the caller falls back)."""
    function = _renameat2()
    if function is None:
        return False
    if function(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(b))


def publish(new: Path, target: Path, atomic: bool = True) -> None:
    """Put the folder `new` at `target` (same filesystem); the old `target`, if any, is removed after."""
    aside = target.with_name(f".{target.name}.oud")
    if aside.exists():
        shutil.rmtree(aside)
    if not target.exists():
        new.rename(target)
        return
    if atomic and exchange(new, target):
        shutil.rmtree(new, ignore_errors=True)  # `new` now holds the old site
        return
    target.rename(aside)
    new.rename(target)
    shutil.rmtree(aside, ignore_errors=True)
