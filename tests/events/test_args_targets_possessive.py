"""Sides read through a possessive: بلاده is a person's country (the person or title named
before a state name), and a masculine verb is not that of the feminine noun after it
(ودعا حكومة بلاده، وحمل حكومة الرياض): that noun and its genitive are the object."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.doc import Document
from marsad.pipeline import Pipeline


def test_his_country_is_the_person_s_not_the_state_named_between(
    events_pipeline: Pipeline,
) -> None:
    doc = code(
        events_pipeline,
        "وتحدث الرئيس الأمريكي عن كوبا، وقال إن بلاده فرضت عقوبات جديدة على فنزويلا.",
    )
    found = triples(doc)
    assert ("USA", "SANCTION", "VEN") in found
    assert ("CUB", "SANCTION", "VEN") not in found


def test_her_country_after_a_thing_s_nationality_keeps_the_state(
    events_pipeline: Pipeline,
) -> None:
    doc = code(
        events_pipeline,
        "وانتقدت الرسوم الأمريكية على ألمانيا وقالت إن بلادها ستنسق مع المفوضية الأوروبية.",
    )
    assert ("DEU", "COOPERATE") in _sources(doc)


def test_masculine_verb_before_a_feminine_noun_makes_its_genitive_the_object(
    events_pipeline: Pipeline,
) -> None:
    doc = code(
        events_pipeline,
        "وانتقد وزير الخارجية القطري الموقف السعودي، وحمل حكومة الرياض مسؤولية الأزمة.",
    )
    found = triples(doc)
    assert ("QAT", "ACCUSE", "SAU") in found
    assert ("SAU", "ACCUSE", "QAT") not in found


def test_appeal_to_his_country_s_government(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وقال الرئيس السوري إن بلاده لن تقبل أي تدخل، ودعا حكومة بلاده إلى الصمود.",
    )
    assert ("SYR", "REQUEST", "SYR") in triples(doc)


def test_feminine_verb_keeps_the_feminine_noun_as_subject(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ودعت حكومة الرياض قطر إلى الحوار.")
    assert ("SAU", "REQUEST", "QAT") in triples(doc)


def test_an_adjective_after_the_feminine_noun_still_names_the_doer(
    events_pipeline: Pipeline,
) -> None:
    doc = code(events_pipeline, "وتم شن ضربة جوية أميركية على مناطق في باكستان.")
    assert ("USA", "ASSAULT", "PAK") in triples(doc)


def _sources(doc: Document) -> set[tuple[str | None, str]]:
    """Every event's (source country, type), intended ones too (ستنسق is a plan)."""
    return {
        (e.source.actor[:3] if e.source and e.source.actor else None, e.type) for e in doc.events
    }
