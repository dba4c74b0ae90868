"""Issue 5: a state (or its government) named before a protest word acts on the protest;
it does not march. The protesters are then its civilians against its government, as for an
unnamed crowd; the people of a place (سكان غزة) stay the protesters. Sentences written for
these tests."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.events.args import Actor, protest_sides
from marsad.pipeline import Pipeline


def _state(code_: str, ts: int, etype: str = "GPE") -> Actor:
    return Actor(ts, ts + 1, code_, "", 0, 0, etype)


def test_a_state_before_the_protest_word_is_not_its_protester() -> None:
    china = _state("CHN", 1)
    source, target = protest_sides([china], 5, china, None)
    assert source is not None and source.code == "CHNCVL"
    assert target is not None and target.code == "CHNGOV"


def test_the_people_of_a_place_are_the_protesters() -> None:
    gaza = _state("PSE", 2)
    norms = ["في", "سكان", "غزه", "احتجاجات"]
    source, _ = protest_sides([gaza], 3, gaza, None, norms)
    assert source is gaza


def test_a_crowd_after_the_protest_word_keeps_its_state() -> None:
    jordan = _state("JOR", 4, "ADJ")
    source, _ = protest_sides([jordan], 1, jordan, None)
    assert source is jordan


def test_a_state_sending_tanks_against_protests(default_pipeline: Pipeline) -> None:
    doc = code(default_pipeline, "وأرسلت الصين قوات ودبابات لإخماد الاحتجاجات في العاصمة.")
    assert ("CHN", "PROTEST", None) not in triples(doc)
