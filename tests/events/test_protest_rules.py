"""Lexicon 1.2: the march that is a course (``course``), the drone that is no march, and the
verb that is a name (``initial``). Sentences of our own."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import load_resources
from marsad.events.triggers import find_triggers
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize

OPTS = NormalizeOptions()


def _trigger_types(text: str) -> set[str]:
    lex, _ = load_resources(OPTS)
    norms = [normalize(w, OPTS) for w in text.split()]
    return {h.spec.type for h in find_triggers(lex, norms)}


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الوزير دعم مسيرة السلام مع الجيران",
        "وتحدث اللاعب عن مسيرته مع النادي",
        "وواصل المنتخب مسيرة الانتصارات في البطولة",
    ],
)
def test_march_as_a_course_is_no_protest(text: str) -> None:
    assert "PROTEST" not in _trigger_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "وشارك المئات في مسيرة ضد الحرب في لندن",
        "ونظم الطلاب مسيرة حاشدة في العاصمة",
        "وواصل العمال مسيراتهم الاحتجاجية لليوم الثالث",
        "وخرج الأهالي في مسيرة للمطالبة بالإفراج عن المعتقلين",
    ],
)
def test_march_is_a_protest(text: str) -> None:
    assert "PROTEST" in _trigger_types(text)


def test_drone_is_no_march() -> None:
    assert "PROTEST" not in _trigger_types("وأسقط الجيش طائرة مسيرة قرب الحدود")


def test_park_after_a_noun_is_a_name() -> None:
    assert "SUPPORT" not in _trigger_types("وأكدت المحكمة الحكم على الرئيسة السابقة بارك بالسجن")
    assert "SUPPORT" not in _trigger_types("وتجمع الناس في حديقة سنترال بارك")


def test_blessing_verb_opening_a_clause_is_support() -> None:
    assert "SUPPORT" in _trigger_types("وفي السياق ، بارك الرئيس الاتفاق")
    assert "SUPPORT" in _trigger_types("وبارك الرئيس الاتفاق")
