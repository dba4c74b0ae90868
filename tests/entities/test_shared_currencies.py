"""A currency named like a club (الريال) is a currency outside sport reports.
Sentences written for the tests."""

from __future__ import annotations

from marsad.entities.steps import MISC_META
from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings

_PIPE = Pipeline(Settings(steps=("lines", "tokens", "sentences", "entities")))


def test_the_riyal_in_an_economy_report_is_no_body() -> None:
    doc = analyze(
        "تراجع الريال الإيراني أمام الدولار، وخسر الريال نصف قيمته هذا العام.", pipeline=_PIPE
    )
    assert not [m.text for e in doc.entities for m in e.mentions if "ريال" in m.text]
    assert any("ريال" in r["text"] for r in doc.meta.get(MISC_META, []))


def test_real_in_a_match_report_stays_a_body() -> None:
    text = (
        "فاز الريال على ضيفه في مباراة الدوري، وسجل لاعب الوسط هدفين قبل نهاية الشوط الأول "
        "بينما أهدر المهاجم ركلة جزاء أمام المرمى."
    )
    doc = analyze(text, pipeline=_PIPE)
    assert [e.type for e in doc.entities for m in e.mentions if m.text == "الريال"] == ["ORG"]
