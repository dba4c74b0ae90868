"""Trigger constructions added for type recall (lexicon 1.4): sentences of our own."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, triples

from marsad.errors import MarsadError
from marsad.events.lexicon import load_lexicon, load_resources
from marsad.events.triggers import find_triggers
from marsad.pipeline import Pipeline
from marsad.settings import Settings
from marsad.text.normalize import normalize


def _types(text: str) -> list[str]:
    opts = Settings().normalize
    norms = normalize(text, opts).replace(".", " .").split()
    return [h.spec.type for h in find_triggers(load_resources(opts)[0], norms)]


def test_characterising_verb_reaches_a_predicate_past_a_long_object(
    events_pipeline: Pipeline,
) -> None:
    # اعتبر + subject + a five-word object + its predicate (window=10)
    text = "واعتبرت الحكومة المصرية زيارة الوفد الإثيوبي إلى السد أمس استفزازا."
    assert ("EGY", "ACCUSE", "ETH") in triples(code(events_pipeline, text))


def test_calling_an_act_a_terrorist_act_is_criticism(events_pipeline: Pipeline) -> None:
    text = "واعتبرت الحكومة الأردنية القصف الإسرائيلي للقرية عملا إرهابيا."
    assert ("JOR", "ACCUSE", "ISR") in triples(code(events_pipeline, text))


def test_characterising_verb_without_its_predicate_is_no_event() -> None:
    assert "ACCUSE" not in _types("واعتبرت الحكومة المصرية أن الزيارة كانت ناجحة .")


def test_suspending_arms_deals_is_a_sanction(events_pipeline: Pipeline) -> None:
    text = "وعلقت الحكومة الكندية صفقات السلاح مع السعودية."
    assert ("CAN", "SANCTION", "SAU") in triples(code(events_pipeline, text))


def test_commenting_on_arms_deals_is_no_sanction() -> None:
    assert "SANCTION" not in _types("وعلق المتحدث على صفقات السلاح مع السعودية .")


def test_the_noun_of_suspending_sales_is_a_sanction() -> None:
    assert "SANCTION" in _types("أعلنت الحكومة تعليق مبيعات الأسلحة إلى تركيا .")


def test_retaliatory_measures_are_sanctions(events_pipeline: Pipeline) -> None:
    text = "وفرضت الصين رسوما انتقامية على الواردات الأمريكية."
    assert ("CHN", "SANCTION", "USA") in triples(code(events_pipeline, text))
    assert "SANCTION" in _types("ردت موسكو بإجراءات مضادة على القرار .")


def test_listing_for_sanctions_far_after_the_verb() -> None:
    text = "وأدرجت الخزانة في مارس الماضي شركتين روسيتين على قائمة الكيانات الخاضعة للعقوبات ."
    assert "SANCTION" in _types(text)


def test_stepping_up_threats_is_a_threat() -> None:
    assert "THREATEN" in _types("وضاعف الرئيس التهديدات بمهاجمة المدينة .")


def test_women_protesters_gathering_is_a_protest() -> None:
    assert "PROTEST" in _types("وتجمعت المتظاهرات أمام مبنى البرلمان .")


def test_a_window_that_is_not_a_number_is_a_coded_error(tmp_path: pytest.TempPathFactory) -> None:
    bad = tmp_path / "triggers.txt"  # type: ignore[operator]
    bad.write_text("[ACCUSE]\nv اعتبر يعتبر 111 window=ten need=انتهاكا\n", encoding="utf-8")
    with pytest.raises(MarsadError):
        load_lexicon(Settings().normalize, bad)


def test_a_drone_with_a_nisba_adjective_is_no_march() -> None:
    # noprev looks past an indefinite nisba adjective to the noun it describes
    assert "PROTEST" not in _types("وأعلن الجيش إسقاط طائرة روسية مسيرة فوق المدينة .")
    assert "PROTEST" in _types("وخرجت مسيرة حاشدة في شوارع المدينة .")


def test_pelting_with_stones_is_an_assault(events_pipeline: Pipeline) -> None:
    text = "ورشق مستوطنون إسرائيليون سيارات فلسطينية بالحجارة قرب نابلس."
    assert ("ISR", "ASSAULT", "PSE") in triples(code(events_pipeline, text))


def test_protesters_pelting_the_police_is_a_riot() -> None:
    assert _types("ورشق متظاهرون الشرطة بالحجارة في البصرة .") == ["PROTEST", "PROTEST"]


def test_crushing_a_coup_attempt_is_an_assault() -> None:
    assert "ASSAULT" in _types("وسحق الجيش المحاولة الانقلابية في ساعات .")
    assert "ASSAULT" in _types("أرسلت الحكومة قوات لإخماد الاحتجاجات في العاصمة .")


def test_crushing_a_rival_team_or_putting_out_a_fire_is_no_assault() -> None:
    assert "ASSAULT" not in _types("وسحق الفريق منافسه بخمسة أهداف .")
    assert "ASSAULT" not in _types("وأخمد رجال الإطفاء الحريق في المصنع .")


def test_a_death_sentence_noun_is_coercion(events_pipeline: Pipeline) -> None:
    text = "وأصدرت محكمة مصرية حكما بإعدامه في قضية اغتيال."
    assert ("EGY", "COERCE", "EGY") in triples(code(events_pipeline, text))
    assert "COERCE" not in _types("وتولى الحزب الحكم بعد الانتخابات .")


def test_human_shields_are_coercion() -> None:
    assert "COERCE" in _types("وتتخذ الجماعات المسلحة من المدنيين دروعا بشرية .")


def test_the_plain_verb_of_condemning_and_raiding() -> None:
    assert "ACCUSE" in _types("ودانت الحكومة الأردنية الهجوم على السفارة .")
    assert "COERCE" in _types("ودهمت الشرطة منزل الناشط في القاهرة .")


def test_the_name_dan_is_no_condemnation() -> None:
    assert "ACCUSE" not in _types("وقال مدير الاستخبارات دان كوتس إن الخطر قائم .")


def test_the_protests_a_repression_to_be_halted_is_of_are_going_on(
    events_pipeline: Pipeline,
) -> None:
    text = "ودعت فرنسا إلى وقف حملة القمع الدامية للاحتجاجات في نيكاراغوا."
    protests = [e for e in code(events_pipeline, text).events if e.type == "PROTEST"]
    assert protests and not protests[0].intent
    text = "ودعت فرنسا إلى تنظيم مظاهرات في باريس."
    protests = [e for e in code(events_pipeline, text).events if e.type == "PROTEST"]
    assert protests and protests[0].intent


def test_stepping_up_threats_reaches_past_a_long_subject() -> None:
    text = "وضاعف وزير الدفاع الروسي سيرغي شويغو أمس مجددا التهديدات ضد أوكرانيا ."
    assert "THREATEN" in _types(text)
