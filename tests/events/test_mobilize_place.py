"""Issue 5: forces sent or deployed to a place face that place's state (MOBILIZE takes the
place as its target, as attacks and arrests do); a noun naming forces (تعزيزات) as the
object of another act is no sending. Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_forces_deployed_abroad_face_that_state(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ونشرت روسيا قوات إضافية في سوريا.")
    assert ("RUS", "MOBILIZE", "SYR") in triples(doc)


def test_reinforcements_pushed_to_a_front(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ودفع الحوثيون بتعزيزات جديدة إلى جبهات القتال في محافظة الحديدة.")
    assert ("YEM", "MOBILIZE", "YEM") in triples(doc)


def test_reinforcements_struck_are_no_mobilisation(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "واستهدفت غارات التحالف تعزيزات للمتمردين في محافظة الحديدة.")
    assert not [e for e in doc.events if e.type == "MOBILIZE"]


def test_a_state_deploying_at_home_faces_no_one(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "نشرت السلطات الفنزويلية الأربعاء نحو 50 جنديا مسلحا في سوق قرب العاصمة كراكاس.",
    )
    assert ("VEN", "MOBILIZE", None) in triples(doc)
