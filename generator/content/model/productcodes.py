"""Zorgsoorten, productcategorieën and their productcodes."""
from __future__ import annotations

from ..declare import blok, veld
from ..fields import (
    CATEGORIE,
    PRODUCTCODE,
    Id,
    JaNee,
    Keuze,
    Keuzes,
    Lijst,
    Optie,
    Ref,
    Tekst,
)
from .common import HERKOMSTEN, Beheer, Located, Onderhouden, Zoekbaar

UITVOERINGSVARIANTEN = Keuzes(Optie("inspanningsgericht", "inspanningsgericht"), Optie("outputgericht", "outputgericht"))


_ALS_AFWIJKEND = "Alleen invullen als deze code afwijkt van zijn categorie."


@blok("zorgsoort")
class Zorgsoort(Beheer, Zoekbaar):
    id: str = veld(Id(), "Id waarmee productcategorieën naar deze zorgsoort verwijzen.", verplicht=True)
    naam: str = veld(Tekst(120), "Naam van de zorgsoort.", verplicht=True)
    omschrijving: str = veld(Tekst(3000, True), "Wat onder deze zorgsoort valt.", verplicht=True)


@blok("productcode")
class Productcode(Located):
    code: str = veld(PRODUCTCODE, "Productcode: 2 cijfers, een hoofdletter, 2 cijfers (45A48).", verplicht=True)
    naam: str = veld(Tekst(200), "Naam van het product.", verplicht=True)
    omschrijving: str | None = veld(Tekst(3000, True), "Toelichting.")
    uitvoeringsvariant: str | None = veld(Keuze(UITVOERINGSVARIANTEN), "iJw-uitvoeringsvariant.")
    hulpvorm: str | None = veld(Tekst(160), "iJw-dimensie hulpvorm, bijvoorbeeld 'Met verblijf: pleegzorg'.")
    eenheid: str | None = veld(Ref("eenheid"), "Eenheid (id uit codelijsten.yaml), als die vastligt.")
    # Optional overrides of the category defaults:
    zorgsoort: str | None = veld(Ref("zorgsoort"), _ALS_AFWIJKEND)
    vrij_toegankelijk: bool | None = veld(JaNee(), _ALS_AFWIJKEND)
    expertpool_advies_verplicht: bool | None = veld(JaNee(), _ALS_AFWIJKEND)
    verwijzers: list[str] | None = veld(Lijst(Ref("verwijzer")), _ALS_AFWIJKEND)
    # Filled in by the model stage from the enclosing category (not a YAML key):
    categorie: str = ""


@blok("productcategorie")
class Productcategorie(Onderhouden, Zoekbaar):
    categorie: str = veld(CATEGORIE, "Landelijke productcategorie (2 cijfers, tussen aanhalingstekens).",
                          verplicht=True)
    naam: str = veld(Tekst(160), "Naam van de categorie.", verplicht=True)
    zorgsoort: str = veld(Ref("zorgsoort"), "Zorgsoort waar de categorie onder valt.", verplicht=True)
    omschrijving: str | None = veld(Tekst(3000, True), "Toelichting op de categorie en de indeling.")
    vrij_toegankelijk: bool = veld(JaNee(), "ja: zonder beschikking te gebruiken; nee: zorgtoewijzing nodig.",
                                   verplicht=True)
    toegang_herkomst: str | None = veld(  # like Stap.herkomst: what is modelled must look different
        Keuze(HERKOMSTEN), "Waar vrij_toegankelijk en verwijzers vandaan komen. bron: zo in de bronnen (noem ze bij "
        "'bronnen'); model: door de routewijzer gekozen (zeg in de omschrijving waarom). De site zet bij gemodelleerde "
        "antwoorden over beschikking en verwijzing dat ze niet uit de bronnen komen.")
    expertpool_advies_verplicht: bool = veld(
        JaNee(), "Alleen voor een regio met een expertpool (regionaal team van "
        "specialisten): ja als hun advies verplicht is bij toewijzing. Zet geen enkele categorie dit op ja, dan "
        "noemt de site geen expertpool.", standaard=False)
    verwijzers: list[str] = veld(Lijst(Ref("verwijzer")),
                                 "Wie naar deze zorg mag verwijzen (ids uit codelijsten.yaml).", verplicht=True)
    productcodes: list[Productcode] = veld(Lijst(Productcode.SCHEMA, 2000), "De productcodes in deze categorie.",
                                           verplicht=True)
