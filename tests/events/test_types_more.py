"""Trigger families and modality fixes added for type recall (issue 5): our own sentences."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline

CODED = [
    # handing out aid
    ("ووزعت الإمارات مساعدات غذائية على النازحين في اليمن.", ("ARE", "AID", "YEM")),
    # voting against a resolution, obstructing one
    ("وصوتت الولايات المتحدة ضد القرار الفرنسي.", ("USA", "REJECT", "FRA")),
    ("وعرقلت الصين مشروع قرار بريطاني في مجلس الأمن.", ("CHN", "REJECT", "GBR")),
    # fighting that intensifies: a light verb for the weak noun معارك
    ("واحتدمت المعارك بين القوات العراقية وتنظيم الدولة في الموصل.", ("IRQ", "ASSAULT", "IMG")),
]


@pytest.mark.parametrize(
    ("text", "expected"), CODED, ids=[f"{c[1][1]}-{i}" for i, c in enumerate(CODED)]
)
def test_new_trigger_is_coded(events_pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in triples(code(events_pipeline, text))


def test_voice_before_against_is_no_vote(events_pipeline: Pipeline) -> None:
    text = "وقال الناطق إن صوت الشعب العراقي عال."
    assert not any(t == "REJECT" for _, t, _ in triples(code(events_pipeline, text)))


def test_undergone_attack_past_a_quoted_place_name(events_pipeline: Pipeline) -> None:
    """تعرض + ل: the quotes around the place name do not push تعرض out of reach, so
    the ل is the verb's, not a purpose."""
    text = 'وتعرضت بلدة "الكرامة" في ريف حلب الشمالي الغربي لقصف من الطائرات الروسية.'
    doc = code(events_pipeline, text)
    assert any(e.type == "ASSAULT" and not e.intent for e in doc.events)


def test_would_does_not_reach_past_a_fact_clause(events_pipeline: Pipeline) -> None:
    """من شأن ... أن يضيق، إذ أن اشتباكات تدور: the clause after إذ states a fact."""
    text = "ومن شأن هذا الاتفاق أن يخفف معاناة السكان، إذ أن اشتباكات عنيفة تدور في ريف دمشق."
    doc = code(events_pipeline, text)
    assert any(e.type == "ASSAULT" and not e.hypothetical for e in doc.events)


def test_condition_still_covers_its_relative_clause(events_pipeline: Pipeline) -> None:
    text = "وقال إنه إذا تعرضت القوات التي تنتشر في سوريا لهجوم فإن واشنطن سترد."
    doc = code(events_pipeline, text)
    assert not any(e.type == "ASSAULT" and not e.hypothetical for e in doc.events)
