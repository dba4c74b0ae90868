"""The dates pipeline step: body sentences only, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from tests.conftest import GOLD, need

from marsad.dates.extract import DateFinder
from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings

STEPS = Settings(steps=("lines", "tokens", "sentences", "dates"))


def test_dates_carry_their_sentence_index() -> None:
    doc = analyze("عاد الوفد أمس.\nوتبدأ المحادثات غداً في جنيف.", "2021-01-14", settings=STEPS)
    assert [(d.text, d.sentence) for d in doc.dates] == [("أمس", 0), ("غداً", 1)]


def test_non_body_lines_give_no_dates() -> None:
    text = "عاد الوفد أمس إلى العاصمة.\nاقرأ أيضاً: محادثات جديدة في 3 مارس 2019"
    doc = analyze(text, "2021-01-14", settings=STEPS)
    assert [d.text for d in doc.dates] == ["أمس"]


def test_seed_dates(seed_text: str) -> None:
    doc = analyze(seed_text, "2021-01-14", pipeline=Pipeline(STEPS))
    values = {d.text: d.value for d in doc.dates}
    assert values["أمس الأربعاء"] == "2021-01-13"
    assert values["14 من كانون الأول"] == "2020-12-14"
    assert values["العام 2017"] == "2017"


def test_gold_dev_date_f1_floor() -> None:
    """2026-11-29: date F1 0.972 on gold/dev (53 tp, 2 fp, 1 fn); floor 0.93."""
    from marsad.eval import gold
    from marsad.eval.common import files_in

    paths = files_in(need(GOLD / "dev"), ["*.json"])
    pipe = Pipeline(Settings(steps=("lines", "tokens", "sentences", "dates")))
    assert gold.evaluate(paths, pipe).total.dates.f1 >= 0.93


def test_malformed_publication_date_is_a_coded_error() -> None:
    from marsad.doc import Document
    from marsad.errors import MarsadError

    doc = Document(text="عاد الوفد أمس.", id="a1", published="14/01/2021")
    with pytest.raises(MarsadError) as err:
        Pipeline(STEPS)(doc)
    assert err.value.code == "E006"
    assert "a1" in str(err.value)


def test_step_reads_the_same_dates_as_the_finder_on_plain_text() -> None:
    # the step finds trigger words through the tokens, the finder alone through the text
    text = "انطلقت حملة #رمضان الخيرية أمس الأربعاء، وتنتهي في 3 مارس 2021 أو بعد ذلك بيومين."
    doc = analyze(text, "2021-01-14", settings=STEPS)
    plain = DateFinder().find(text, date(2021, 1, 14), [(0, len(text), 0)])
    assert [(d.text, d.value) for d in doc.dates] == [(d.text, d.value) for d in plain]
    assert ("أمس الأربعاء", "2021-01-13") in [(d.text, d.value) for d in doc.dates]


# sentences written for these tests: a month name, a weekday, numbers and a cue verb
_FLAGGED_TEXT = (
    "وصل الوفد يوم الثلاثاء 14 آذار 2023 إلى المدينة.\n"
    "وقال المتحدث إن الجولة التالية تبدأ في 2/5 من العام المقبل."
)


def test_dates_from_text_layer_flags_equal_dates_from_all_tokens() -> None:
    doc = analyze(_FLAGGED_TEXT, "2023-03-16", settings=STEPS)
    spans = [(s.start, s.end, s.index) for s in doc.sentences]
    plain = DateFinder().find(doc.text, date(2023, 3, 16), spans, doc.tokens)
    assert doc.dates == plain and doc.dates


def test_text_layer_flags_are_not_left_in_the_output() -> None:
    settings = Settings(steps=("lines", "tokens", "sentences", "dates", "quotes"))
    doc = analyze(_FLAGGED_TEXT, "2023-03-16", settings=settings)
    assert "trigger_tokens" not in doc.meta
