"""A request to the speaker's own envoy asks no other side: the envoy's post is no target."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_own_envoy_post_is_not_the_one_asked(events_pipeline: Pipeline) -> None:
    text = "وقال الوزير المصري إن الرئيس طلب من مندوبنا لدى الأمم المتحدة تقديم شكوى."
    assert ("EGY", "REQUEST", "IGO") not in triples(code(events_pipeline, text))


def test_where_the_own_envoy_is_sent_is_not_the_one_asked(events_pipeline: Pipeline) -> None:
    text = "وقال الوزير المصري إن الرئيس طلب من مندوبنا في الأمم المتحدة التوجه إلى مجلس الأمن."
    assert ("EGY", "REQUEST", "IGO") not in triples(code(events_pipeline, text))


def test_envoy_of_the_body_is_still_asked(events_pipeline: Pipeline) -> None:
    # no possessive: مندوب الأمم المتحدة is the body's own envoy, the one asked
    text = "وقال الوزير المصري إن الرئيس طلب من مندوب الأمم المتحدة تقديم شكوى."
    assert ("EGY", "REQUEST", "IGO") in triples(code(events_pipeline, text))
