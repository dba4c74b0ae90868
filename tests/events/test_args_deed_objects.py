"""يدين الجرائم الإسرائيلية: a nationality adjective after a deed noun right after the verb
qualifies that object (``args._DEED_NOUNS``); it is not the verb's subject."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_adjective_of_condemned_crimes_is_the_target(events_pipeline: Pipeline) -> None:
    text = "وقال سفير الأردن في الأمم المتحدة إنه يدين الجرائم الإسرائيلية في القدس."
    found = triples(code(events_pipeline, text))
    assert ("JOR", "ACCUSE", "ISR") in found
    assert not any(s == "ISR" for s, t, _ in found if t == "ACCUSE")


def test_adjective_of_condemned_violations_is_the_target(events_pipeline: Pipeline) -> None:
    text = "وقال سفير لبنان إنه يدين الانتهاكات الإسرائيلية للأجواء اللبنانية."
    found = triples(code(events_pipeline, text))
    assert ("LBN", "ACCUSE", "ISR") in found


def test_adjective_after_an_acting_body_is_still_its_subject(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وانتقدت الحكومة الفرنسية قرار إيران."))
    assert ("FRA", "ACCUSE", "IRN") in found
