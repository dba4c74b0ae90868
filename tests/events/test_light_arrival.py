"""Lexicon 1.14: arriving in or heading for a state on a visit, for a summit or talks
(وصل/توجه as light verbs of those phrases only). Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("وصل رئيس الوزراء الهندي إلى طهران في زيارة رسمية", ("IND", "CONSULT", "IRN")),
        ("وتوجه الرئيس التركي إلى موسكو في زيارة تستغرق يومين", ("TUR", "CONSULT", "RUS")),
        ("ووصل المستشار الألماني إلى القاهرة عشية قمة مع الرئيس المصري", ("DEU", "CONSULT", "EGY")),
    ],
)
def test_arrival_on_a_visit_is_a_visit(events_pipeline: Pipeline, text: str, triple: tuple) -> None:
    assert triple in triples(code(events_pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        # an amount or a cost reaches a figure; a visit's cost is no visit
        "ومن المنتظر أن تصل نفقات الزيارة الرئاسية إلى عشرة ملايين دولار",
        # goods arriving, and an origin (من أصل) is no arrival
        "ووصلت شحنة القمح الروسي إلى ميناء الإسكندرية في جولة ثانية من الشحنات",
    ],
)
def test_other_arrivals_are_no_visits(events_pipeline: Pipeline, text: str) -> None:
    assert not any(t == "CONSULT" for _, t, _ in triples(code(events_pipeline, text)))
