"""Protests at a foreign embassy or consulate: the mission's state is the target, and
never the protesters' own state (``args.embassy_state``, ``coder._embassy_protest``)."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, triples

from marsad.events.args import Actor, embassy_state, mission_word, protest_sides
from marsad.pipeline import Pipeline


@pytest.mark.parametrize("word", ["السفاره", "سفاره", "للسفاره", "القنصليه", "بالسفاره"])
def test_mission_words(word: str) -> None:
    assert mission_word(word)


@pytest.mark.parametrize("word", ["سفارتها", "السفير", "سفراء"])
def test_not_mission_words(word: str) -> None:
    assert not mission_word(word)  # a possessed embassy or an envoy is no foreign mission


def _actor(ts: int, code: str, mission: bool = False) -> Actor:
    return Actor(ts, ts + 1, code, "x", 0, 1, "ADJ", mission=mission)


def test_embassy_after_the_protest_word_wins() -> None:
    before, after = _actor(2, "USA", mission=True), _actor(9, "ISR", mission=True)
    assert embassy_state([before, after], 5) is after
    assert embassy_state([before], 5) is before


def test_protest_sides_take_the_embassy_and_not_its_state_as_home() -> None:
    host, mission = _actor(1, "JOR"), _actor(4, "USA", mission=True)
    source, target = protest_sides([host, mission], 0, None, None)
    assert target is mission
    assert source is not None and source.code == "JORCVL"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتجمع المتظاهرون قرب القنصلية الفرنسية في إسطنبول.", ("TUR", "PROTEST", "FRA")),
        ("وتظاهر آلاف العراقيين أمام السفارة الإيرانية في بغداد.", ("IRQ", "PROTEST", "IRN")),
        ("تظاهر مئات الطلاب أمام السفارة الأمريكية في القاهرة.", ("EGY", "PROTEST", "USA")),
    ],
)
def test_protest_at_an_embassy_targets_its_state(
    events_pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(code(events_pipeline, text))


def test_protesters_are_not_of_the_embassy_state(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "تظاهر مئات أمام السفارة الأمريكية."))
    assert (None, "PROTEST", "USA") in found
    assert all(src != "USA" for src, _, _ in found)


def test_embassy_is_no_home_for_its_protesters(events_pipeline: Pipeline) -> None:
    text = "وتظاهر المئات قرب سفارة الولايات المتحدة في أثينا احتجاجا على القرار."
    assert ("GRC", "PROTEST", "USA") in triples(code(events_pipeline, text))
