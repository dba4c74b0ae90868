"""A verbal noun whose needed object follows it at once (إغلاق مكتب ...، حجب تطبيق ...):
the actor inside that object, its owner, is what the act befalls, not its doer."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_closing_a_mission_office_targets_its_owner(events_pipeline: Pipeline) -> None:
    text = "وانتقد المتحدث قرار إدارة ترامب بإغلاق مكتب منظمة التحرير الفلسطينية في واشنطن."
    found = triples(code(events_pipeline, text))
    assert ("USA", "SANCTION", "PSE") in found
    assert not any(s == "PSE" for s, t, _ in found if t == "SANCTION")


def test_closing_the_office_after_the_decider_in_apposition(events_pipeline: Pipeline) -> None:
    text = (
        "أشاد وزير الخارجية الإسرائيلي، مساء الأربعاء، بقرار إدارة الرئيس الأمريكي "
        "ترامب، بإغلاق مكتب منظمة التحرير الفلسطينية بواشنطن."
    )
    assert ("USA", "SANCTION", "PSE") in triples(code(events_pipeline, text))


def test_forces_advancing_are_no_object(events_pipeline: Pipeline) -> None:
    text = "وفر آلاف السكان من المدينة مع تقدم القوات التركية نحو أطرافها الشمالية."
    found = triples(code(events_pipeline, text))
    assert not any(o == "TUR" for _, t, o in found if t == "ASSAULT")
