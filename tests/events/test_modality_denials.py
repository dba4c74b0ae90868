"""A denial reaches its content past a time adverbial set off by a comma."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.pipeline import Pipeline


def test_denial_reaches_past_a_time_aside(events_pipeline: Pipeline) -> None:
    text = (
        "ونفى قائد الجيش خلال مؤتمر صحفي في الخرطوم الشهر الماضي، "
        "قصف مواقع المتمردين وإطلاق صواريخ على القرى."
    )
    assault = [e for e in code(events_pipeline, text).events if e.type == "ASSAULT"]
    assert assault and all(e.negated for e in assault)


def test_a_comma_after_a_place_still_ends_the_reach(events_pipeline: Pipeline) -> None:
    # the aside must end in a time word: a long place phrase keeps the old window
    text = (
        "ونفى قائد الجيش خلال مؤتمر صحفي عقده في قاعة كبيرة بوسط مدينة الخرطوم، "
        "وقصفت الطائرات مواقع المتمردين."
    )
    assault = [e for e in code(events_pipeline, text).events if e.type == "ASSAULT"]
    assert assault and not any(e.negated for e in assault)
