"""Attributions without a speech verb (بحسب، حسب، وفقاً لـ، نقلاً عن): the clause is
reported by the source they name. Sentences written for the tests."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline, analyze
from marsad.quotes.attribution import attributions
from marsad.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(steps=("lines", "tokens", "sentences", "entities", "quotes")))


def _quotes(pipe: Pipeline, text: str) -> list[tuple[str | None, bool, str]]:
    doc = analyze(text, "2025-11-19", pipeline=pipe)
    return [(q.speaker_text, q.direct, q.text) for q in doc.quotes]


def test_a_clause_before_bihasab_is_reported_by_its_source(pipe: Pipeline) -> None:
    text = "وأغلقت السلطات المعبر الحدودي أمام الشاحنات، بحسب وزارة النقل المصرية."
    assert _quotes(pipe, text) == [
        ("وزارة النقل المصرية", False, "أغلقت السلطات المعبر الحدودي أمام الشاحنات")
    ]


def test_hasabama_and_a_report_verb_name_the_source(pipe: Pipeline) -> None:
    text = "وقتل ثلاثة جنود في هجوم على حاجز، حسبما أفادت مصادر أمنية عراقية."
    assert _quotes(pipe, text) == [("مصادر أمنية عراقية", False, "قتل ثلاثة جنود في هجوم على حاجز")]


def test_an_opening_attribution_reports_what_follows_fa_inna(pipe: Pipeline) -> None:
    text = "ووفقا للشرطة، فإن المهاجم كان يحمل سكينا كبيرة."
    assert _quotes(pipe, text) == [("الشرطة", False, "المهاجم كان يحمل سكينا كبيرة")]


def test_a_quotation_in_the_clause_is_the_quote(pipe: Pipeline) -> None:
    text = 'وطلبت الحكومة من السفير المغادرة احتجاجا على "التدخل السافر في الشؤون الداخلية للبلاد"، حسب بيان لوزارة الخارجية.'
    got = _quotes(pipe, text)
    assert [(d, t) for _, d, t in got] == [(True, "التدخل السافر في الشؤون الداخلية للبلاد")]


@pytest.mark.parametrize(
    "text",
    [
        "وتم توزيع المساعدات على الأسر المحتاجة بحسب القانون.",
        "ويجب تسليم الطلبات قبل نهاية الشهر، وفق الخطة المعتمدة.",
        "ولم يكن الفوز كافيا فحسب، بل كان مقنعا للجمهور.",
    ],
)
def test_a_phrase_naming_no_source_attributes_nothing(pipe: Pipeline, text: str) -> None:
    assert _quotes(pipe, text) == []


def test_a_speech_verb_in_the_sentence_keeps_its_own_quote(pipe: Pipeline) -> None:
    text = "وقال الوزير إن الخطة ستنفذ على مراحل، بحسب وكالة الأنباء الرسمية."
    assert [s for s, _, _ in _quotes(pipe, text)] == ["الوزير"]


def test_a_quoted_term_in_the_clause_is_no_quotation(pipe: Pipeline) -> None:
    text = 'وارتفعت نفقات قطاع "الصحة والتنمية الاجتماعية" إلى نسبة قياسية هذا العام، وفق بيانات الوزارة.'
    assert [d for _, d, _ in _quotes(pipe, text)] == [False]


def test_a_parenthetical_attribution_covers_the_sentence(pipe: Pipeline) -> None:
    text = "وكانت عائلة الصحفي، بحسب مصادر محلية، قد طالبت بالإفراج الفوري عنه."
    assert [t for _, _, t in _quotes(pipe, text)] == [
        "كانت عائلة الصحفي، بحسب مصادر محلية، قد طالبت بالإفراج الفوري عنه"
    ]


def test_the_spans_of_an_attribution() -> None:
    text = "وارتفعت الأسعار بنسبة كبيرة، بحسب ما أعلن المكتب."
    (att,) = attributions(text, 0, len(text))
    assert text[att.source[0] : att.source[1]] == "المكتب"
    assert text[att.content[0] : att.content[1]] == "وارتفعت الأسعار بنسبة كبيرة"


def test_in_the_words_of_a_named_source_reports_the_clause() -> None:
    text = "الانتخابات المقبلة ستكون نزيهة وشفافة، على حد قول وزارة الداخلية العراقية."
    [att] = attributions(text, 0, len(text))
    assert text[att.source[0] : att.source[1]] == "وزارة الداخلية العراقية"
    assert text[att.content[0] : att.content[1]] == "الانتخابات المقبلة ستكون نزيهة وشفافة"
    # in his words (a pronoun) names no source here
    text = "الانتخابات المقبلة ستكون نزيهة وشفافة، على حد قوله."
    assert attributions(text, 0, len(text)) == []


@pytest.mark.parametrize("figure", ["نحو 200 ألف عامل", "أكثر من 200 ألف عامل", "200 ألف عامل"])
def test_a_figure_after_the_source_is_not_part_of_it(pipe: Pipeline, figure: str) -> None:
    text = f"ويقيم في البلاد مليون لاجئ، يضاف إليهم، بحسب الحكومة {figure} دخلوا قبل الحرب."
    assert [q[0] for q in _quotes(pipe, text)] == ["الحكومة"]


def test_ala_hadd_wasfihi_before_other_words_names_no_speaker(pipe: Pipeline) -> None:
    text = (
        'كتب الأديب يوسف إدريس قصته عن القرية على حد وصفه "بأسلوب بسيط يشعر القارئ '
        'بأن الأحداث وقعت بالفعل".'
    )
    speakers = [q[0] for q in _quotes(pipe, text)]
    assert not any(s and s.startswith("بأسلوب") for s in speakers)


def test_ila_hadd_qawlihi_is_still_speech(pipe: Pipeline) -> None:
    text = 'وهاجم النائب خصومه ووصل إلى حد قوله "إن الحكومة فشلت في كل شيء".'
    assert [q[2] for q in _quotes(pipe, text)] == ["إن الحكومة فشلت في كل شيء"]


def test_the_one_told_before_the_speaker_is_passed_over(pipe: Pipeline) -> None:
    text = "وعندما وصل اللاعب إلى النادي قال له المدرب بيب غوارديولا إن بابه مفتوح دائما."
    assert [q[0] for q in _quotes(pipe, text)] == ["بيب غوارديولا"]


def test_the_one_told_before_an_object_is_not_passed_over(pipe: Pipeline) -> None:
    text = "واتصل اللاعب سامي خليل بالمدرب، وأكد له جاهزيته للمباراة، مشيرا إلى أنه تعافى."
    assert "جاهزيته" not in {q[0] for q in _quotes(pipe, text)}


def test_a_share_of_a_group_speaks_as_that_group(pipe: Pipeline) -> None:
    text = "وقال 62 في المئة من المستطلعين إن الخدمات الصحية تحسنت خلال العام."
    assert [q[0] for q in _quotes(pipe, text)] == ["62 في المئة من المستطلعين"]
