"""A member, officer or faction of a body named as a verb's subject (قيادي في حركة حماس،
فصيل في الحشد الشعبي، مسؤول في الحكومة العراقية) acts for that body: it is the source,
never the target. Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import code, country_pairs

from marsad.pipeline import Pipeline


def test_member_right_after_the_verb(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "واتهم قيادي في حركة حماس إسرائيل بخرق التهدئة في القطاع.")
    assert ("PSE", "ISR") in country_pairs(doc, "ACCUSE")


def test_official_of_a_government_named_by_its_adjective(events_pipeline: Pipeline) -> None:
    # مسؤول is written with its hamza: the member nouns are compared normalised (مسءول)
    doc = code(events_pipeline, "وطالب مسؤول في الحكومة العراقية الولايات المتحدة بسحب قواتها.")
    assert ("IRQ", "USA") in country_pairs(doc, "REQUEST")


def test_faction_between_kana_and_qad(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وكان فصيل في الحشد الشعبي العراقي قد هاجم قاعدة للقوات الأمريكية.")
    found = country_pairs(doc, "ASSAULT")
    assert ("IRQ", "USA") in found
    assert ("USA", "IRQ") not in found


def test_harm_verb_keeps_the_member_a_victim(events_pipeline: Pipeline) -> None:
    # قُتل قيادي في حماس: an unvowelled harm verb may be passive, so no source is read
    doc = code(events_pipeline, "وقتل قيادي في حركة حماس في غارة على مدينة رفح.")
    assert not any(src == "PSE" for src, _ in country_pairs(doc, "ASSAULT"))
