"""The states of a region (دول الخليج) act as states do; a region alone is a place.
Sentences written for the tests."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_the_states_of_a_region_are_a_target(events_pipeline: Pipeline) -> None:
    got = triples(code(events_pipeline, "ودعت الحكومة اللبنانية دول الخليج إلى الحوار المباشر."))
    assert ("LBN", "REQUEST", "PGS") in got


def test_a_region_alone_is_no_side(events_pipeline: Pipeline) -> None:
    got = triples(code(events_pipeline, "ودعت الحكومة اللبنانية إلى الحوار في منطقة الخليج."))
    assert all("PGS" not in (s, t) for s, _, t in got)
