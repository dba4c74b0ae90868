"""Foreigners named by no state whom an attack befell are CAMEO's international actor
(``coder._foreigners``), not the state where it happened."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, country_pairs

from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "خطف مسلحون خمسة عمال أجانب في جنوب البلاد أمس.",
        "قتل ثلاثة سياح أجانب في هجوم على حافلتهم قرب العاصمة.",
        "استهدف تفجير انتحاري قوات أجنبية في ولاية هلمند.",
    ],
)
def test_foreigners_are_the_target(events_pipeline: Pipeline, text: str) -> None:
    pairs = country_pairs(code(events_pipeline, text, "2018-08-02"), "ASSAULT")
    assert any(t == "INT" for _, t in pairs), pairs


def test_a_named_nationality_comes_first(events_pipeline: Pipeline) -> None:
    # خطف مسلحون مهندسين فرنسيين ... وأجانب آخرين: the coded side is the one befallen
    text = "خطف مسلحون مهندسين فرنسيين وعمالا أجانب في النيجر."
    pairs = country_pairs(code(events_pipeline, text, "2018-08-02"), "ASSAULT")
    assert any(t == "FRA" for _, t in pairs), pairs


def test_arrests_of_foreign_things_are_left_alone(events_pipeline: Pipeline) -> None:
    text = "منعت الحكومة خروج العملات الأجنبية من البلاد."
    pairs = country_pairs(code(events_pipeline, text, "2018-09-03"), "COERCE")
    assert all(t != "INT" for _, t in pairs), pairs
