"""The per-file part of FORMAAT.md: which files a content root has, their shape, and an example of each.

The examples are the files `init` writes (landelijk/ and landelijk/sjabloon/), so they are valid
by construction (a test builds the init output) and cannot drift from what a new region gets.
"""
from __future__ import annotations

from pathlib import Path

from .content.format import NOOD_SOORTEN
from .content.kinds import BESTANDEN

LANDELIJK = Path(__file__).resolve().parents[1] / "landelijk"
MAX_EXAMPLE_LINES = 45

# (path, required, shape, what it holds, example file under landelijk/): the content files from the kind
# registry, then what a content root may hold besides.
FILES = [(b.naam_in_docs, b.verplicht, b.vorm, b.inhoud, b.voorbeeld) for b in BESTANDEN] + [
    ("content/paginas/*.md", False, "Markdown; de eerste regel is `# Titel`, geen HTML; daarboven mag een blok "
     "`paginabeheer` tussen twee regels `---` staan", "Eigen pagina's, zoals 'Over deze site'.",
     "sjabloon/content/paginas/over.md"),
    ("content/import/", False, "vrij", "Hulpbestanden voor `import-productcodes` (zoals de mapping); de site leest "
     "deze map niet.", None),
    ("mkdocs.yml (naast content/)", False, "MkDocs-instellingen",
     "Alleen voor instellingen van het thema of de site-bouwer; per instelling over die van het project heen gelegd. "
     "Naam, webadres en voettekst van de site staan in `content/regio.yaml` onder `site:`, niet hier.", None),
]

NOTES = f"""\
Goed om te weten:

- **Noodcontacten**: `regio.yaml` heeft voor elk van de drie soorten ({', '.join(NOOD_SOORTEN)}) een noodcontact;
  ze staan in de noodbalk bovenaan elke pagina. 112 en Veilig Thuis (0800-2000) zijn landelijk.
- **Titel van de startpagina**: `site.naam` (standaard "Routewijzer jeugdhulp"), gevolgd door `regio.naam` als die
  nog niet in de naam van de site staat. `site.naam` staat ook in de kop van elke pagina en in het tabblad.
- **Instellingen van de site** (`site:` in `regio.yaml`): naam, webadres (`url`, nodig voor de sitemap en
  canonieke links), omschrijving, voettekst en hoe het lokale team heet (`lokaal_team`, `lokale_teams`).
  Het adres voor meldingen over fouten ('Klopt dit niet?') staat in het blok `feedback:` van `regio.yaml`
  (e-mail en/of formulier), niet onder `site:`.
- **Bouwen**: de site, `.build/` en `.cache/` komen nooit in de inhoudsmap als u `--site-dir` (en eventueel
  `--werkmap`) opgeeft; zonder `--site-dir` komt de site in `site/` naast `content/`.
- **Een nieuwe regio**: `python -m generator init MAP --naam NAAM` maakt een complete inhoudsmap met de
  landelijke codelijsten en productcategorieën; de voorbeelden hieronder komen daaruit.
"""


def _example(relpath: str) -> str:
    """The start of an init file, cut before a list item so the excerpt stays readable YAML."""
    text = (LANDELIJK / relpath).read_text(encoding="utf-8").replace("{naam}", "Voorbeeldregio")
    lines = text.rstrip("\n").splitlines()
    if len(lines) <= MAX_EXAMPLE_LINES:
        return "\n".join(lines)
    cut = MAX_EXAMPLE_LINES
    while cut > 1 and not lines[cut].lstrip().startswith("- "):
        cut -= 1
    indent = lines[cut][: len(lines[cut]) - len(lines[cut].lstrip())]
    return "\n".join(lines[:cut] + [f"{indent}# … (meer)"])


def files_reference() -> str:
    rows = ["| Bestand | Verplicht | Vorm | Inhoud |", "|---|---|---|---|"]
    for path, required, shape, what, _ in FILES:
        rows.append(f"| `{path}` | {'**ja**' if required else 'nee'} | {shape} | {what} |")
    parts = ["## Bestanden\n\nEen inhoudsmap (`--root`) bevat deze bestanden:\n\n" + "\n".join(rows) + "\n", NOTES]
    for path, _, _, _, example in FILES:
        if example:
            taal = "markdown" if example.endswith(".md") else "yaml"
            parts.append(f"### Voorbeeld: `{path}`\n\n```{taal}\n{_example(example)}\n```\n")
    return "\n".join(parts)
