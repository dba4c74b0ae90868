"""Killing or wounding in a crash or accident is no attack (``coder._accident_toll``,
``[accidents]`` in cues.txt); an accidental blast is no bombing (triggers 1.19)."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def _attacks(pipe: Pipeline, text: str) -> int:
    return sum(1 for _, t, _ in triples(code(pipe, text, "2018-06-01")) if t == "ASSAULT")


def test_a_helicopter_crash_kills_with_no_attack(events_pipeline: Pipeline) -> None:
    text = "قتل ضابط ألماني وأصيب اثنان آخران في تحطم مروحية عسكرية قرب الحدود."
    assert _attacks(events_pipeline, text) == 0


def test_a_collision_of_trains_is_no_attack(events_pipeline: Pipeline) -> None:
    text = "لقي سائقان مصرعهما وأصيب عشرون راكبا في تصادم بين قطارين شمال البلاد."
    assert _attacks(events_pipeline, text) == 0


def test_an_accidental_blast_is_no_bombing(events_pipeline: Pipeline) -> None:
    text = "قتل عاملان وأصيب خمسة آخرون في انفجار عرضي داخل مصنع للألعاب النارية."
    assert _attacks(events_pipeline, text) == 0


def test_a_crash_after_a_missile_is_still_an_attack(events_pipeline: Pipeline) -> None:
    text = "أسقط المسلحون طائرة حربية بصاروخ، وتحطمت الطائرة قرب القرية ما أدى إلى مقتل الطيار."
    assert _attacks(events_pipeline, text) >= 1
