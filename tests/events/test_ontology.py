"""The PLOVER ontology data file and the CAMEO attributes it gives events."""

from __future__ import annotations

from typing import get_args

from tests.events.conftest import code

from marsad.doc import PloverType
from marsad.events.ontology import load_ontology
from marsad.pipeline import Pipeline


def test_ontology_has_the_sixteen_plover_types() -> None:
    assert set(load_ontology().types) == set(get_args(PloverType))


def test_quad_class_follows_the_cameo_root() -> None:
    onto = load_ontology()
    assert [onto.quad_class(c) for c in ("020", "062", "112", "195")] == [1, 2, 3, 4]


def test_goldstein_falls_back_to_parent_code() -> None:
    assert load_ontology().goldstein_of("1831") == -10.0
    assert load_ontology().goldstein_of("0410") == 1.0


def test_event_carries_cameo_quad_class_and_goldstein(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "فرضت الولايات المتحدة عقوبات على إيران.")
    [ev] = doc.events
    assert (ev.cameo, ev.quad_class, ev.goldstein) == ("163", 4, -8.0)
