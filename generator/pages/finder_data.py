"""Data for the aanbieder finder: one compact record per aanbieder, precomputed for fast filtering.

The browser filters on these fields for every keystroke, so they are small and flat. Each record also
carries its result as HTML ("h", rendered once here by render/aanbieder_resultaat, the renderer the
gemeente pages use): the finder page itself holds no aanbieder, so its size does not grow with the
region, and the browser builds only the results it shows. Filters on
products (zorgsoort, code, toegang, huisarts) must hold for one and the same code: "maatregel that
a huisarts may refer to" finds nobody, even if an aanbieder also offers ambulant help a huisarts
may refer to. So the codes carry their own flags, and records only list their codes.
"""
from __future__ import annotations

from ..content.catalog import Catalog
from . import urls
from .render.aanbieder_resultaat import resultaat
from .render.toegang import MODEL_ALLE, MODEL_DEEL, uitleg_tabel
from .wording import lokaal_team

PAGE = urls.FINDER
MAX_ROUTES = 3


def aanbieders_per_zorgsoort(catalog: Catalog) -> dict[str, set[str]]:
    """Which aanbieders deliver at least one code of each zorgsoort (empty set: none known)."""
    result: dict[str, set[str]] = {z.id: set() for z in catalog.content.zorgsoorten}
    for code, info in catalog.codes.items():
        result.setdefault(info.zorgsoort, set()).update(a.id for a in catalog.aanbieders_per_code.get(code, []))
    return result


def _routes_to(catalog: Catalog, zorgsoort: str) -> list[dict]:
    """The route steps that lead to this zorgsoort's codes: where a reader learns how to get the help."""
    seen, steps = set(), []
    for code, info in catalog.codes.items():
        if info.zorgsoort != zorgsoort:
            continue
        for route, stap in catalog.stappen_per_code.get(code, []):
            if (route.id, stap.id) not in seen:
                seen.add((route.id, stap.id))
                steps.append({"route": route.titel, "stap": stap.titel,
                              "url": urls.html_link(PAGE, urls.route(route.id), urls.stap_anchor(stap.id))})
    return steps[:MAX_ROUTES]


def next_steps(catalog: Catalog) -> dict:
    """What a zero result offers instead: the local team, the routes that lead to the help, its codes."""
    content = catalog.content
    per_zorgsoort = aanbieders_per_zorgsoort(catalog)
    return {
        "team": lokaal_team(content.regio),
        "routes": urls.html_link(PAGE, urls.ROUTES),
        "gemeenten": urls.html_link(PAGE, urls.GEMEENTEN),
        "zorgsoort": {z.id: {"naam": z.naam, "aanbieders": len(per_zorgsoort.get(z.id, ())),
                             "routes": _routes_to(catalog, z.id),
                             "codes": urls.html_link(PAGE, urls.PRODUCTCODES, urls.zorgsoort_anchor(z.id))}
                      for z in content.zorgsoorten},
        "gemeente": {**{h.id: _gemeente_next(h.naam, h.leden[0]) for h in catalog.huidige_gemeenten},
                     **{g.id: _gemeente_next(g.naam, g) for g in content.gemeenten}},
    }


def _gemeente_next(naam: str, gemeente) -> dict:
    """Where to ask in a gemeente: its local team; for today's gemeente after a herindeling, the page of
    the first former gemeente (the content records teams per former gemeente)."""
    return {"naam": naam, "team": gemeente.basisteam or "", "url": urls.html_link(PAGE, urls.gemeente(gemeente.id))}


def contract_groups(catalog: Catalog, a) -> list[list[list[str]]]:
    """[[products], [gemeenten]] per running contract area, so "this product in this gemeente" holds for one
    and the same contract; contracts with equal gemeenten share a group (a list of 10 products x 20
    gemeenten is one group, not 200 pairs). Products written by hand count for the whole werkgebied."""
    groups: dict[tuple[str, ...], list[str]] = {}
    if a.producten:
        groups[tuple(a.werkgebied)] = list(a.producten)
    for c in a.contracten:
        if c.loopt(catalog.today):
            refs = groups.setdefault(tuple(["regio"] if "regio" in c.gemeenten else c.gemeenten), [])
            refs.extend(p for p in c.producten if p not in refs)
    return [[refs, list(gemeenten)] for gemeenten, refs in groups.items()]


