"""The files a page's scripts need beyond the ones the page names.

The site's scripts are ES modules (mkdocs.yml `extra_javascript`, `type: module`) that import the
modules beside them: `dom.js` (shared helpers) and the pure parts (`finder-match.js`, ...). A page
names only the scripts, so anything that must hold every file a page runs (an offline copy of it,
the comparison of two engines' builds) follows the imports with `imported_modules`. Only static
relative imports count (`import ... from "./x.js"`, `import "./x.js"`); a dynamic `import()` (the
search loading Pagefind) is loaded on demand and is not the page's own.
"""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

_STATIC_IMPORT = re.compile(r'^\s*(?:(?:import|export)\b[^;()"\']*?\bfrom\s*|import\s*)["\'](\.{1,2}/[^"\']+)["\']',
                            re.MULTILINE)


def direct_imports(source: str) -> list[str]:
    """The relative specifiers a module's static imports (and re-exports) name, in order."""
    return _STATIC_IMPORT.findall(source)


def imported_modules(site: Path, script: str) -> list[str]:
    """Site-relative paths of every module `script` (site-relative) imports, directly or through
    another, in first-seen order; the script itself is not included. A missing file is listed too
    (the caller decides whether that is an error)."""
    found: list[str] = []
    todo = [script]
    while todo:
        current = todo.pop(0)
        path = site / current
        if not path.is_file():
            continue
        for specifier in direct_imports(path.read_text(encoding="utf-8")):
            target = posixpath.normpath(posixpath.join(posixpath.dirname(current), specifier))
            if target != script and target not in found:
                found.append(target)
                todo.append(target)
    return found
