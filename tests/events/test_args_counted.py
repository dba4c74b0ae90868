"""A count right before a plural nationality (خمسة بريطانيين، 3 ألمان) names the people
a harm verb struck or took, over an adjective that only qualified another noun
(``coder._counted_victims``)."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_counted_nationality_is_the_victim(events_pipeline: Pipeline) -> None:
    text = "واختطف مسلحون بزي الشرطة العراقية ستة بريطانيين من فندق في بغداد."
    found = triples(code(events_pipeline, text))
    assert any(kind == "ASSAULT" and tgt == "GBR" for _, kind, tgt in found)
    assert not any(kind == "ASSAULT" and tgt == "IRQ" for _, kind, tgt in found)


def test_counted_victims_of_another_verb_stay_there(events_pipeline: Pipeline) -> None:
    text = "كما قتل جنديان أمريكيان وأصيب تسعة عراقيين بجروح في هجوم انتحاري في الموصل."
    found = triples(code(events_pipeline, text))
    assert any(kind == "ASSAULT" and tgt == "USA" for _, kind, tgt in found)
