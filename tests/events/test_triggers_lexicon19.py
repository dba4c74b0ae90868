"""Lexicon 1.9 (issue 5): striking targets, imprisoning after تم, dispersing protesters.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, trigger_hits, triples

from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("واعتادت الطائرات على ضرب الأهداف العسكرية في المنطقة", "ASSAULT"),
        ("وقال التقرير إنه تم سجن مئات الصحفيين خلال العام", "COERCE"),
        ("وقامت قوات الأمن بتفريق المتظاهرين بالقوة", "COERCE"),
    ],
)
def test_trigger_reads(text: str, kind: str) -> None:
    assert kind in [h.spec.type for h in trigger_hits(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a quake or storm strikes, an example is given: no target noun follows
        "وضرب زلزال قوي جنوب البلاد",
        "وضرب الوزير مثلا بالتجربة اليابانية",
        # the prison itself
        "ونقل المعتقل إلى سجن في شمال البلاد",
        "وزار الوفد سجن المدينة المركزي",
    ],
)
def test_other_readings_are_no_triggers(text: str) -> None:
    kinds = [h.spec.type for h in trigger_hits(text)]
    assert "ASSAULT" not in kinds and "COERCE" not in kinds


def test_striking_targets_by_verb_is_left_to_the_verb() -> None:
    """ضرب الجيش أهدافا: an accusative object makes ضرب the verb, which has no entry
    (its forms spell ضربة); the noun reading needs a genitive."""
    assert not trigger_hits("وقال البيان إن الجيش ضرب أهدافا في المدينة")


def test_imprisoned_in_a_named_state(events_pipeline: Pipeline) -> None:
    text = "ومنذ العام الماضي تم سجن نحو ألف معارض في مصر."
    assert ("EGY", "COERCE", "EGY") in triples(code(events_pipeline, text))


def test_police_dispersing_protesters(events_pipeline: Pipeline) -> None:
    text = "وقامت الشرطة العراقية بتفريق المتظاهرين في بغداد."
    assert ("IRQ", "COERCE", "IRQ") in triples(code(events_pipeline, text))


def test_a_prison_visited_is_no_arrest(events_pipeline: Pipeline) -> None:
    text = "وزار الوفد الأمريكي سجن طرة في مصر."
    assert not any(t == "COERCE" for _, t, _ in triples(code(events_pipeline, text)))


def test_imprisoning_at_a_clause_start_still_reads() -> None:
    assert [h.spec.type for h in trigger_hits("وسجنت السلطات الصحفي ثلاث سنوات")] == ["COERCE"]
    assert [h.spec.type for h in trigger_hits("سجن القضاء الصحفي ثلاث سنوات")] == ["COERCE"]


def test_a_guest_of_the_host(events_pipeline: Pipeline) -> None:
    text = "وكان الرئيس الإيراني في ضيافة الرئيس التركي في أنقرة أمس."
    assert ("IRN", "CONSULT", "TUR") in triples(code(events_pipeline, text))


def test_hospitality_as_a_trade_is_no_visit() -> None:
    assert not trigger_hits("ويزدهر قطاع الضيافة في الإمارات")


@pytest.mark.parametrize(
    "text",
    ["وفر السكان مع تقدم القوات الحكومية نحو المدينة", "وتواصل تقدم الجيش في الجبهة الشرقية"],
)
def test_forces_advancing_is_an_assault(text: str) -> None:
    assert "ASSAULT" in [h.spec.type for h in trigger_hits(text)]


@pytest.mark.parametrize(
    "text", ["وأشاد الوزير بتقدم المفاوضات مع الجانب الآخر", "وتقدم المحامي بطلب إلى المحكمة"]
)
def test_progress_and_submitting_are_no_assault(text: str) -> None:
    assert "ASSAULT" not in [h.spec.type for h in trigger_hits(text)]
