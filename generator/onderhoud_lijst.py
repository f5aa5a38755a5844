"""`python -m generator onderhoud`: what is due for review, per eigenaar, as text or as a CSV file.

The dates come from the content seam (content/onderhoud.py); this module only words and writes them.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
from itertools import groupby

from .content.onderhoud import BINNENKORT_DAGEN, Controlepunt, aan_de_beurt
from .pages.render.common import datum

GEEN_EIGENAAR = "(geen eigenaar ingevuld)"
CSV_KOLOMMEN = ["eigenaar", "status", "soort", "naam", "bestand", "regel", "laatst_gecontroleerd",
                "volgende_controle", "interval_maanden"]


def eigenaar_van(punt: Controlepunt) -> str:
    return punt.eigenaar or GEEN_EIGENAAR


def selecteer(punten: list[Controlepunt], eigenaar: str | None) -> list[Controlepunt]:
    """Only one eigenaar's items (case and surrounding spaces do not matter; part of the name is enough)."""
    if not eigenaar:
        return punten
    gezocht = eigenaar.strip().casefold()
    return [p for p in punten if gezocht in eigenaar_van(p).casefold()]


def _regel(punt: Controlepunt, today: _dt.date) -> str:
    waar = f"{punt.bestand}:{punt.regel}" if punt.regel else punt.bestand
    if punt.volgende is None:
        wanneer = "nooit gecontroleerd"
    elif punt.volgende < today:
        wanneer = f"controle was {datum(punt.volgende)} (laatst gecontroleerd {datum(punt.laatst_gecontroleerd)})"
    else:
        wanneer = f"controle op {datum(punt.volgende)}"
    return f"    {punt.soort} '{punt.naam}' — {wanneer} — {waar}"


def tekst(punten: list[Controlepunt], today: _dt.date) -> str:
    """The list for the terminal: per eigenaar, first what is overdue, then what comes due soon."""
    te_laat, binnenkort = aan_de_beurt(punten, today)
    kop = (f"Onderhoud op {datum(today)}: {len(te_laat)} te laat, {len(binnenkort)} binnenkort "
           f"(in de komende {BINNENKORT_DAGEN} dagen), {len(punten) - len(te_laat) - len(binnenkort)} in orde.")
    if not te_laat and not binnenkort:
        return kop + "\n"
    blokken = [kop]
    status = {id(p): "te laat" for p in te_laat} | {id(p): "binnenkort" for p in binnenkort}
    gekozen = sorted(te_laat + binnenkort, key=lambda p: (eigenaar_van(p).casefold(), status[id(p)] != "te laat"))
    for eigenaar, groep in groupby(gekozen, key=eigenaar_van):
        groep = list(groep)
        regels = [f"\nEigenaar: {eigenaar} ({len(groep)})"]
        for naam in ("te laat", "binnenkort"):
            deel = [p for p in groep if status[id(p)] == naam]
            if deel:
                regels.append(f"  {naam.capitalize()} ({len(deel)}):")
                regels.extend(_regel(p, today) for p in deel)
        blokken.append("\n".join(regels))
    return "\n".join(blokken) + "\n"


def csv_tekst(punten: list[Controlepunt], today: _dt.date) -> str:
    """Every item with its status, for a spreadsheet (semicolons, as Dutch Excel expects)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_KOLOMMEN)
    for p in sorted(punten, key=lambda p: (eigenaar_van(p).casefold(), p.volgende or _dt.date.min, p.bestand)):
        status = "te laat" if p.te_laat(today) else "binnenkort" if p.binnenkort(today) else "in orde"
        writer.writerow([eigenaar_van(p), status, p.soort, p.naam, p.bestand, p.regel,
                         p.laatst_gecontroleerd.isoformat() if p.laatst_gecontroleerd else "",
                         p.volgende.isoformat() if p.volgende else "", p.interval])
    return out.getvalue()
