"""A speaker that is a state body the KB codes without naming an entity takes the
body's code. Sentences written for the tests."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings

_STEPS = ("lines", "tokens", "sentences", "entities", "quotes")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(steps=_STEPS))


def test_body_speaker_takes_its_code() -> None:
    pipe = Pipeline(Settings(steps=_STEPS))
    doc = analyze("وذكرت الشرطة الألمانية أن المشتبه به اعتقل في مدينة هامبورغ.", pipeline=pipe)
    assert [(q.speaker_text, q.speaker_actor) for q in doc.quotes] == [
        ("الشرطة الألمانية", "DEUCOP")
    ]
    doc = analyze("وقال الجيش الإسرائيلي إن صاروخا سقط في منطقة مفتوحة.", pipeline=pipe)
    assert [(q.speaker_text, q.speaker_actor) for q in doc.quotes] == [
        ("الجيش الإسرائيلي", "ISRMIL")
    ]


def test_without_the_entities_step_the_speaker_stays_uncoded() -> None:
    pipe = Pipeline(Settings(steps=("lines", "tokens", "sentences", "quotes")))
    doc = analyze("وقال جيش الاحتلال في بيان إن جنوده تعرضوا لإطلاق نار قرب الحدود.", pipeline=pipe)
    assert doc.quotes and doc.quotes[0].speaker_text == "جيش الاحتلال"


def test_a_bare_body_noun_takes_up_the_body_named_before_it(pipe: Pipeline) -> None:
    text = (
        "القاهرة - اعتقلت الشرطة المصرية خمسة أشخاص أمام مقر النقابة. "
        "وقالت الشرطة إن المعتقلين خالفوا القانون وسيحالون إلى النيابة."
    )
    quotes = analyze(text, "2019-11-20", pipeline=pipe).quotes
    assert [q.speaker_actor for q in quotes] == ["EGYCOP"]


def test_a_definite_source_takes_up_the_source_quoted_before(pipe: Pipeline) -> None:
    text = (
        "وقال مصدر عسكري سوري إن الدفاعات الجوية تصدت لعدة صواريخ في سماء العاصمة. "
        "وأضاف المصدر أن الأضرار اقتصرت على الماديات في محيط المطار."
    )
    quotes = analyze(text, "2019-11-20", pipeline=pipe).quotes
    assert [q.speaker_actor for q in quotes] == ["SYR", "SYR"]


def _speakers(pipe: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    doc = analyze(text, "2025-11-19", pipeline=pipe)
    return [(q.speaker_text, q.speaker_actor) for q in doc.quotes]


def test_a_body_before_its_cue_outranks_a_place_earlier_in_the_sentence(pipe: Pipeline) -> None:
    text = "دوت صفارات الإنذار قرب مدينة حيفا، لكن الجيش الإسرائيلي قال إن الإنذار كان خاطئا تماما."
    assert _speakers(pipe, text) == [("الجيش الإسرائيلي", "ISRMIL")]


def test_a_body_after_an_object_preposition_is_not_the_speaker(pipe: Pipeline) -> None:
    text = (
        "وقال الداعية سامر النجار إن خطبته فهمت بشكل خاطئ. "
        "وتوجه إلى السلطات الفرنسية معتبرا أن التحقيق معه لا يستند إلى أي دليل."
    )
    assert ("السلطات الفرنسية", "FRAGOV") not in _speakers(pipe, text)


def test_a_body_after_a_title_leaves_the_title_speaking(pipe: Pipeline) -> None:
    text = (
        "التقى رئيس الوزراء اللبناني نجيب ميقاتي وفدا من البنك الدولي. "
        "وذكر رئيس الحكومة اللبنانية أن بلاده تحتاج إلى دعم عاجل لقطاع الكهرباء."
    )
    assert _speakers(pipe, text)[-1][0] != "الحكومة اللبنانية"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("وقال مسؤول في البيت الأبيض إن الرئيس سيلتقي نظيره الأسبوع المقبل.", "USAGOV"),
        ("وذكرت مصادر أمنية في صنعاء أن القصف أصاب مستودعا قديما للوقود.", "YEM"),
        ("وقال مصدر في الجيش اليمني إن الدفاعات الجوية اعترضت صاروخا.", "YEMMIL"),
    ],
)
def test_an_unnamed_source_inside_a_body_speaks_with_its_code(
    pipe: Pipeline, text: str, actor: str
) -> None:
    assert [a for _, a in _speakers(pipe, text)] == [actor]


def test_a_source_close_to_a_body_is_not_inside_it(pipe: Pipeline) -> None:
    text = "وقالت مصادر مقربة من البيت الأبيض إن الرئيس سيلتقي نظيره قريبا."
    assert [a for _, a in _speakers(pipe, text)] == [None]


def test_an_unknown_speaker_introduced_with_a_nationality_speaks_for_it(pipe: Pipeline) -> None:
    text = "أعلن الروائي المغربي سليم الودغيري صدور روايته الجديدة. وقال الودغيري إن الرواية كتبت في عامين."
    assert _speakers(pipe, text)[-1] == ("الودغيري", "MAR")
    doc = analyze(text, "2025-11-19", pipeline=pipe)
    assert all(e.actor is None for e in doc.entities if e.type == "PER")  # no actor for events
