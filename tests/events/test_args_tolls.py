"""The toll of a named attack: it falls on the body the attack was aimed at (a passing
patrol, the object of استهدف), and the army that announces its own men's deaths did not
cause them (``coder._toll_of_attack``, ``coder._attack_relative``, ``coder._passing``)."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_announced_toll_of_an_attack_on_the_announcers_patrol(events_pipeline: Pipeline) -> None:
    text = (
        "وأعلن الجيش الأمريكي مقتل جندي وإصابة اثنين في هجوم بسيارة مفخخة استهدف "
        "دورية للجيش الأمريكي شمال بغداد."
    )
    found = triples(code(events_pipeline, text))
    assert ("UAF", "ASSAULT", "USA") in found
    assert ("USA", "ASSAULT", "USA") not in found  # the army did not attack itself
    assert ("USA", "ASSAULT", "IRQ") not in found


def test_announcer_of_enemy_deaths_keeps_the_act(events_pipeline: Pipeline) -> None:
    # the army announcing militants' deaths killed them: its code differs from theirs
    text = "وأعلن الجيش الباكستاني مقتل ستة مسلحين في اشتباكات قرب الحدود."
    assert any(
        src == "PAK" and kind == "ASSAULT" for src, kind, _ in triples(code(events_pipeline, text))
    )


def test_blast_as_a_patrol_passes_past_a_bracketed_word(events_pipeline: Pipeline) -> None:
    text = "وقتل شخصان في انفجار عبوة ناسفة في حي الكرادة (وسط) لدى مرور دورية للجيش العراقي."
    assert ("UAF", "ASSAULT", "IRQ") in triples(code(events_pipeline, text))
    doc = code(events_pipeline, text)
    assert any(e.target and e.target.actor == "IRQMIL" for e in doc.events)