def product_refs(catalog: Catalog, a) -> list[str]:
    """An aanbieder's codes as written: whole categories by their number, and the codes outside those.
    The browser expands a category with `categorie_codes` (finder-match.js expandCodes): at 50x content
    the expanded lists were 3.6 MB of the finder data, as one aanbieder may deliver thousands of codes."""
    categorieen = [r for r in catalog.producten(a) if r not in catalog.codes and r in catalog.categorieen]
    covered = {code for c in categorieen for code in catalog.codes_of(c)}
    return categorieen + [c for c in catalog.codes_per_aanbieder[a.id] if c not in covered]


def categorie_codes(catalog: Catalog, records: list[dict]) -> dict[str, list[str]]:
    """The codes of each category a record names by number (see product_refs)."""
    named = {ref for r in records for ref in r["c"] if ref not in catalog.codes}
    return {c: catalog.codes_of(c) for c in catalog.categorieen if c in named}


def finder_records(catalog: Catalog) -> list[dict]:
    records = []
    for a in sorted(catalog.content.aanbieders, key=lambda a: a.naam.lower()):
        infos = [catalog.codes[c] for c in catalog.codes_per_aanbieder[a.id]]
        text = " ".join([a.naam, a.omschrijving, *a.ondersteuningsvormen,
                         *(catalog.name("zorgsoort", z) for z in sorted({i.zorgsoort for i in infos}))])
        doelgroep = a.doelgroep
        records.append({
            "id": a.id, "t": text.lower(), "c": product_refs(catalog, a), "g": catalog.werkgebied(a),
            "min": doelgroep.min_leeftijd if doelgroep else None, "max": doelgroep.max_leeftijd if doelgroep else None,
            "f": a.financiering or "", "h": resultaat(a, catalog, PAGE),
        })
        if a.contracten:  # which product where: only aanbieders with contracts can differ per gemeente
            records[-1]["k"] = contract_groups(catalog, a)
    return records


def zoekwoorden(catalog: Catalog) -> list[list[str]]:
    """The everyday words ("angst") and what they stand for: [word, label, kind, key], kind "z" for a
    zorgsoort (its codes) or "c" for a productcategorie (its codes). The browser turns a typed word into
    those codes, and a result found that way says "gevonden via 'angst': GGZ kort"."""
    words = [[w.lower(), z.naam, "z", z.id] for z in catalog.content.zorgsoorten for w in z.zoekwoorden]
    words += [[w.lower(), f"categorie {c.categorie} {c.naam}", "c", c.categorie]
              for c in catalog.categorieen.values() for w in c.zoekwoorden]
    return words


def gemeenten(catalog: Catalog) -> tuple[dict[str, list[str]], list[list]]:
    """Today's gemeenten as the finder's choice ({value: the gemeente ids recorded under it}), and the
    names people type, current and former ([lower-case name, ids]): "nieuwstad" and "oudorp" both work."""
    leden = {h.id: [g.id for g in h.leden] for h in catalog.huidige_gemeenten}
    plaatsen = [[h.naam.lower(), [g.id for g in h.leden]] for h in catalog.huidige_gemeenten]
    plaatsen += [[g.naam.lower(), [g.id]] for g in catalog.content.gemeenten if g.opgegaan_in]
    return leden, plaatsen


def finder_data(catalog: Catalog) -> dict:
    """Records (their codes as product_refs, the categories' codes in categorie_codes) plus, per
    productcode: lower-case name (free text), zorgsoort, vrij toegankelijk, huisarts; and the toegang
    sentences (render/toegang), since the browser recomputes a result's answers; the fifth value per
    code says its answers are modelled."""
    leden, plaatsen = gemeenten(catalog)
    records = finder_records(catalog)
    return {"aanbieders": records, "categorie_codes": categorie_codes(catalog, records),
            "verder": next_steps(catalog), "toegang": uitleg_tabel(),
            "woorden": zoekwoorden(catalog), "gemeenten": leden, "plaatsen": plaatsen,
            "toegang_model": {"alle": MODEL_ALLE, "deel": MODEL_DEEL},
            "codes": {code: [info.code.naam.lower(), info.zorgsoort, int(info.vrij_toegankelijk),
                             int(info.huisarts_mag_verwijzen), int(info.toegang_gemodelleerd)]
                      for code, info in catalog.codes.items()}}
