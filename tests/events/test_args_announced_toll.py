"""أعلنت وزارة الصحة مقتل 15 فلسطينيا: an unarmed body announcing a toll reports it and
did not kill (``coder._announced_toll``); an army or a government announcing the deaths
of militants keeps its act. Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import code, country_pairs

from marsad.pipeline import Pipeline


def _sources(pipe: Pipeline, text: str) -> set[str | None]:
    return {s for s, _ in country_pairs(code(pipe, text, "2018-05-14"), "ASSAULT")}


def test_health_ministry_reports_the_toll(events_pipeline: Pipeline) -> None:
    text = "وأعلنت وزارة الصحة الفلسطينية عن مقتل 12 فلسطينيا خلال المواجهات على الحدود."
    pairs = country_pairs(code(events_pipeline, text, "2018-05-14"), "ASSAULT")
    assert pairs and ("PSE", "PSE") not in pairs, pairs


def test_monitor_reports_the_toll(events_pipeline: Pipeline) -> None:
    text = "وأعلنت المنظمة الدولية للهجرة مقتل 20 مهاجرا في اليمن."
    assert "IGO" not in _sources(events_pipeline, text)


def test_army_announcing_a_toll_keeps_its_act(events_pipeline: Pipeline) -> None:
    text = "وأعلن الجيش التركي مقتل 20 مسلحا من حزب العمال الكردستاني شمالي العراق."
    assert "TUR" in _sources(events_pipeline, text)


def test_government_announcing_militants_killed_keeps_its_act(
    events_pipeline: Pipeline,
) -> None:
    text = "وأعلنت وزارة الداخلية المصرية مقتل 6 مسلحين في تبادل لإطلاق النار بالجيزة."
    assert "EGY" in _sources(events_pipeline, text)
