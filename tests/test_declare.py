"""One declaration per YAML field: the model dataclass and the editors' format come from the same line."""
import dataclasses

import pytest

from generator.content import format as content_format
from generator.content import model
from generator.content.declare import blok, veld
from generator.content.fields import Id, Lijst, Tekst


def test_a_field_declared_once_is_both_a_dataclass_field_and_a_documented_yaml_key():
    @blok("proef")
    class Proef(model.Beheer):
        id: str = veld(Id(), "Id van de proef.", verplicht=True)
        titel: str | None = veld(Tekst(80), "Titel.", standaard="Zonder titel")
        labels: list[str] = veld(Lijst(Tekst(20)), "Labels.", standaard=[])

    names = [v.naam for v in Proef.SCHEMA.velden]
    # own fields in declaration order, the inherited beheer fields after them
    assert names == ["id", "titel", "labels", "bronnen", "eigenaar", "peildatum", "laatst_gecontroleerd"]
    first = Proef.SCHEMA.velden[0]
    assert (first.verplicht, first.uitleg, first.standaard) == (True, "Id van de proef.", None)
    assert Proef.SCHEMA.maak is Proef
    made = Proef(id="a")
    assert made.titel == "Zonder titel"
    made.labels.append("x")
    assert Proef(id="b").labels == []  # a list default is not shared between objects
    with pytest.raises(TypeError):
        Proef()  # a required non-list field has no default


def test_every_documented_key_of_a_model_block_is_a_field_of_its_dataclass():
    for schema in content_format.ALL_SCHEMAS:
        assert schema.maak is not None and dataclasses.is_dataclass(schema.maak), schema.naam
        fields = {f.name for f in dataclasses.fields(schema.maak)}
        assert {v.naam for v in schema.velden} <= fields, schema.naam
        assert schema.maak.SCHEMA is schema


def test_model_fields_outside_the_yaml_format_stay_out_of_it():
    assert "categorie" not in [v.naam for v in model.Productcode.SCHEMA.velden]  # filled in by the model stage
    assert "loc" not in [v.naam for v in model.Stap.SCHEMA.velden]
