"""A name in quotation marks after a cue is no quote. Sentences written for the tests."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings

_STEPS = ("lines", "tokens", "sentences", "entities", "quotes")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(steps=_STEPS))


def test_a_quoted_name_the_entities_step_found_is_no_quote(pipe: Pipeline) -> None:
    doc = analyze('ولفتت الممثلة إلى "إم بي سي" التي ستعرض المسلسل في رمضان.', pipeline=pipe)
    assert not [q for q in doc.quotes if q.direct]
    doc = analyze('وأشارت المغنية إلى "فرانس برس".', pipeline=pipe)
    assert doc.quotes == []


def test_a_quoted_sentence_naming_someone_is_still_a_quote(pipe: Pipeline) -> None:
    doc = analyze('وقال الوزير: "إسرائيل ترفض كل الحلول المطروحة حتى الآن".', pipeline=pipe)
    assert [q.direct for q in doc.quotes] == [True]
    assert doc.text[doc.quotes[0].start : doc.quotes[0].end].startswith("إسرائيل ترفض")
