"""A government or firm that targets a goal (growth, a deficit, sales) aims, it does not
attack, whether the goal follows the verb or its named subject (VSO); an attack on a place
stays one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.conftest import code

from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "وتستهدف مصر خفض عجز الموازنة إلى ثمانية في المئة العام المقبل.",
        "وقال الوزير إن الحكومة تستهدف نمو الناتج المحلي بنسبة خمسة في المئة.",
        "وتستهدف اليابان خفض العجز في ميزانيتها بحلول نهاية العقد المقبل.",
        "وقال رئيس الاتحاد إن الاتحاد يستهدف أن تتجاوز الصادرات مئة مليار دولار.",
    ],
)
def test_an_economic_aim_is_no_attack(default_pipeline: Pipeline, text: str) -> None:
    doc = code(default_pipeline, text)
    assert all(e.type != "ASSAULT" for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "واستهدفت إسرائيل مواقع عسكرية في جنوب سوريا فجر اليوم.",
        "وتستهدف روسيا منذ أيام مواقع المعارضة في ريف إدلب.",
    ],
)
def test_an_attack_on_a_place_stays_one(default_pipeline: Pipeline, text: str) -> None:
    doc = code(default_pipeline, text)
    assert any(e.type == "ASSAULT" for e in doc.events)
