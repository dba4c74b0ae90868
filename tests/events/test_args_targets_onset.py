"""A definite act noun right after a noun of its onset or growth (مع احتدام الاشتباكات،
تصاعد المواجهات) states the act; the bare definite noun still refers back to one known."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_clashes_growing_fiercer_are_stated(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "ومع احتدام الاشتباكات في طرابلس الليبية، فر آلاف السكان من منازلهم."
    )
    assert ("LBY", "ASSAULT", "LBY") in triples(doc)


def test_confrontations_escalating_are_stated(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وفر آلاف السكان من منازلهم مع تصاعد المواجهات في طرابلس الليبية.")
    assert ("LBY", "ASSAULT", "LBY") in triples(doc)


def test_the_clashes_alone_refer_back(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وتحدث السكان عن الاشتباكات في طرابلس الليبية.")
    assert not any(t == "ASSAULT" for _, t, _ in triples(doc))
