"""Clause edges: a verbal noun that gives the reason for the clause's act (ردا على) is
someone else's act: the clause's subject is not its agent; a speech verb (قال) opens a
clause whose subject is the speaker, no participant of the act before it."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_reason_noun_takes_no_agent_from_the_clause(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وعلقت الحكومة الألمانية صفقات السلاح مع الرياض ردا على قمع المعارضين السعوديين.",
    )
    assert not any(t == "COERCE" and s in ("DEU", "SAU") for s, t, _ in triples(doc))


def test_reason_noun_keeps_its_own_genitive_agent(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وعلقت الحكومة الألمانية صفقات السلاح ردا على قمع السلطات السعودية للمعارضين.",
    )
    found = triples(doc)
    assert ("SAU", "COERCE", "SAU") in found
    assert not any(s == "DEU" for s, t, _ in found if t == "COERCE")


def test_speaker_after_a_speech_verb_is_no_victim(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وفي حفل حضره أقارب جنود قتلوا في المعارك قال الرئيس عبد الفتاح السيسي، إن بلاده ستنتصر.",
    )
    assert not any(t == "ASSAULT" and tgt == "EGY" for _, t, tgt in triples(doc))
