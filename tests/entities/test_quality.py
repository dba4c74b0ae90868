"""Quality over the shared seed article and ANERcorp (read at run time from ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import DATA, SEED, need

from marsad.eval.ner import evaluate
from marsad.pipeline import Pipeline, analyze

# Facts: the seed's actors and the codes valid on its date.
SEED_ACTORS = {
    "Hulusi Akar": "TURGOVMIL",
    "Joe Biden": "USAGOV",
    "Mevlut Cavusoglu": "TURGOV",
    "United States Congress": "USALEG",
    "NATO": "IGOWSTNAT",
    "Kurdistan Workers' Party": "TURREB",
    "People's Protection Units": "SYRREB",
    "Gulen movement": "TUROPP",
}
SEED_WEAPONS = {"S-400", "Patriot", "F-35"}
# Pinned a little under the figure measured when the model shipped (see PROVENANCE.md).
ANERCORP_TEST_FLOOR = 0.67


@pytest.mark.slow
def test_seed_actors_are_found_and_linked(ent_pipeline: Pipeline) -> None:
    doc = analyze(need(SEED).read_text(encoding="utf-8"), "2021-01-14", pipeline=ent_pipeline)
    found = {e.name_en: e.actor for e in doc.entities}
    assert {k: found.get(k) for k in SEED_ACTORS} == SEED_ACTORS
    assert {e.name_en for e in doc.entities if e.type == "WEAPON"} >= SEED_WEAPONS


@pytest.mark.slow
def test_anercorp_test_f1_stays_above_floor(ent_pipeline: Pipeline) -> None:
    path: Path = need(DATA / "ner" / "anercorp" / "test.txt")
    result = evaluate([path], ent_pipeline, 20, None)
    o = result.overall
    assert 2 * o.tp / (2 * o.tp + o.fp + o.fn) >= ANERCORP_TEST_FLOOR
