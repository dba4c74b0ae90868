"""Whoever survived an attack (نجا فلان من محاولة اغتيال) is its target, never its doer
(``coder._survivor``)."""

from __future__ import annotations

from tests.events.conftest import code, country_pairs

from marsad.pipeline import Pipeline


def test_survivor_is_the_target(events_pipeline: Pipeline) -> None:
    text = "نجا وزير الداخلية الأفغاني من هجوم انتحاري استهدف موكبه شرق البلاد أمس."
    pairs = country_pairs(code(events_pipeline, text, "2018-07-22"), "ASSAULT")
    assert pairs and all(t == "AFG" and s != "AFG" for s, t in pairs), pairs


def test_survivor_after_the_attack_noun(events_pipeline: Pipeline) -> None:
    text = "تعرض الموكب لعملية تفجير نجا منها رئيس الوزراء الباكستاني."
    pairs = country_pairs(code(events_pipeline, text, "2018-04-28"), "ASSAULT")
    assert any(t == "PAK" for _, t in pairs), pairs
