"""A speaker with a long apposition before the opener: past the usual window only when
a comma closes the subject right before إن/أن. Sentences written for the tests."""

from __future__ import annotations

from marsad.pipeline import analyze

_LONG = (
    "وقال سامي خليل، رئيس فريق الخبراء المكلف من وزارة النقل بمتابعة سلامة الجسور "
    "والأنفاق في المدن الساحلية الكبرى منذ مطلع العقد الماضي (م.ن.س)، إن تحليل الحادث "
    "سيحتاج وقتا طويلا."
)


def test_comma_before_a_far_opener_keeps_the_speaker() -> None:
    doc = analyze(_LONG, published="2018-03-29")
    assert [q.speaker_text for q in doc.quotes] == ["سامي خليل"]
    assert doc.quotes[0].text.startswith("تحليل الحادث")


def test_far_opener_inside_a_clause_opens_nothing() -> None:
    # كما أن past the window is a clause of the subject's sentence, not what was said
    text = (
        "وأوضح المدير أمس خلال ورشة عمل عقدت في الغرفة التجارية بحضور عدد كبير من "
        "المستثمرين ورجال الأعمال والخبراء والمسؤولين من مختلف الجهات الحكومية والخاصة "
        "كما أن المشروع سيبدأ قريبا."
    )
    doc = analyze(text, published="2018-03-29")
    assert not doc.quotes
