"""Pipeline construction: registered steps, requirement checks, coded errors."""

from __future__ import annotations

import pytest

from marsad import MarsadError, Pipeline, Settings, analyze


def test_default_pipeline_runs_text_steps() -> None:
    doc = analyze("وصل الرئيس إلى بغداد.")
    assert doc.steps[:3] == ["lines", "tokens", "sentences"]


def test_unknown_step_is_a_coded_error() -> None:
    with pytest.raises(MarsadError) as info:
        Pipeline(Settings(steps=("lines", "no-such-step")))
    assert info.value.code == "E101"
    assert "no-such-step" in str(info.value)


def test_missing_requirement_names_provider() -> None:
    with pytest.raises(MarsadError) as info:
        Pipeline(Settings(steps=("sentences",)))
    assert info.value.code == "E102"
    assert "tokens" in str(info.value)


def test_bad_published_date_names_input() -> None:
    with pytest.raises(MarsadError) as info:
        analyze("نص قصير.", "14/01/2021")
    assert info.value.code == "E006"
    assert "14/01/2021" in str(info.value)


def test_too_long_input_is_refused() -> None:
    with pytest.raises(MarsadError) as info:
        analyze("كلمة " * 100, settings=Settings(max_chars=50))
    assert info.value.code == "E004"
