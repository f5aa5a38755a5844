"""Opt-in online check of external URLs, with a timeout and an on-disk cache.

Never used by tests against the internet or by CI; the test suite exercises it against
a server on 127.0.0.1. Results are cached per URL so repeated runs do not hammer
other organisations' sites.
"""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

USER_AGENT = "routewijzer-linkcheck/1.0"  # names no region: one generator serves every region


@dataclass(frozen=True)
class ExternalResult:
    url: str
    status: int | None
    fout: str | None

    @property
    def ok(self) -> bool:
        return self.fout is None and self.status is not None and self.status < 400


def fetch_status(url: str, timeout: float) -> ExternalResult:
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return ExternalResult(url, response.status, None)
        except urllib.error.HTTPError as exc:
            if method == "HEAD" and exc.code in (403, 405, 501):
                continue  # some servers refuse HEAD; try GET once
            return ExternalResult(url, exc.code, None)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            return ExternalResult(url, None, str(getattr(exc, "reason", exc)))
    return ExternalResult(url, None, "geen antwoord")


def check_external(urls: list[str], cache_file: Path, max_age_days: float = 7, timeout: float = 10,
                   workers: int = 8) -> list[ExternalResult]:
    cache = {}
    if cache_file.is_file():
        try:
            cache = json.loads(cache_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            cache = {}
    now = time.time()
    fresh = {u: c for u, c in cache.items() if now - c.get("tijd", 0) < max_age_days * 86400}
    todo = [u for u in urls if u not in fresh]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for result in pool.map(lambda u: fetch_status(u, timeout), todo):
            fresh[result.url] = {"status": result.status, "fout": result.fout, "tijd": now}
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    cache_file.write_text(json.dumps(fresh, indent=1, sort_keys=True), encoding="utf-8")
    return [ExternalResult(u, fresh[u]["status"], fresh[u]["fout"]) for u in urls]
