"""Who speaks in ordinary news sentences: the person who holds a title that governs
another name, not that name; the official at a venue, not the venue; the subject of
the verb that opens the sentence for a bare و + cue; and a quoted name right after
إن is part of one reported quote. Sentences written for the tests."""

from __future__ import annotations

import pytest

from marsad.doc import Quote
from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(steps=("lines", "tokens", "sentences", "entities", "quotes")))


def _quotes(pipe: Pipeline, text: str) -> list[Quote]:
    return list(analyze(text, "2023-06-13", pipeline=pipe).quotes)


def test_a_quoted_name_after_in_is_part_of_one_reported_quote(pipe: Pipeline) -> None:
    text = (
        'وقال سامر الحلبي، الناطق باسم البلدية، الأحد، إن "نور للاتصالات"، وهي شركة '
        'تابعة لمجموعة زين، أوقفت خدماتها "لخلاف مالي" مع المقاول.'
    )
    quotes = _quotes(pipe, text)
    assert [(q.direct, q.speaker) for q in quotes] == [(False, "سامر الحلبي")]
    assert "أوقفت خدماتها" in quotes[0].text


def test_belonging_adjective_is_no_cue(pipe: Pipeline) -> None:
    text = 'وأغلقت السلطات مكتبا تابعا لشركة محلية "بلا أي إنذار مسبق" صباح الأحد.'
    assert [q.cue for q in _quotes(pipe, text)] == []


def test_the_person_in_apposition_holds_the_title_not_the_governed_name(
    pipe: Pipeline,
) -> None:
    text = (
        "أكد مبعوث الرئيس الأمريكي دونالد ترامب، المستشار في البيت الأبيض جاريد كوشنر، "
        "خلال زيارته أن الخطة ستعلن قريبا جدا."
    )
    assert [q.speaker_text for q in _quotes(pipe, text)] == ["جاريد كوشنر"]


def test_the_person_after_the_body_of_a_title_speaks(pipe: Pipeline) -> None:
    text = (
        "قال المدير المالي في شركة أرامكو السعودية خالد الدباغ خلال المؤتمر، "
        "إن الطلب على النفط سيبقى قويا هذا العام."
    )
    assert [q.speaker_text for q in _quotes(pipe, text)] == ["خالد الدباغ"]


def test_a_venue_after_lada_with_a_pronoun_is_not_the_speaker(pipe: Pipeline) -> None:
    text = (
        "وأوضح رئيس الهيئة لدى مشاركته في منتدى منظمة الصحة العالمية بجنيف، "
        "أن البلاد قطعت شوطا كبيرا في مكافحة المرض."
    )
    speakers = [q.speaker_text for q in _quotes(pipe, text)]
    assert speakers == ["رئيس الهيئة"]


def test_a_post_at_a_body_after_lada_keeps_its_holder(pipe: Pipeline) -> None:
    text = "وقالت المندوبة البريطانية لدى المنظمة الدولية كارين بيرس إن الهجوم مرفوض تماما."
    assert [q.speaker_text for q in _quotes(pipe, text)] == ["كارين بيرس"]


def test_two_people_in_apposition_keep_the_first(pipe: Pipeline) -> None:
    text = (
        "اعتبر الرئيس الفرنسي، إيمانويل ماكرون، ونظيره الألماني، أولاف شولتس، "
        "أن الاتفاق يمثل خطوة مهمة للقارة."
    )
    assert [q.speaker_text for q in _quotes(pipe, text)] == ["إيمانويل ماكرون"]


def test_a_bare_cue_after_the_opening_verb_speaks_for_its_subject(pipe: Pipeline) -> None:
    text = (
        "وصل الوفد إلى العاصمة مساء أمس. "
        "وفي مايو 2019 سلمت فارك قوائم بأسلحتها للأمم المتحدة وقالت إنها أنهت القتال نهائيا."
    )
    assert [q.speaker_text for q in _quotes(pipe, text)] == ["فارك"]


def test_a_representative_of_another_person_speaks_himself(pipe: Pipeline) -> None:
    text = (
        "وقال الشيخ حسن العبادي، ممثل المرجع الديني محمد الحكيم، في خطبته "
        "إن الخدمات في المدينة ما زالت سيئة جدا."
    )
    assert [q.speaker_text for q in _quotes(pipe, text)] == ["حسن العبادي"]


def test_a_bare_cue_after_an_earlier_cue_keeps_that_speaker(pipe: Pipeline) -> None:
    text = (
        "وقال مصدر حكومي رفيع إن المفاوضات ما زالت جارية بين الطرفين، "
        "وتابع أن الاتفاق قد يوقع خلال أيام قليلة."
    )
    assert [q.speaker_text for q in _quotes(pipe, text)] == ["مصدر حكومي رفيع"] * 2
