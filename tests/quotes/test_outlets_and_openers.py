"""Who speaks when an outlet is told (قال مصدر لرويترز), when a statement names its
issuer after ل (بيان لخلية ...), and when a participle follows a verb that is no cue
(وأشاد رئيس النادي ...، معتبرا). Sentences written for the tests."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(steps=("lines", "tokens", "sentences", "entities", "quotes")))


def _speakers(pipe: Pipeline, text: str) -> list[str | None]:
    return [q.speaker_text for q in analyze(text, "2025-11-19", pipeline=pipe).quotes]


def test_an_outlet_glued_to_l_after_the_speaker_is_told_not_speaking(pipe: Pipeline) -> None:
    text = 'وقال مصدر أمني لوكالة فرانس برس إن "المسلحين فروا نحو الوديان بعد الهجوم".'
    assert _speakers(pipe, text) == ["مصدر أمني"]


def test_a_report_of_an_outlet_speaks_for_the_outlet(pipe: Pipeline) -> None:
    text = "وكشف تقرير لوكالة رويترز أن الشركة تدرس بيع حصتها في المصفاة الجديدة."
    assert _speakers(pipe, text) != ["تقرير"]


def test_a_statement_names_its_issuer_after_l(pipe: Pipeline) -> None:
    text = (
        "وقال وزير الداخلية سامي ناصر إن الوضع تحت السيطرة الكاملة. "
        "وأفاد بيان لخلية الإعلام الأمني بأن القوات بدأت عملية تفتيش واسعة في المنطقة."
    )
    assert _speakers(pipe, text)[-1] == "خلية الإعلام الأمني"


def test_a_source_who_withheld_his_name_is_the_source(pipe: Pipeline) -> None:
    text = "وأوضح مصدر حكومي رفض الكشف عن اسمه أن الخطة تشمل ترميم عشرات المدارس."
    assert _speakers(pipe, text) == ["مصدر حكومي"]


def test_a_participle_speaks_for_the_subject_of_the_verb_opening_its_sentence(
    pipe: Pipeline,
) -> None:
    text = (
        'وقال مدرب الفريق بعد المباراة: "اللقب هدية لكل الجماهير الوفية". '
        'وأشاد رئيس النادي بأداء اللاعبين، معتبرا أن "الفريق استحق الفوز عن جدارة". '
        'وتحدث المهاجم الدولي للصحفيين قائلا: "سنعود أقوى في البطولة القارية".'
    )
    assert _speakers(pipe, text) == ["مدرب الفريق", "رئيس النادي", "المهاجم الدولي"]


def test_a_conjunction_or_a_quantity_opens_no_subject_for_a_participle(pipe: Pipeline) -> None:
    text = (
        'وقال رئيس البلدية: "سنفتح الطريق خلال يومين على الأكثر". '
        'وعندما وصل الوفد إلى الساحة ردد العديد من الحاضرين هتافات قائلين: "نريد حلا الآن".'
    )
    assert _speakers(pipe, text)[-1] == "رئيس البلدية"


def test_a_cue_word_after_adam_is_a_noun_and_cuts_no_cue(pipe: Pipeline) -> None:
    text = "وقال مسؤولون أمريكيون، طلبوا عدم ذكر أسمائهم، إن البحرية رصدت تحركات غير عادية."
    assert _speakers(pipe, text) == ["مسؤولون أمريكيون"]


def test_an_outlet_in_quote_marks_after_l_is_told(pipe: Pipeline) -> None:
    text = 'وقال خبير اقتصادي لـ"الشروق" إن تمويل هذه الإجراءات ما زال غامضا تماما.'
    assert _speakers(pipe, text) == ["خبير اقتصادي"]


def test_a_title_before_an_outlet_in_quote_marks_is_followed_by_its_holder(
    pipe: Pipeline,
) -> None:
    text = 'وأوضحت المديرة العامة لـ"أوكس" باسكال ديلكومينيت أن الطلبيات تراجعت هذا الشهر.'
    assert _speakers(pipe, text) == ["باسكال ديلكومينيت"]


def test_a_cue_after_a_relative_speaks_for_its_antecedent(pipe: Pipeline) -> None:
    text = (
        "وردت طهران على لسان المتحدث باسم خارجيتها الذي وصف التصريحات الأمريكية "
        'بأنها "استفزازية وغير مسؤولة على الإطلاق".'
    )
    assert _speakers(pipe, text) == ["المتحدث باسم خارجيتها"]


def test_a_relative_whose_verb_names_its_own_subject_keeps_that_subject(pipe: Pipeline) -> None:
    text = "وتراجعت الثقة في الانتخابات التي قالت الولايات المتحدة إنها لم تكن نزيهة أبدا."
    assert _speakers(pipe, text) == ["الولايات المتحدة"]


def test_a_state_after_a_title_closed_by_its_adjective_is_the_object(pipe: Pipeline) -> None:
    text = (
        "حذر وزير الخارجية الأمريكي إيران من أي تصعيد في مياه الخليج، "
        'قائلا إن بلاده "لن تقف مكتوفة الأيدي أمام أي تهديد".'
    )
    quotes = analyze(text, "2025-11-16", pipeline=pipe).quotes
    assert [(q.speaker_text, q.speaker_actor) for q in quotes] == [
        ("وزير الخارجية الأمريكي", "USA")
    ]


def _texts(pipe: Pipeline, text: str) -> list[str]:
    return [q.text for q in analyze(text, "2025-11-19", pipeline=pipe).quotes]


def test_a_quoted_outlet_name_is_no_quotation(pipe: Pipeline) -> None:
    text = (
        'وقال قائد الشرطة المحلية لمحطة "راديو الساحل الشمالي الحر" إن التحقيقات '
        "ما زالت في بدايتها ولم تكشف عن دوافع واضحة."
    )
    texts = _texts(pipe, text)
    assert "راديو الساحل الشمالي الحر" not in texts
    assert any(t.startswith("التحقيقات ما زالت") for t in texts)


def test_a_demonstrative_after_the_cue_is_its_object_not_its_speaker(pipe: Pipeline) -> None:
    text = (
        "وأدان وزير الخارجية سامي ناصر قصف المستشفى في المدينة. "
        'واعتبر ذلك "جريمة مكتملة الأركان بحق المدنيين العزل".'
    )
    assert _speakers(pipe, text)[-1] != "ذلك"


def test_a_circumstantial_accusative_after_the_cue_is_not_its_speaker(pipe: Pipeline) -> None:
    text = (
        'وقال المدرب كريم العتيبي إن "الفريق قدم مباراة كبيرة أمام منافس قوي". '
        'وتابع مبتسما على سؤال الصحفيين: "لا أحب الحديث عن التحكيم بعد الفوز".'
    )
    speakers = _speakers(pipe, text)
    assert speakers[-1] == speakers[0]


def test_a_quotation_after_a_definite_noun_is_said_about_it(pipe: Pipeline) -> None:
    text = 'وقال المخرج سامر نبيل عن المسلسل "ركزنا على النص والعمل متماسك ومصنوع بعناية".'
    assert any(t.startswith("ركزنا على النص") for t in _texts(pipe, text))


def _contents(pipe: Pipeline, text: str) -> list[str]:
    return [q.text for q in analyze(text, "2025-11-19", pipeline=pipe).quotes]


@pytest.mark.parametrize("conj", ["بعد", "قبل", "منذ", "دون", "من دون", "وبعد"])
def test_an_after_a_time_or_manner_word_is_no_complementiser(pipe: Pipeline, conj: str) -> None:
    text = f"وأعلنت البلدية عن إغلاق السوق ليومين {conj} أن تلقت شكاوى كثيرة من السكان."
    assert _contents(pipe, text) == []


def test_previously_before_an_is_still_a_complementiser(pipe: Pipeline) -> None:
    text = "وكانت الوزارة قالت من قبل إن أسعار الخبز لن ترتفع هذا العام."
    assert _contents(pipe, text) == ["أسعار الخبز لن ترتفع هذا العام"]


def test_a_time_clause_before_the_complementiser_is_passed_over(pipe: Pipeline) -> None:
    text = "وقال الوزير منذ أن تولى منصبه إن الخطة القديمة كانت فاشلة تماما."
    assert _contents(pipe, text) == ["الخطة القديمة كانت فاشلة تماما"]


@pytest.mark.parametrize(
    "text",
    [
        "وقالا إن الاجتماع المقبل سيعقد في العاصمة.",
        "أعلنت السلطات في غواتيمالا أن الأمطار أغرقت عشرات القرى.",
    ],
)
def test_a_word_ending_in_alif_lam_alif_is_no_illa(pipe: Pipeline, text: str) -> None:
    assert len(_contents(pipe, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "يذكر أن المعرض افتتح قبل عشرين عاما في وسط المدينة.",
        "ويذكر في هذا السياق أن المعرض افتتح قبل عشرين عاما.",
        "ويتوقع أن يصل عدد الزوار إلى مليون زائر هذا العام.",
        "كتب الروائي عدة كتب عن الحرب الأهلية في بلاده.",
    ],
)
def test_an_impersonal_or_plain_cue_word_quotes_no_one(pipe: Pipeline, text: str) -> None:
    # after a quote, whose speaker a bare cue would otherwise continue
    said = "وقال المدير سامر خليل إن الزوار سيجدون أقساما جديدة هذا العام. "
    assert _contents(pipe, said + text) == ["الزوار سيجدون أقساما جديدة هذا العام"]


def test_yudhkar_with_a_subject_is_speech(pipe: Pipeline) -> None:
    text = "ويذكر المؤرخ في كتابه أن المعرض افتتح قبل عشرين عاما."
    assert _speakers(pipe, text) == ["المؤرخ"]


def test_an_imperfective_cue_of_an_unnamed_title_holder_is_kept(pipe: Pipeline) -> None:
    text = "ويرى الوزير أن الخطة القديمة كانت فاشلة تماما."
    assert _speakers(pipe, text) == ["الوزير"]


def test_the_object_of_wasafa_is_not_part_of_its_speaker(pipe: Pipeline) -> None:
    text = "ووصفت الشرطة المحتجين بأنهم مثيرو شغب ومخربون."
    assert _speakers(pipe, text) == ["الشرطة"]


def test_an_adjective_of_the_speaker_stays_with_it(pipe: Pipeline) -> None:
    text = "ووصف الأمين العام الاقتراح بأنه خطوة مهمة نحو السلام."
    assert _speakers(pipe, text) == ["الأمين العام"]
