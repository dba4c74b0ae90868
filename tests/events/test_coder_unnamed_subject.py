"""An indefinite doer right after a verb (وانتقد البعض، واعترض كثيرون، وطالبه آخرون) is the
verb's stated subject: no actor of an earlier sentence stands in for it. After a harm verb,
often passive (وأصيب آخرون), it is a victim and the attack stays. Sentences written for
these tests."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.pipeline import Pipeline

_VISIT = "التقى الرئيس الفرنسي نظيره التونسي في تونس أمس. "


def _types(pipe: Pipeline, text: str) -> list[str]:
    return [e.type for e in code(pipe, text).events]


def test_some_people_criticising_borrow_no_subject(events_pipeline: Pipeline) -> None:
    assert "ACCUSE" not in _types(events_pipeline, _VISIT + "وانتقد البعض الزيارة بشدة.")


def test_many_objecting_borrow_no_subject(events_pipeline: Pipeline) -> None:
    assert "REJECT" not in _types(events_pipeline, _VISIT + "واعترض كثيرون على الزيارة.")


def test_named_subject_still_codes(events_pipeline: Pipeline) -> None:
    text = _VISIT + "وانتقد الرئيس التونسي فرنسا."
    assert "ACCUSE" in _types(events_pipeline, text)


def test_others_wounded_stay_an_attack(events_pipeline: Pipeline) -> None:
    text = "قتل ثلاثة أشخاص وأصيب آخرون في انفجار سيارة مفخخة في بغداد اليوم."
    assert "ASSAULT" in _types(events_pipeline, text)
