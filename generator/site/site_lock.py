"""One build of a site at a time: a lock file beside the site names the process that holds it.

Two builds of one site would share the staging folders and swap over each other; the second one
waits (saying which process it waits for) and gives up with a Dutch message after `wait` seconds.
The lock is an OS lock (flock) on the file, so a killed build never leaves a stale lock behind:
the file may stay, the lock goes with the process.
"""
from __future__ import annotations

import datetime
import fcntl
import logging
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..content.diagnostics import EnvironmentProblem

log = logging.getLogger(__name__)
POLL = 0.2


def lock_path(site_dir: Path) -> Path:
    return site_dir.parent / f".{site_dir.name}.lock"


def holder(path: Path) -> str:
    """Who holds the lock, as the holder wrote it: 'proces 123 (python -m generator build, sinds 17:40:01)'."""
    try:
        pid, command, since = (path.read_text(encoding="utf-8").splitlines() + ["", "", ""])[:3]
    except OSError:
        return "een ander proces"
    return f"proces {pid} ({command}, sinds {since})" if pid else "een ander proces"


def _describe_me() -> str:
    command = " ".join(["python -m generator", *sys.argv[1:]]) if sys.argv and sys.argv[0].endswith("__main__.py") \
        else " ".join(sys.argv) or "python"
    return f"{os.getpid()}\n{command[:200]}\n{datetime.datetime.now():%H:%M:%S}\n"


@contextmanager
def site_lock(site_dir: Path, wait: float = 600) -> Iterator[None]:
    """Hold the lock of `site_dir` for the block; wait at most `wait` seconds for another holder."""
    path = lock_path(site_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the whole block
    try:
        deadline, told = time.monotonic() + wait, False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise EnvironmentProblem(
                        f"er draait al een bouw van {site_dir}: {holder(path)}. Wacht tot die klaar is, of stop dat "
                        f"proces als het vastzit; daarna kunt u opnieuw bouwen.") from None
                if not told:
                    log.warning("Er draait al een bouw van %s: %s. Deze bouw wacht tot die klaar is.",
                                site_dir, holder(path))
                    told = True
                time.sleep(POLL)
        handle.seek(0)
        handle.truncate()
        handle.write(_describe_me())
        handle.flush()
        yield
    finally:
        handle.close()  # closing releases the lock
