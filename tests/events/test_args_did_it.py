"""A noun with its nationality adjective right before قام (السلطات التركية قامت بـ) is the
doer of the verbal nouns after it, as after the verb (قامت قوات تركية بـ)."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_authorities_then_did_acts_of_joined_nouns(events_pipeline: Pipeline) -> None:
    text = (
        "وقال التقرير إن السلطات الإيرانية قامت خلال العام بتضييق الحريات وسجن الصحفيين "
        "وإغلاق الصحف."
    )
    found = triples(code(events_pipeline, text))
    assert any(s == "IRN" and t == "COERCE" for s, t, _ in found)


def test_did_after_the_subject_named_by_verb_first_still_reads(events_pipeline: Pipeline) -> None:
    text = "وقامت قوات روسية أمس باعتقال ثلاثة ناشطين في المدينة."
    found = triples(code(events_pipeline, text))
    assert any(s == "RUS" and t == "COERCE" for s, t, _ in found)
