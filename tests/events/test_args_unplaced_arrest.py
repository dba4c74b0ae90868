"""A passive arrest whose sentence names no side and no place (تم سجن نحو 50 ألف شخص)
goes on with the article's story: its state's government jails its own people."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_unplaced_imprisonment_is_the_home_state_arresting(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وقال الرئيس التركي إن بلاده ستواصل الحملة. ومنذ ذلك الحين تم سجن نحو 50 ألف شخص.",
    )
    found = triples(doc)
    assert ("TUR", "COERCE", "TUR") in found
    assert len(found) == 1


def test_alone_it_stays_uncoded(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ومنذ ذلك الحين تم سجن نحو 50 ألف شخص.")
    assert not triples(doc)


def test_expulsion_with_no_agent_is_not_the_home_state(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وتظاهر آلاف الفلسطينيين في غزة. وفي عام 1948 طُرد مئات الآلاف من منازلهم.",
    )
    assert ("PSE", "COERCE", "PSE") not in triples(doc)
