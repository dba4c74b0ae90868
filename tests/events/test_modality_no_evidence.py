"""An act there is said to be no sign or evidence of (لا يوجد دليل على أن، ليس هناك
مؤشرات على) is negated; a pause ends that reach. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.conftest import code

from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ليس هناك مؤشرات على أن كوريا الشمالية أفرجت عن المعتقلين الأمريكيين.", "CONCEDE"),
        ("وقالت الوزارة إنه لا يوجد أي دليل على أن روسيا شنت هجمات على السفارة.", "ASSAULT"),
    ],
)
def test_no_sign_of_act_is_negated(events_pipeline: Pipeline, text: str, kind: str) -> None:
    events = [e for e in code(events_pipeline, text).events if e.type == kind]
    assert events and all(e.negated for e in events)


def test_pause_ends_the_reach(events_pipeline: Pipeline) -> None:
    text = "ليس هناك دليل على ذلك، لكن الجيش الإسرائيلي قصف مواقع لحماس في غزة."
    attacks = [e for e in code(events_pipeline, text).events if e.type == "ASSAULT"]
    assert attacks and not any(e.negated for e in attacks)


def test_plain_report_stays(events_pipeline: Pipeline) -> None:
    text = "وقال المسؤول إن كوريا الشمالية أفرجت عن المعتقلين الأمريكيين."
    concessions = [e for e in code(events_pipeline, text).events if e.type == "CONCEDE"]
    assert concessions and not any(e.negated for e in concessions)
