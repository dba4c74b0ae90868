"""A verbal noun that gives the reason for the clause's act (ردا على، احتجاجا على) is
someone else's act: the clause's subject is not its agent."""

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
