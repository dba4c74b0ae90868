"""The date finder reading the text layer's tokens finds what it finds in the text
alone: trigger words and numbers mapped to folded offsets together with the
sentence bounds (also where the fold deletes marks), and nothing at all where no
token is a trigger. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from marsad.dates.extract import DateFinder
from marsad.doc import DateExpr
from marsad.pipeline import analyze
from marsad.settings import Settings

STEPS = Settings(steps=("lines", "tokens", "sentences"))
DCT = date(2020, 12, 20)


def _both(finder: DateFinder, text: str) -> tuple[list[DateExpr], list[DateExpr]]:
    doc = analyze(text, DCT.isoformat(), settings=STEPS)
    spans = [(s.start, s.end, s.index) for s in doc.sentences]
    with_tokens = finder.find(doc.text, DCT, spans, doc.tokens)
    without = finder.find(doc.text, DCT, spans)
    return with_tokens, without


def test_tokens_and_text_give_the_same_dates_where_marks_are_deleted(
    finder: DateFinder,
) -> None:
    # tanween and shadda before the expressions: folded offsets differ from the text's
    text = (
        "عقدَ المجلسُ اجتماعاً طارئاً يومَ 14/12/2020 في العاصمة.\n"
        "وأكّد الرئيسُ أنّ الخطةَ تبدأ في #رمضان من عام 2021 تقريباً."
    )
    with_tokens, without = _both(finder, text)
    assert with_tokens == without
    assert [d.text for d in with_tokens] == ["14/12/2020", "عام 2021"]


def test_no_trigger_token_gives_no_date(finder: DateFinder) -> None:
    text = "ناقش الأعضاء مشروع القانون الجديد بحضور ممثلين عن النقابات."
    with_tokens, without = _both(finder, text)
    assert with_tokens == without == []
