"""Issue 5: aid goes to someone. With no recipient named the sentence tells a donor's
record, an honour or a cut, not an act of aid; with one, the aid is coded. Sentences
written for these tests."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_aid_with_no_recipient_is_no_event(events_pipeline: Pipeline) -> None:
    for text in (
        "وأعلنت السعودية أنها قدمت 300 مشروعا إغاثيا خلال العام الماضي.",
        "وقدمت الكويت مساعدات بقيمة مليون دولار.",
    ):
        assert not [e for e in code(events_pipeline, text).events if e.type == "AID"]


def test_aid_to_a_named_state_is_coded(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قدمت السعودية مساعدات إنسانية لليمن بقيمة مليون دولار.")
    assert ("SAU", "AID", "YEM") in triples(doc)


def test_people_placed_after_the_aid_are_its_recipients(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ووزعت قطر سلالا غذائية على الأسر النازحة في اليمن.")
    assert ("QAT", "AID", "YEM") in triples(doc)


def test_a_venue_is_no_recipient(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "وقدمت الكويت مساعدات بقيمة مليون دولار خلال مؤتمر المانحين في لندن."
    )
    assert ("KWT", "AID", "GBR") not in triples(doc)
