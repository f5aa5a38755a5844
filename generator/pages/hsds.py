"""The Open Referral HSDS 3 shape of the aanbieders: organization, service, location,
service_at_location, with service areas (werkgebied), eligibility (ages) and assured_date
(laatst_gecontroleerd). Productcodes become attributes with taxonomy terms ("iJw productcode").
One service per aanbieder and zorgsoort; an aanbieder without products gets one general service.
"""
from __future__ import annotations

import uuid

from ..content.catalog import Catalog
from ..content.model import Aanbieder
from . import urls


def stable_uuid(namespace: uuid.UUID, *parts: str) -> str:
    """The same record gets the same id in every build (uuid5 of its path of keys)."""
    return str(uuid.uuid5(namespace, "/".join(parts)))


def _namespace(catalog: Catalog) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, "routewijzer:" + catalog.content.regio.naam)


def _drop_empty(record: dict) -> dict:
    return {k: v for k, v in record.items() if v not in (None, [], "")}


def _attributes(ns, catalog: Catalog, service_id: str, refs: list[str]) -> list[dict]:
    """One attribute per product reference as written: a whole category stays one attribute
    (taxonomy 'iJw productcategorie') instead of one per code, so exports grow with the content."""
    result = []
    for ref in refs:
        if ref in catalog.codes:
            info = catalog.codes[ref]
            name, taxonomy = info.code.naam, "iJw productcode"
            description = f"{info.categorie.naam} ({catalog.name('zorgsoort', info.zorgsoort)})"
        else:
            categorie = catalog.categorieen[ref]
            name, taxonomy = categorie.naam, "iJw productcategorie"
            description = f"Alle {len(categorie.productcodes)} productcodes in categorie {ref}"
        term_id = stable_uuid(ns, taxonomy, ref)
        result.append({"id": stable_uuid(ns, "attribute", service_id, ref), "link_id": service_id,
                       "link_type": "service", "link_entity": "service", "taxonomy_term_id": term_id, "value": ref,
                       "taxonomy_term": {"id": term_id, "code": ref, "name": name, "description": description,
                                         "taxonomy": taxonomy, "language": "nl"}})
    return result


def _service_areas(ns, catalog: Catalog, a: Aanbieder, service_id: str) -> list[dict]:
    if "regio" in catalog.werkgebied(a):
        return [{"id": stable_uuid(ns, "area", service_id, "regio"), "service_id": service_id,
                 "name": f"Regio {catalog.content.regio.naam}",
                 "description": ", ".join(sorted(g.naam for g in catalog.content.gemeenten))}]
    return [{"id": stable_uuid(ns, "area", service_id, g), "service_id": service_id,
             "name": catalog.name("gemeente", g), "extent_type": "gemeente"} for g in catalog.werkgebied(a)]


def _zorgsoort_of(catalog: Catalog, ref: str) -> str:
    return catalog.codes[ref].zorgsoort if ref in catalog.codes else catalog.categorieen[ref].zorgsoort


def _services(ns, catalog: Catalog, a: Aanbieder, org_id: str) -> list[dict]:
    groups: dict[str, list[str]] = {}
    for ref in catalog.producten(a):
        if ref in catalog.codes or ref in catalog.categorieen:
            groups.setdefault(_zorgsoort_of(catalog, ref), []).append(ref)
    if not groups:
        groups = {"": []}
    services = []
    for zorgsoort, group in groups.items():
        service_id = stable_uuid(ns, "service", a.id, zorgsoort or "algemeen")
        doelgroep = a.doelgroep
        services.append(_drop_empty({
            "id": service_id, "organization_id": org_id,
            "name": f"{catalog.name('zorgsoort', zorgsoort)} — {a.naam}" if zorgsoort else a.naam,
            "description": a.omschrijving, "status": "active", "email": a.email, "url": a.website,
            "eligibility_description": doelgroep.omschrijving if doelgroep else None,
            "minimum_age": doelgroep.min_leeftijd if doelgroep else None,
            "maximum_age": doelgroep.max_leeftijd if doelgroep else None,
            "assured_date": a.laatst_gecontroleerd.isoformat() if a.laatst_gecontroleerd else None,
            "service_areas": _service_areas(ns, catalog, a, service_id),
            "attributes": _attributes(ns, catalog, service_id, group),
        }))
    return services


def _locations(ns, catalog: Catalog, a: Aanbieder, org_id: str) -> list[dict]:
    result = []
    for index, loc in enumerate(a.locaties):
        location_id = stable_uuid(ns, "location", a.id, str(index))
        record = {"id": location_id, "location_type": "physical", "organization_id": org_id, "name": loc.naam}
        if loc.adres and loc.plaats and loc.postcode:
            record["addresses"] = [{"id": stable_uuid(ns, "address", location_id), "location_id": location_id,
                                    "address_1": loc.adres, "city": loc.plaats, "postal_code": loc.postcode,
                                    "state_province": catalog.content.regio.provincie or "",
                                    "country": "NL", "address_type": "physical"}]
        result.append(record)
    return result


def _identifiers(ns, a: Aanbieder, org_id: str) -> list[dict]:
    """The AGB code (Vektis) of the organisation and of its locations, and its KvK number: how the
    region's contract administration and other registers know it."""
    pairs = [("AGB-code", a.agb_code), ("KvK-nummer", a.kvk_nummer), *(("AGB-code", loc.agb_code) for loc in a.locaties)]
    seen = list(dict.fromkeys((kind, value) for kind, value in pairs if value))
    def ident(kind: str, value: str) -> str:  # the organisation's own AGB code keeps the id it always had
        return stable_uuid(ns, "agb", a.id) if (kind, value) == ("AGB-code", a.agb_code) else \
            stable_uuid(ns, "identifier", a.id, kind, value)

    return [{"id": ident(kind, value), "organization_id": org_id, "identifier_type": kind, "identifier": value}
            for kind, value in seen]


def organization(catalog: Catalog, a: Aanbieder) -> dict:
    ns = _namespace(catalog)
    org_id = stable_uuid(ns, "organization", a.id)
    phones = [{"id": stable_uuid(ns, "phone", a.id), "organization_id": org_id, "number": a.telefoon}] if a.telefoon else []
    return _drop_empty({
        "id": org_id, "name": a.naam, "description": a.omschrijving, "email": a.email, "website": a.website,
        "phones": phones,
        "organization_identifiers": _identifiers(ns, a, org_id),
        "services": _services(ns, catalog, a, org_id),
        "locations": _locations(ns, catalog, a, org_id),
    })


def hsds_files(catalog: Catalog) -> dict[str, object]:
    """organizations.json holds each organization with its locations; its services are in
    services.json (linked by organization_id), so no service is written twice."""
    organizations = [organization(catalog, a) for a in sorted(catalog.content.aanbieders, key=lambda a: a.id)]
    services = [s for o in organizations for s in o.pop("services", [])]
    locations = [loc for o in organizations for loc in o.get("locations", [])]
    at_locations = [{"id": stable_uuid(_namespace(catalog), "sal", s["id"], loc["id"]), "service_id": s["id"],
                     "location_id": loc["id"]}
                    for s in services for loc in locations if loc["organization_id"] == s["organization_id"]]
    tables = (organizations, services, locations, at_locations)
    return {urls.hsds_file(naam): table for naam, table in zip(urls.HSDS_TABLES, tables, strict=True)}
