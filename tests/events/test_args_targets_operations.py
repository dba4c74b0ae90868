"""A killing joined by و to an arrest, with no attacker named, is one security
operation: by the state of the place, as the arrest is, not by unidentified forces."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_killed_and_arrested_in_one_operation(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "كما تم مقتل خمسة مسلحين والقبض على عشرين آخرين في محافظة الأنبار.")
    found = triples(doc)
    assert ("IRQ", "ASSAULT", "IRQ") in found
    assert not any(s == "UAF" for s, t, _ in found if t == "ASSAULT")


def test_a_comma_parts_the_killing_from_the_arrest(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "وقتل ثلاثة مسلحين في هجوم على حاجز في سيناء، واعتقلت الشرطة اثنين."
    )
    assert not any(s == "EGY" for s, t, _ in triples(doc) if t == "ASSAULT")


def test_the_toll_of_an_attack_is_not_the_arresting_state_s(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأسفر الهجوم عن مقتل جنديين في سيناء واعتقال المهاجمين.")
    assert not any(s == "EGY" for s, t, _ in triples(doc) if t == "ASSAULT")
