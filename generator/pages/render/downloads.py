"""The 'Open data' page: what can be downloaded, and what every field means."""
from __future__ import annotations

from ...content.catalog import Catalog
from .. import urls
from ..exports import AANBIEDER_COLUMNS, PRODUCTCODE_COLUMNS
from ..route_data import routes_section
from .common import Page, finish

PAGE = urls.DOWNLOADS



def _table(columns: dict[str, str]) -> str:
    rows = ["| Veld | Betekenis |", "|---|---|"] + [f"| `{f}` | {doc} |" for f, doc in columns.items()]
    return "\n".join(rows)


def _link(label: str, path: str) -> str:
    return f'<a href="{urls.site_asset(PAGE, path)}" download>{label}</a>'


def _table_links(naam: str) -> str:
    labels = {"json": "JSON", "csv": "CSV", "excel": "CSV voor Excel"}
    return " · ".join(_link(labels[variant], urls.data_table(naam, variant)) for variant in urls.TABLE_VARIANTS)


def render_downloads(catalog: Catalog) -> Page:
    aantal_a, aantal_p = len(catalog.content.aanbieders), len(catalog.codes)
    parts = [
        "# Open data",
        "Alle aanbieders en productcodes van deze site zijn vrij te downloaden, zodat gemeenten, aanbieders en "
        "andere sites ze kunnen hergebruiken. De bestanden worden bij elke bouw van de site opnieuw gemaakt uit "
        "dezelfde gegevens als de pagina's.",
        "## Aanbieders",
        f"{aantal_a} organisaties: {_table_links('aanbieders')}",
        _table(AANBIEDER_COLUMNS),
        "## Productcodes",
        f"{aantal_p} productcodes: {_table_links('productcodes')}",
        _table(PRODUCTCODE_COLUMNS),
        "## Open Referral (HSDS 3)",
        "Dezelfde aanbieders in de internationale standaard voor overzichten van hulpaanbod, Open Referral "
        "HSDS 3: " + " · ".join(_link(n, urls.hsds_file(n)) for n in urls.HSDS_TABLES) + ".",
        "Elke aanbieder is een *organization*; per zorgsoort is er een *service* met het werkgebied als "
        "*service_areas*, de leeftijden als *minimum_age* en *maximum_age*, de productcodes als *attributes* "
        "(taxonomie 'iJw productcode') en de datum van de laatste controle als *assured_date*. De id's zijn "
        "vaste UUID's: ze veranderen niet tussen twee versies.",
        routes_section(catalog, _link),
        "## Over de bestanden",
        "- CSV: komma als scheidingsteken, UTF-8. De variant *voor Excel* gebruikt een puntkomma en begint met een "
        "byte-order-mark, zodat Nederlandse Excel de kolommen en letters goed leest.\n"
        "- Lijsten in één cel zijn gescheiden door een verticale streep (`|`); ja/nee staat als `ja` of `nee`.",
    ]
    return finish(PAGE, "\n\n".join(parts), catalog, "Open data")
