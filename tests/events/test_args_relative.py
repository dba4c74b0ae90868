"""Subjects of relative clauses: an actor antecedent is the subject of the verb right
after الذي/التي; a thing antecedent leaves the verb with no actor as its agent."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_actor_antecedent_is_the_subject_of_the_relative_verb(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأكد الرئيس الفرنسي أن بلاده، التي تدعم أوكرانيا، لن تتراجع.")
    found = triples(doc)
    assert ("FRA", "SUPPORT", "UKR") in found
    assert ("UKR", "SUPPORT", "FRA") not in found


def test_object_pronoun_on_the_verb_keeps_the_subject_after_it(
    events_pipeline: Pipeline,
) -> None:
    doc = code(events_pipeline, "وقال الوزير إن إيران التي تدعمها روسيا لن تتراجع عن برنامجها.")
    found = triples(doc)
    assert ("RUS", "SUPPORT", "IRN") in found
    assert ("IRN", "SUPPORT", "RUS") not in found


def test_thing_antecedent_does_not_take_the_running_subject(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "احتجزت الشرطة الإيطالية رجلين بتهمة التسبب في الحريق الذي اندلع الجمعة، "
        "ودمر مخازن الحبوب في الميناء.",
    )
    assert not any(s == "ITA" for s, t, _ in triples(doc) if t == "ASSAULT")
    assert ("ITA", "COERCE", "ITA") in triples(doc)  # the arrest keeps its subject


def test_joined_appeal_continues_the_opening_subject(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وشكرت المعارضة السورية تركيا على دعمها، ودعت الولايات المتحدة وبريطانيا "
        "إلى الانضمام إليها.",
    )
    found = triples(doc)
    assert {("SYR", "REQUEST", "USA"), ("SYR", "REQUEST", "GBR")} <= found
    assert not any(s in ("USA", "GBR") for s, t, _ in found if t == "REQUEST")


def test_appeal_after_a_complementizer_keeps_its_own_subject(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "وقال الأمين العام للجامعة إن مصر ترفض الحرب، وطالبت قطر إيران بالتهدئة."
    )
    assert ("EGY", "REQUEST", "IRN") not in triples(doc)
