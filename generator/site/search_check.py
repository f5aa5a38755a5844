"""Is the search index whole? Checked after Pagefind wrote it and before the site is published.

Under load a Pagefind run was seen to leave a 0-byte `pagefind-entry.json` behind while every
process exited 0: the published search was dead and nobody knew. So the written index is read back:
the entry file is valid JSON naming a meta file per language that exists, every index chunk,
filter and fragment decompresses (fragments to JSON with a URL), and the number of documents is the
number that went in. A failed check is treated like a broken link: nothing is published.
"""
from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path

ENTRY = "pagefind-entry.json"
SIGNATURE = b"pagefind_dcd"  # every .pf_* file starts with it once decompressed


class IndexProblem(Exception):
    """The search index Pagefind wrote is missing or not whole (Dutch message)."""


def _unpacked(path: Path) -> bytes:
    try:
        data = gzip.decompress(path.read_bytes())
    except (OSError, EOFError, zlib.error) as exc:
        raise IndexProblem(f"{path.name} is beschadigd ({exc})") from exc
    if not data.startswith(SIGNATURE):
        raise IndexProblem(f"{path.name} is geen Pagefind-bestand")
    return data[len(SIGNATURE):]


def _entry(output: Path) -> dict:
    path = output / ENTRY
    if not path.is_file():
        raise IndexProblem(f"{ENTRY} ontbreekt")
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
        languages = entry["languages"]
        return {code: (lang["hash"], int(lang["page_count"])) for code, lang in languages.items()}
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IndexProblem(f"{ENTRY} is onleesbaar ({type(exc).__name__}: {exc})") from exc


def _check_language(output: Path, code: str, hash_: str) -> None:
    """The meta file the entry names exists, the language's wasm is there, every index chunk is named in
    the meta file and decompresses, and so does every filter file."""
    meta = output / f"pagefind.{hash_}.pf_meta"
    if not meta.is_file():
        raise IndexProblem(f"{ENTRY} noemt {meta.name}, maar dat bestand ontbreekt")
    names = _unpacked(meta)
    if not any(output.glob(f"wasm.{code}.pagefind")) and not any(output.glob("wasm.unknown.pagefind")):
        raise IndexProblem(f"de zoekcode (wasm) voor taal '{code}' ontbreekt")
    chunks = sorted((output / "index").glob(f"{code}_*.pf_index"))
    if not chunks:
        raise IndexProblem(f"de index voor taal '{code}' heeft geen delen")
    for chunk in chunks:
        if chunk.stem.encode() not in names:
            raise IndexProblem(f"{chunk.name} staat niet in {meta.name}")
        _unpacked(chunk)
    for filter_file in (output / "filter").glob(f"{code}_*.pf_filter"):
        _unpacked(filter_file)


def _fragment_metadata(output: Path, record_heading: str) -> tuple[dict[str, dict], int]:
    """Every fragment decompressed to JSON with an address; its metadata by fragment name, and the
    number of record headings (`record_heading` anchors) in all fragments together."""
    metadata, records = {}, 0
    for fragment in sorted((output / "fragment").glob("*.pf_fragment")):
        try:
            data = json.loads(_unpacked(fragment))
        except ValueError as exc:
            raise IndexProblem(f"{fragment.name} is geen geldige JSON") from exc
        if not isinstance(data, dict) or not data.get("url"):
            raise IndexProblem(f"{fragment.name} heeft geen adres")
        metadata[fragment.name.split(".")[0]] = data.get("meta") or {}
        records += sum(1 for anchor in data.get("anchors") or () if anchor.get("element") == record_heading)
    return metadata, records


def verify_index(output: Path, pages: int, records: int = 0, record_heading: str = "h6") -> dict[str, dict]:
    """Raise IndexProblem naming the first thing that is wrong with the index in `output` (which should
    hold `pages` documents with `records` record headings between them); otherwise return each
    document's metadata by fragment name (read anyway, and used for the kind table)."""
    output = Path(output)
    languages = _entry(output)
    if not languages:
        raise IndexProblem(f"{ENTRY} noemt geen enkele taal")
    script = output / "pagefind.js"
    if not script.is_file() or script.stat().st_size == 0:
        raise IndexProblem("pagefind.js ontbreekt of is leeg")
    for code, (hash_, _) in languages.items():
        _check_language(output, code, hash_)
    counted = sum(page_count for _, page_count in languages.values())
    metadata, found = _fragment_metadata(output, record_heading)
    if counted != pages or len(metadata) != pages:
        raise IndexProblem(f"de index telt {counted} documenten en {len(metadata)} fragmenten; er gingen er "
                           f"{pages} in")
    if found != records:
        raise IndexProblem(f"de index bevat {found} zoekbare rijen; er gingen er {records} in")
    return metadata
