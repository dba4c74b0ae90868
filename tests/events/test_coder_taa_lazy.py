"""The words written with a final ة are found one at a time, only where the trigger finder
asks (the words the lexicon may read); the positions are those of the whole-sentence
test. Sentences written for the tests."""

from __future__ import annotations

import pytest

from marsad.events.coder import _noun_spelling, _TaaMarbuta
from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(steps=("lines", "tokens", "sentences")))


@pytest.mark.parametrize(
    "text",
    [
        "رحبت الحكومة بدعوة الوزير إلى الحوار.",
        "وأسفر القصف عن مقتل جندي وإصابة ثلاثة آخرين بجروح.",
        "واستضافت المدينة قمة إقليمية بحضور وفود عربية.",
    ],
)
def test_asked_positions_are_the_final_taa_words(pipe: Pipeline, text: str) -> None:
    tokens = analyze(text, pipeline=pipe).tokens
    lazy = _TaaMarbuta(tokens)
    assert [i for i in range(len(tokens)) if i in lazy] == [
        i for i, t in enumerate(tokens) if _noun_spelling(t)
    ]


def test_a_noun_with_taa_is_one_and_the_wounding_is_not(pipe: Pipeline) -> None:
    tokens = analyze("رحبت الحكومة بدعوة الوزير وإصابة جندي.", pipeline=pipe).tokens
    lazy = _TaaMarbuta(tokens)
    at = {t.text: i for i, t in enumerate(tokens)}
    assert at["بدعوة"] in lazy and at["الحكومة"] in lazy
    assert at["وإصابة"] not in lazy and at["رحبت"] not in lazy
