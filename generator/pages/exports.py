"""Open data: aanbieders and productcodes as JSON and CSV, and an Open Referral HSDS 3 export.

Pure functions from the catalog to file contents (bytes), written next to the site by the
build. Output is deterministic: fixed field order, sorted records, stable UUIDs (uuid5 over a
namespace derived from the regio), so exports diff cleanly between builds.
"""
from __future__ import annotations

import csv
import io
import json

from ..content.catalog import Catalog
from ..content.fields import ja_nee
from ..content.model import AANBIEDER_SOORTEN, FINANCIERING, UITVOERINGSVARIANTEN, Aanbieder
from . import urls

# Every column of the two tables, in order, with what it means (shown on the Open data page): declared once.
_NAAM, _PAGINA = "Naam.", "Adres van de pagina op deze site, vanaf de hoofdmap."
_HUISARTS = "ja als de huisarts voor minstens één product direct mag verwijzen."
AANBIEDER_COLUMNS = {
    "id": "Vaste sleutel van de aanbieder (ook in het webadres van de pagina).",
    "naam": _NAAM, "soort": f"{AANBIEDER_SOORTEN.opsomming()}.",
    "financiering": f"{FINANCIERING.opsomming()}; leeg als de bronnen het niet zeggen.",
    "omschrijving": "Wat de organisatie doet.", "website": "Webadres.", "telefoon": "Telefoonnummer.",
    "email": "E-mailadres.", "agb_code": "AGB-code (8 cijfers), als bekend.",
    "werkgebied": "Gemeente-id's, of 'regio' voor de hele regio.", "gemeenten": "Namen van de gemeenten in het werkgebied.",
    "min_leeftijd": "Jongste leeftijd (jaren).", "max_leeftijd": "Oudste leeftijd (jaren).",
    "doelgroep": "Omschrijving van de doelgroep.", "ondersteuningsvormen": "Vormen van hulp.",
    "producten": "Productcodes die de aanbieder levert (categorieën uitgeschreven).",
    "zorgsoorten": "Zorgsoorten van die producten.", "productcategorieen": "Productcategorieën (2 cijfers).",
    "vrij_toegankelijk_aanbod": "ja als minstens één product zonder beschikking te gebruiken is.",
    "huisarts_mag_verwijzen": _HUISARTS,
    "eigenaar": "Wie de gegevens beheert.", "laatst_gecontroleerd": "Datum van de laatste controle (JJJJ-MM-DD).",
    "pagina": _PAGINA,
}
PRODUCTCODE_COLUMNS = {
    "code": "Productcode (2 cijfers, letter, 2 cijfers).", "naam": _NAAM, "categorie": "Productcategorie (2 cijfers).",
    "categorie_naam": "Naam van de categorie.", "zorgsoort": "Id van de zorgsoort.", "zorgsoort_naam": "Naam van de zorgsoort.",
    "uitvoeringsvariant": f"{UITVOERINGSVARIANTEN.opsomming()}.", "hulpvorm": "iJw-dimensie hulpvorm.",
    "eenheid": "Eenheid, als die vastligt.", "beschikking_nodig": "ja als een zorgtoewijzing (beschikking) nodig is.",
    "expertpool_advies_verplicht": "ja als advies van de expertpool verplicht is.",
    "verwijzers": "Wie mag verwijzen.", "huisarts_mag_verwijzen": _HUISARTS,
    "aanbieders": "Id's van de aanbieders die de code leveren.",
    "routes": "Id's van de routes die naar de code leiden.", "pagina": _PAGINA,
}
AANBIEDER_FIELDS = list(AANBIEDER_COLUMNS)
PRODUCTCODE_FIELDS = list(PRODUCTCODE_COLUMNS)
LIST_SEPARATOR = "|"


