"""Data for the aanbieder finder: one compact record per aanbieder, precomputed for fast filtering.

The browser filters on these fields for every keystroke, so they are small and flat. Filters on
products (zorgsoort, code, toegang, huisarts) must hold for one and the same code: "maatregel that
a huisarts may refer to" finds nobody, even if an aanbieder also offers ambulant help a huisarts
may refer to. So the codes carry their own flags, and records only list their codes.
"""
from __future__ import annotations

from ..content.catalog import Catalog


def finder_records(catalog: Catalog) -> list[dict]:
    records = []
    for a in sorted(catalog.content.aanbieders, key=lambda a: a.naam.lower()):
        codes = catalog.codes_per_aanbieder[a.id]
        infos = [catalog.codes[c] for c in codes]
        text = " ".join([a.naam, a.omschrijving, *a.ondersteuningsvormen,
                         *(catalog.name("zorgsoort", z) for z in sorted({i.zorgsoort for i in infos}))])
        doelgroep = a.doelgroep
        records.append({
            "id": a.id, "t": text.lower(), "c": codes, "g": ["regio"] if "regio" in a.werkgebied else list(a.werkgebied),
            "min": doelgroep.min_leeftijd if doelgroep else None, "max": doelgroep.max_leeftijd if doelgroep else None,
            "f": a.financiering or "",
        })
    return records


def finder_data(catalog: Catalog) -> dict:
    """Records plus, per productcode: lower-case name (free text), zorgsoort, vrij toegankelijk, huisarts."""
    return {"aanbieders": finder_records(catalog),
            "codes": {code: [info.code.naam.lower(), info.zorgsoort, int(info.vrij_toegankelijk),
                             int(info.huisarts_mag_verwijzen)] for code, info in catalog.codes.items()}}
