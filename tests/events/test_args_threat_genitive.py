"""A threat or refusal noun with its doer as genitive (تهديدات واشنطن، رفض الحوثيين) states
that act with no light verb; ل before a sound feminine plural is no purpose (لهجمات is
"to attacks", never "in order to"); the subject of the verb taking such a hostile noun by
ل is its target; a noun's content does not reach past a comma or a circumstantial verb."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_threats_of_a_state_faced_by_another(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقال الوزير إن بكين سترد بقوة لتهديدات الولايات المتحدة الأخيرة.")
    assert ("USA", "THREATEN", "CHN") in triples(doc)


def test_threat_noun_with_its_doer_and_content(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "تراجعت الأسواق بعد تهديد روسيا بقطع إمدادات الغاز عن أوكرانيا.")
    found = triples(doc)
    assert any(s == "RUS" and t == "THREATEN" for s, t, _ in found)
    assert not any(t == "SANCTION" for _, t, _ in found)


def test_threat_noun_takes_no_target_of_its_own_state(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "ارتفع سعر النفط بعد تهديد الولايات المتحدة بفرض العقوبات الأمريكية."
    )
    assert ("USA", "THREATEN", "USA") not in triples(doc)


def test_threat_noun_without_a_named_doer_codes_nothing(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وتحدث التقرير عن تهديدات متزايدة في المنطقة.")
    assert not any(t == "THREATEN" for _, t, _ in triples(doc))


def test_attacks_after_lam_happened(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأكد المسؤول أن القاعدة الأمريكية في العراق تعرضت لهجمات صاروخية.")
    assert any(t == "ASSAULT" for _, t, _ in triples(doc))


def test_singular_noun_after_lam_is_still_a_purpose(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "أرسلت تركيا قوات إلى الحدود لمهاجمة المسلحين الأكراد.")
    assert not any(t == "ASSAULT" for _, t, _ in triples(doc))


def test_planning_attacks_is_no_attack(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "واعتقلت الشرطة الألمانية رجلا بتهمة التخطيط لهجمات في برلين.")
    assert not any(t == "ASSAULT" for _, t, _ in triples(doc))


def test_warning_after_a_threat_noun_and_a_comma_happened(events_pipeline: Pipeline) -> None:
    text = "رفضت طهران تهديدات واشنطن الأخيرة، محذرة الولايات المتحدة من عواقب أي هجوم."
    assert ("IRN", "THREATEN", "USA") in triples(code(events_pipeline, text))


def test_will_not_allow_is_a_warning_to_the_one_named(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "وأكد الوزير أن تركيا لن تسمح لروسيا بإقامة قواعد عسكرية قرب حدودها."
    )
    assert ("TUR", "THREATEN", "RUS") in triples(doc)


def test_will_not_allow_with_no_one_named_close_codes_nothing(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقال رئيس البلدية إنه لن يسمح بإقامة الحفل في الساحة العامة.")
    assert not any(t == "THREATEN" for _, t, _ in triples(doc))
