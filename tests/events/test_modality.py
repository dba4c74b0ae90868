"""Negation, intent, threats, hypotheticals and hope: coded, but not as having happened."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.doc import Event
from marsad.pipeline import Pipeline


def _only(pipe: Pipeline, text: str, type_: str) -> Event:
    found = [e for e in code(pipe, text).events if e.type == type_]
    assert len(found) == 1, found
    return found[0]


def test_negated_with_lam(events_pipeline: Pipeline) -> None:
    ev = _only(events_pipeline, "لم تفرض الولايات المتحدة عقوبات على تركيا.", "SANCTION")
    assert ev.negated and not ev.intent


def test_negated_with_lan(events_pipeline: Pipeline) -> None:
    ev = _only(events_pipeline, "لن تسحب فرنسا قواتها من مالي.", "RETREAT")
    assert ev.negated


def test_denial_negates_the_reported_act(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ونفت روسيا أن تكون طائراتها قصفت المستشفى.")
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    assert assault and all(e.negated for e in assault)


def test_refusal_is_its_own_reject(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "رفضت الحكومة العراقية مطالب واشنطن باستقبال اللاجئين.")
    assert any(e.type == "REJECT" and not e.negated for e in doc.events)


def test_future_is_intent(events_pipeline: Pipeline) -> None:
    ev = _only(events_pipeline, "ستفرض الولايات المتحدة عقوبات على تركيا.", "SANCTION")
    assert ev.intent and not ev.negated


def test_intent_verb(events_pipeline: Pipeline) -> None:
    ev = _only(events_pipeline, "تعتزم ألمانيا فرض عقوبات على روسيا.", "SANCTION")
    assert ev.intent


def test_threat_content_is_intent_and_threat_happened(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "هددت واشنطن بفرض عقوبات على أنقرة.")
    threat = [e for e in doc.events if e.type == "THREATEN"]
    sanction = [e for e in doc.events if e.type == "SANCTION"]
    assert threat and not threat[0].intent
    assert sanction and all(e.intent for e in sanction)


def test_call_content_is_intent(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "دعت قطر إسرائيل إلى أن تنسحب من الجولان.")
    assert [e.intent for e in doc.events if e.type == "RETREAT"] == [True]


def test_hypothetical(events_pipeline: Pipeline) -> None:
    ev = _only(events_pipeline, "إذا هاجمت إسرائيل لبنان فإن الرد سيكون قاسياً.", "ASSAULT")
    assert ev.hypothetical


def test_hope_is_not_happened(events_pipeline: Pipeline) -> None:
    ev = _only(events_pipeline, "يأمل العراق أن تفرج إيران عن المعتقلين.", "CONCEDE")
    assert ev.intent


def test_plain_past_happened(events_pipeline: Pipeline) -> None:
    ev = _only(events_pipeline, "فرضت الولايات المتحدة عقوبات على تركيا.", "SANCTION")
    assert not (ev.negated or ev.intent or ev.hypothetical)


def test_question_is_not_a_report(events_pipeline: Pipeline) -> None:
    ev = _only(events_pipeline, "هل قصفت روسيا مواقع المعارضة في إدلب؟", "ASSAULT")
    assert ev.hypothetical


def test_any_attack_is_not_an_attack(events_pipeline: Pipeline) -> None:
    ev = _only(events_pipeline, "وقال الوزير إن بلاده سترد بقوة على أي هجوم إيراني.", "ASSAULT")
    assert ev.hypothetical


def test_min_shanihi_marks_what_would_happen(events_pipeline: Pipeline) -> None:
    text = "فشلت القمة في الاتفاق على هدنة من شأنها أن تمنع شن الجيش السوري هجوما على إدلب."
    ev = _only(events_pipeline, text, "ASSAULT")
    assert ev.hypothetical


def test_undergoing_an_attack_is_no_purpose(events_pipeline: Pipeline) -> None:
    # تعرض takes its act with ل: the attack happened, it is not "in order to attack"
    ev = _only(events_pipeline, "تعرضت دورية للجيش العراقي لهجوم في بغداد أمس.", "ASSAULT")
    assert not (ev.intent or ev.negated or ev.hypothetical)


def test_attack_named_as_a_reference_point_is_not_reported(events_pipeline: Pipeline) -> None:
    text = "هذا أكبر عدد من القتلى منذ اغتيال الرئيس الأمريكي في دالاس."
    ev = _only(events_pipeline, text, "ASSAULT")
    assert not ev.reported and not (ev.negated or ev.intent or ev.hypothetical)


def test_protest_after_a_killing_reports_the_protest_only(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "تظاهر آلاف في القاهرة بعد مقتل شاب برصاص الشرطة.")
    assert {(e.type, e.reported) for e in doc.events} == {("PROTEST", True), ("ASSAULT", False)}


def test_an_attack_reported_as_news_is_reported(events_pipeline: Pipeline) -> None:
    ev = _only(events_pipeline, "قتل ثلاثة أشخاص في هجوم على سوق في بغداد أمس.", "ASSAULT")
    assert ev.reported


def test_denial_ends_at_the_next_joined_verb(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "نفت طهران الاتهامات الأمريكية، وأيدت موسكو هذا الموقف الإيراني.")
    support = [e for e in doc.events if e.type == "SUPPORT"]
    assert support and not any(e.negated for e in support)


def test_call_joined_after_a_warning_happened(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وحذرت فرنسا إيران من التصعيد ودعت إلى الحوار مع جيرانها.")
    calls = [e for e in doc.events if e.type == "REQUEST"]
    assert calls and not any(e.intent for e in calls)


def test_what_a_warning_states_after_that_is_not_intent(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "حذرت بكين من أنها ترفض العقوبات الأمريكية على شركاتها.")
    assert any(e.type == "REJECT" and not e.intent for e in doc.events)


def test_subjunctive_after_must_is_not_done(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقال الوزير إن على تركيا أن تسحب قواتها من العراق.")
    retreat = [e for e in doc.events if e.type == "RETREAT"]
    assert retreat and all(e.intent for e in retreat)


def test_possible_act_is_not_done(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ربما تفرض الولايات المتحدة عقوبات على فنزويلا.")
    sanction = [e for e in doc.events if e.type == "SANCTION"]
    assert sanction and all(e.intent for e in sanction)


def test_qad_before_a_perfect_verb_is_done(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقد فرضت الولايات المتحدة عقوبات على فنزويلا.")
    assert any(e.type == "SANCTION" and not e.intent for e in doc.events)


def test_fighting_one_is_ready_to_join_has_not_happened(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وكان حزب الله قد أعلن عن استعداده للمشاركة في القتال في سوريا.")
    assert all(e.intent for e in doc.events if e.type == "ASSAULT")


def test_a_call_noun_makes_its_content_intent(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وردت موسكو على تهديدات بفرض عقوبات جديدة على روسيا.")
    assert all(e.intent for e in doc.events if e.type == "SANCTION")


def test_a_new_clause_is_not_the_content_of_a_call(events_pipeline: Pipeline) -> None:
    text = "سيطلب الأكراد الحماية من روسيا بعدما رفضت واشنطن طلب أنقرة."
    doc = code(events_pipeline, text)
    assert any(e.type == "REJECT" and not e.intent for e in doc.events)


def test_the_act_a_call_asks_to_stop_is_going_on(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ودعت فرنسا إلى إنهاء قمع المتظاهرين في إيران.")
    assert any(e.type == "COERCE" and not e.intent for e in doc.events)


def test_any_with_its_feminine_spelling_names_no_act(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقالت الصين إنها سترد على أية عقوبات أمريكية.")
    assert not any(e.type == "SANCTION" and not e.hypothetical for e in doc.events)
