"""An attack on a border qualified by two states (الحدود الأردنية السورية) falls on both:
the text does not say on which side; one state's border, or an arrest there, keeps one."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_fire_on_a_border_of_two_states_targets_both(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقصفت الطائرات الروسية مواقع على الحدود الأردنية السورية أمس.")
    found = triples(doc)
    assert ("RUS", "ASSAULT", "JOR") in found
    assert ("RUS", "ASSAULT", "SYR") in found


def test_passive_fire_on_a_border_of_two_states_targets_both(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "تعرضت قرية على الحدود اللبنانية السورية لقصف من قبل الطائرات الإسرائيلية.",
    )
    found = triples(doc)
    assert {("ISR", "ASSAULT", "LBN"), ("ISR", "ASSAULT", "SYR")} <= found


def test_one_state_border_keeps_one_target(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقصفت الطائرات الروسية مواقع قرب الحدود السورية.")
    assert {t for _, k, t in triples(doc) if k == "ASSAULT"} == {"SYR"}


def test_an_arrest_at_a_border_of_two_states_keeps_one_target(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "اعتقلت الشرطة مهربين على الحدود الأردنية السورية.")
    assert len({t for _, k, t in triples(doc) if k == "COERCE"}) == 1
