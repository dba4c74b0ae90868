"""A call for a meeting (دعت لجنة لاجتماع طارئ) names no addressee: the other side of
earlier sentences is not its target. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.conftest import code

from marsad.pipeline import Pipeline


def _requests(pipe: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.actor if e.source else None, e.target.actor if e.target else None)
        for e in code(pipe, text).events
        if e.type == "REQUEST"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "نددت بريطانيا بروسيا بسبب الهجمات الإلكترونية. "
        "ودعت لجنة أخرى في البرلمان لاجتماع طارئ لبحث التسلل.",
        "اتهمت فرنسا روسيا بالتدخل. ودعت الحكومة إلى جلسة عاجلة للبرلمان.",
    ],
)
def test_meeting_call_takes_no_earlier_side(events_pipeline: Pipeline, text: str) -> None:
    assert all(tgt != "RUS" for _, tgt in _requests(events_pipeline, text))


def test_other_calls_still_answer_the_other_side(events_pipeline: Pipeline) -> None:
    text = "اتهمت فرنسا روسيا بالتدخل. ودعت الحكومة إلى وقف التصعيد."
    assert any(tgt == "RUS" for _, tgt in _requests(events_pipeline, text))
