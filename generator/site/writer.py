"""The single writer of the staging docs folder.

It refuses to write one path twice (two renderers claiming one page is a bug), writes
only files whose bytes changed (so a live-reload server does not loop), and removes
files no renderer produced any more.
"""
from __future__ import annotations

from pathlib import Path


class DuplicatePage(Exception):
    pass


class StagingWriter:
    def __init__(self, docs_dir: Path):
        self.docs_dir = docs_dir
        self.written: set[str] = set()

    def write(self, relpath: str, content: str | bytes) -> None:
        if relpath in self.written:
            raise DuplicatePage(f"Twee pagina's met hetzelfde pad: {relpath}")
        self.written.add(relpath)
        path = self.docs_dir / relpath
        data = content.encode("utf-8") if isinstance(content, str) else content
        if path.is_file() and path.read_bytes() == data:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    def remove_stale(self) -> None:
        for path in sorted(self.docs_dir.rglob("*"), reverse=True):
            rel = path.relative_to(self.docs_dir).as_posix()
            if path.is_file() and rel not in self.written:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
