"""A body's head noun alone (الحركة، المنظمة، الوكالة) takes up the body last named with
that head; a reporting agency is no side. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, trigger_hits, triples

from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # the same sentence
        (
            "وانتقدت حركة النهضة الحكومة التونسية، ودعت الحركة الرئيس التونسي إلى الحوار",
            ("TUN", "REQUEST", "TUN"),
        ),
        # a sentence before
        (
            "انتقدت منظمة العفو الدولية السلطات المصرية. وطالبت المنظمة مصر بالإفراج عن المعتقلين",
            ("NGO", "REQUEST", "EGY"),
        ),
    ],
)
def test_head_noun_takes_up_the_body(events_pipeline: Pipeline, text: str, triple: tuple) -> None:
    assert triple in triples(code(events_pipeline, text))


def test_news_agency_is_no_side(events_pipeline: Pipeline) -> None:
    text = "وذكرت وكالة رويترز أن الوزير غادر البلاد. وانتقدت الوكالة الحكومة الفرنسية بشدة"
    assert not any(s == "GBR" for s, _, _ in triples(code(events_pipeline, text)))


def test_perfect_spelling_after_purpose_noun_is_a_noun() -> None:
    # لبحث دعم: the genitive of a purpose noun, not a verb with its own subject
    hits = trigger_hits("وعقد اجتماع خصص لبحث دعم المنظمة الدولية")
    assert [h.spec.pos for h in hits if h.spec.type == "SUPPORT"] == ["noun"]
