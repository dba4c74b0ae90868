"""Holding an actor responsible in a reported clause (إن X مسؤولة عن، أن تكون X المسؤولة
عن) is an accusation by the one who says it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("وتقول باريس إن طهران مسؤولة عن خطف الدبلوماسي", ("FRA", "ACCUSE", "IRN")),
        (
            "وقال وزير الخارجية الألماني إنه من المرجح أن تكون دمشق المسؤولة عن القصف",
            ("DEU", "ACCUSE", "SYR"),
        ),
        (
            "أكدت الحكومة اليابانية أن كوريا الشمالية هي المسؤولة عن إطلاق الصاروخ",
            ("JPN", "ACCUSE", "PRK"),
        ),
    ],
)
def test_held_responsible(events_pipeline: Pipeline, text: str, triple: tuple) -> None:
    assert triple in triples(code(events_pipeline, text))


def test_conditional_blame_is_hypothetical(events_pipeline: Pipeline) -> None:
    text = "وهددت ألمانيا برد قوي إذا ثبت أن موسكو مسؤولة عن الهجوم"
    doc = code(events_pipeline, text)
    blames = [e for e in doc.events if e.type == "ACCUSE"]
    assert blames and all(e.hypothetical for e in blames)


def test_responsible_official_is_no_blame(events_pipeline: Pipeline) -> None:
    # مسؤول as an official (المسؤول عن الملف) with no clause opening before it
    text = "والتقى الوزير المصري المسؤول عن ملف المياه في إثيوبيا"
    assert not any(t == "ACCUSE" for _, t, _ in triples(code(events_pipeline, text)))
