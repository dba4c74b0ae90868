"""A present-tense act with a yearly or "usually" word next to it is a custom, not an act
that happened (hypothetical); a sum per year is no custom. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "وتنظم النقابات الفرنسية مظاهرات كل عام في باريس",
        "ويزور آلاف السياح الألمان تركيا سنويا",
        "وعادة ما يلتقي وزير الخارجية المصري نظيره الأردني في عمان",
    ],
)
def test_custom_is_not_an_act(events_pipeline: Pipeline, text: str) -> None:
    assert not triples(code(events_pipeline, text))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a sum per year, a custom named in another clause
        ("وتعهدت اليابان بتقديم مساعدات للعراق بقيمة مليار دولار سنويا", ("JPN", "AGREE", "IRQ")),
        ("وانتقدت مصر الحكومة التركية، وقالت إن الوفود تلتقي كل عام", ("EGY", "ACCUSE", "TUR")),
        # a present-tense act with no custom word
        ("وتنظم النقابات الفرنسية مظاهرة في باريس اليوم", ("FRA", "PROTEST", "FRA")),
    ],
)
def test_acts_stay(events_pipeline: Pipeline, text: str, triple: tuple) -> None:
    assert triple in triples(code(events_pipeline, text))
