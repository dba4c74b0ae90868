"""An act named as a charge (بتهمة قتل، بتهم التجسس) is what someone is accused of, not
an act the text reports: it is coded as no event of its own."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_a_killing_named_as_the_charge_is_no_attack(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأدانت محكمة بريطانية رجلا بتهمة قتل جاره في لندن.")
    assert not any(t == "ASSAULT" for _, t, _ in triples(doc))


def test_a_killing_reported_plainly_is_an_attack(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقتل رجل جاره في لندن أمس.")
    assert any(t == "ASSAULT" for _, t, _ in triples(doc))
