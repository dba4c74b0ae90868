"""An act named as a purpose or as the ways to one (من أجل، بهدف، بغية، سبل) is sought, not
reported done. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.conftest import code

from marsad.doc import Event
from marsad.pipeline import Pipeline


def _done(ev: Event) -> bool:
    return not (ev.negated or ev.intent or ev.hypothetical)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("واجتمع وزراء الخارجية العرب في القاهرة لبحث سبل دعم الأردن.", "SUPPORT"),
        ("وعلقت واشنطن وسيول المناورات المشتركة بهدف دعم المفاوضات مع بيونغ يانغ.", "SUPPORT"),
        ("وقال البيان إن فرنسا ستعمل مع حلفائها من أجل منع إيران من تطوير سلاح نووي.", "COERCE"),
    ],
)
def test_a_purpose_is_not_done(events_pipeline: Pipeline, text: str, kind: str) -> None:
    doc = code(events_pipeline, text)
    assert not any(e.type == kind and _done(e) for e in doc.events)


def test_the_act_before_the_purpose_is_done(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأعلنت السعودية دعمها للأردن من أجل الخروج من الأزمة.")
    assert any(e.type == "SUPPORT" and _done(e) for e in doc.events)
