"""Quoted spans: pairs of marks, nesting, multi-sentence and unbalanced quotes."""

from __future__ import annotations

from marsad.quotes.marks import quote_spans


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in quote_spans(text, 0, len(text))]


def test_guillemets() -> None:
    assert spans("قال: «سنواصل العمل» أمس") == ["سنواصل العمل"]


def test_curly_quotes() -> None:
    assert spans("قال: “سنواصل العمل” أمس") == ["سنواصل العمل"]


def test_ascii_quotes() -> None:
    assert spans('قال: "سنواصل العمل" أمس') == ["سنواصل العمل"]


def test_nested_quotes_give_the_outer_span() -> None:
    text = 'قال: «نرفض ما سمته "الصفقة الخاسرة" كليا» ثم غادر'
    assert spans(text) == ['نرفض ما سمته "الصفقة الخاسرة" كليا']


def test_unbalanced_quote_closes_at_the_end_of_the_line() -> None:
    text = 'وقال إنه يأمل "بعودة الحوار" معربا عن "ثقته بنجاح "المبادرة.'
    assert spans(text) == ["بعودة الحوار", 'ثقته بنجاح "المبادرة.']
