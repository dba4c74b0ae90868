"""The dates pipeline step: body sentences only, resolved against the publication date."""

from __future__ import annotations

import pytest
from tests.conftest import GOLD, need

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
