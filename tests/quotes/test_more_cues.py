"""Cue verbs beyond قال: writing, tweeting, asking, expecting, admitting, ruling out,
remarking, hinting, answering;
their impersonal forms (يتوقع أن) quote no one (tests/quotes/test_outlets_and_openers.py).
Sentences written for the tests."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(steps=("lines", "tokens", "sentences", "entities", "quotes")))


def _quotes(pipe: Pipeline, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_text, q.text) for q in analyze(text, "2025-11-19", pipeline=pipe).quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "وكتب المدرب على حسابه أن الفريق سيعود أقوى في الموسم المقبل.",
            "المدرب",
            "الفريق سيعود أقوى في الموسم المقبل",
        ),
        (
            "وغردت النائبة بأن التصويت على القانون تأجل إلى الأسبوع المقبل.",
            "النائبة",
            "التصويت على القانون تأجل إلى الأسبوع المقبل",
        ),
        ("وتساءل المعلق: من سيدفع ثمن هذه الأخطاء المتكررة؟", "المعلق", None),
        (
            "وتوقعت الوكالة أن ترتفع أسعار القمح خلال الربع الأول.",
            "الوكالة",
            "ترتفع أسعار القمح خلال الربع الأول",
        ),
        (
            "واعترف السائق بأنه كان يقود بسرعة كبيرة ليلة الحادث.",
            "السائق",
            "كان يقود بسرعة كبيرة ليلة الحادث",
        ),
        (
            "واستبعد الخبير أن تنخفض الأسعار قبل نهاية الصيف الحالي.",
            "الخبير",
            "تنخفض الأسعار قبل نهاية الصيف الحالي",
        ),
        # remarking, hinting, answering, commenting, going on
        (
            "ونوه المدير إلى أن المصنع سيعمل بكامل طاقته مطلع العام.",
            "المدير",
            "المصنع سيعمل بكامل طاقته مطلع العام",
        ),
        (
            "وألمحت الشرطة إلى أن المشتبه به كان يعد لهجوم آخر.",
            "الشرطة",
            "المشتبه به كان يعد لهجوم آخر",
        ),
        ("وأجاب المدرب: لن نغير خطتنا مهما كانت النتيجة.", "المدرب", None),
    ],
)
def test_more_cue_verbs(pipe: Pipeline, text: str, speaker: str, content: str | None) -> None:
    (got,) = _quotes(pipe, text)
    assert got[0] == speaker
    if content is not None:
        assert got[1] == content


def test_a_weak_cue_inside_reported_content_does_not_cut_it(pipe: Pipeline) -> None:
    text = "وقال الوزير إن حكومته تتوقع نموا قويا في قطاع السياحة هذا العام."
    assert ("الوزير", "حكومته تتوقع نموا قويا في قطاع السياحة هذا العام") in _quotes(pipe, text)


def test_suspended_is_no_cue(pipe: Pipeline) -> None:
    # علق (comment) is no cue: it also means suspend, and what was suspended is followed
    # by أن often enough (التي علقت مقابل أن ...)
    text = "وأعادت الحكومة الرسوم التي علقت مقابل أن تخفض الشركات أسعارها."
    assert _quotes(pipe, text) == []


def test_written_on_it_is_no_speech(pipe: Pipeline) -> None:
    text = 'ورفع المحتجون لافتة كتب عليها "لا للغلاء ولا للفساد في بلادنا".'
    assert _quotes(pipe, text) == []
