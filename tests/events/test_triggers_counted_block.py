"""A block word may stand after a count in digits (اعتراض 3 صواريخ): the counted noun is
read as the word after the trigger (``triggers._next_keys``)."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.events.triggers import _next_keys, keys
from marsad.pipeline import Pipeline


def test_the_counted_noun_is_the_next_word() -> None:
    norms = ["تم", "اعتراض", "3", "صواريخ", "فوق", "المدينه"]
    assert _next_keys(norms, 1) == keys("صواريخ")


def test_a_word_after_the_trigger_is_read_as_before() -> None:
    norms = ["ابدت", "اعتراضها", "علي", "القرار"]
    assert _next_keys(norms, 1) == keys("علي")


def test_a_count_closing_the_sentence_is_read_itself() -> None:
    assert _next_keys(["اعتراض", "3"], 0) == keys("3")
    assert _next_keys(["اعتراض"], 0) == frozenset()


def test_intercepting_a_projectile_is_no_objection(events_pipeline: Pipeline) -> None:
    for text in (
        "أعلن الجيش اعتراض طائرة مسيرة مفخخة فوق مدينة حدودية.",
        "وقالت قوات الدفاع الجوي إنها نجحت في اعتراض 3 صواريخ أطلقت نحو العاصمة.",
    ):
        doc = code(events_pipeline, text)
        assert not [e for e in doc.events if e.type in ("ACCUSE", "REJECT")], text


def test_an_objection_to_a_decision_is_still_one(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأبدت الحكومة التركية اعتراضها على القرار الأمريكي الجديد.")
    assert [e.type for e in doc.events] == ["ACCUSE"]