def aanbieder_record(catalog: Catalog, a: Aanbieder) -> dict:
    codes = catalog.codes_per_aanbieder[a.id]
    infos = [catalog.codes[c] for c in codes]
    werkgebied = catalog.werkgebied(a)
    gemeenten = (sorted(g.naam for g in catalog.content.gemeenten) if "regio" in werkgebied
                 else [catalog.name("gemeente", g) for g in werkgebied])
    doelgroep = a.doelgroep
    return {
        "id": a.id, "naam": a.naam, "soort": a.soort, "financiering": a.financiering, "omschrijving": a.omschrijving,
        "website": a.website, "telefoon": a.telefoon, "email": a.email, "agb_code": a.agb_code,
        "werkgebied": list(werkgebied), "gemeenten": gemeenten,
        "min_leeftijd": doelgroep.min_leeftijd if doelgroep else None,
        "max_leeftijd": doelgroep.max_leeftijd if doelgroep else None,
        "doelgroep": doelgroep.omschrijving if doelgroep else None,
        "ondersteuningsvormen": list(a.ondersteuningsvormen), "producten": codes,
        "zorgsoorten": sorted({i.zorgsoort for i in infos}), "productcategorieen": sorted({c[:2] for c in codes}),
        "vrij_toegankelijk_aanbod": any(i.vrij_toegankelijk for i in infos),
        "huisarts_mag_verwijzen": any(i.huisarts_mag_verwijzen for i in infos),
        "eigenaar": a.eigenaar, "laatst_gecontroleerd": a.laatst_gecontroleerd.isoformat() if a.laatst_gecontroleerd else None,
        "pagina": urls.page_url(urls.aanbieder(a.id)),
    }


def productcode_records(catalog: Catalog) -> list[dict]:
    records = []
    for code, info in catalog.codes.items():
        records.append({
            "code": code, "naam": info.code.naam, "categorie": info.categorie.categorie,
            "categorie_naam": info.categorie.naam, "zorgsoort": info.zorgsoort,
            "zorgsoort_naam": catalog.name("zorgsoort", info.zorgsoort),
            "uitvoeringsvariant": info.code.uitvoeringsvariant, "hulpvorm": info.code.hulpvorm,
            "eenheid": catalog.name("eenheid", info.code.eenheid) if info.code.eenheid else None,
            "beschikking_nodig": not info.vrij_toegankelijk,
            "expertpool_advies_verplicht": info.expertpool_advies_verplicht,
            "verwijzers": list(info.verwijzers), "huisarts_mag_verwijzen": info.huisarts_mag_verwijzen,
            "aanbieders": [a.id for a in catalog.aanbieders_per_code.get(code, [])],
            "routes": sorted({r.id for r, _ in catalog.stappen_per_code.get(code, [])}),
            "pagina": urls.page_url(urls.productcategorie(info.categorie.categorie)) + "#" + code,
        })
    return records


def aanbieder_records(catalog: Catalog) -> list[dict]:
    return [aanbieder_record(catalog, a) for a in sorted(catalog.content.aanbieders, key=lambda a: a.id)]


def to_json(records) -> bytes:
    """Compact JSON: with `indent` Python falls back to its pure-Python encoder (10x slower)."""
    return (json.dumps(records, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return ja_nee(value)
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


def to_csv(records: list[dict], fields: list[str], excel: bool = False) -> bytes:
    """Plain CSV (comma, LF), or the Dutch-Excel variant: semicolon, CRLF and a byte-order mark."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if excel else ",", lineterminator="\r\n" if excel else "\n")
    writer.writerow(fields)
    for record in records:
        writer.writerow([_cell(record[f]) for f in fields])
    return ("\ufeff" if excel else "").encode("utf-8") + buffer.getvalue().encode("utf-8")


def export_files(catalog: Catalog) -> dict[str, bytes]:
    """Every open-data file, by path relative to the site root."""
    from .finder_data import finder_data
    from .hsds import hsds_files
    from .render.productcodes import code_list
    from .route_data import route_files

    aanbieders = aanbieder_records(catalog)
    codes = productcode_records(catalog)
    files = {}
    for naam, records, fields in (("aanbieders", aanbieders, AANBIEDER_FIELDS), ("productcodes", codes, PRODUCTCODE_FIELDS)):
        files[urls.data_table(naam, "json")] = to_json(records)
        files[urls.data_table(naam, "csv")] = to_csv(records, fields)
        files[urls.data_table(naam, "excel")] = to_csv(records, fields, excel=True)
    files.update({path: to_json(data) for path, data in hsds_files(catalog).items()})
    files.update(route_files(catalog))
    files[urls.CODE_LIST] = code_list(catalog)
    files[urls.FINDER_DATA] = json.dumps(finder_data(catalog), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return files
