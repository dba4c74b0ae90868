"""A perfect verb written with a damma as its first vowel is a passive: the actor after
it is the one it befell, and no earlier subject is its agent."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_vowelled_passive_takes_no_subject_from_the_sentence_before(
    events_pipeline: Pipeline,
) -> None:
    doc = code(
        events_pipeline,
        "وانتقدت الحكومة البحرينية قناة الجزيرة. واعتُقل عدد من الصحفيين المصريين الشهر الماضي.",
    )
    found = triples(doc)
    assert not any(s == "BHR" for s, t, _ in found if t == "COERCE")
    assert ("EGY", "COERCE", "EGY") in found  # nationals held with no agent: at home


def test_vowelled_active_verb_keeps_its_subject(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "واعتَقلت الشرطة التركية عشرات المشتبه بهم أمس.")
    assert ("TUR", "COERCE", "TUR") in triples(doc)


def test_arrest_with_a_place_is_by_that_state(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "واعتُقل صحفي فرنسي في إيران الأسبوع الماضي.")
    found = triples(doc)
    assert ("IRN", "COERCE", "FRA") in found
    assert ("FRA", "COERCE", "FRA") not in found


def test_tamma_passive_genitive_suffers_and_agent_acts(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وتم اعتقال الصحفي السويدي من قبل الشرطة الإيرانية في طهران.")
    found = triples(doc)
    assert ("IRN", "COERCE", "SWE") in found
    assert ("SWE", "COERCE", "IRN") not in found


def test_tamma_release_befalls_its_genitive(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وتم الإفراج عن الصحفي الكندي من قبل السلطات الصينية.")
    assert ("CHN", "CONCEDE", "CAN") in triples(doc)
