"""An imperfect verb joined by و to the verb right after أنْ shares its subjunctive mood
(wanted or possible, not done); after قبل/بعد أن the acts are dated and happened."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_joined_verb_after_a_feared_act_is_not_done(events_pipeline: Pipeline) -> None:
    text = "ويخشى السكان أن تدخل القوات التركية المدينة وتعتقل الناشطين الأكراد."
    assert not any(t == "COERCE" for _, t, _ in triples(code(events_pipeline, text)))


def test_joined_verb_after_before_that_happened(events_pipeline: Pipeline) -> None:
    text = "وهرب الرجل من البلدة قبل أن تصل الشرطة الفرنسية وتعتقل شقيقه."
    assert any(t == "COERCE" for _, t, _ in triples(code(events_pipeline, text)))
