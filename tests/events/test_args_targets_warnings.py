"""A titled office named with its ministry and place (وزير الشؤون الخارجية والهجرة في
تونس) is the subject; a warning about another state's doing (حذر ... من تدخل تركيا)
criticises that state, past the warner's name in apposition."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_minister_named_by_ministry_and_place_is_the_subject(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وانتقد وزير الشؤون الدينية في الجزائر الحكومة الفرنسية بشدة.")
    assert ("DZA", "ACCUSE", "FRA") in triples(doc)


def test_warning_about_a_state_s_doing_is_criticism(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "حذر وزير الشؤون الخارجية والهجرة في تونس، الأحد، من تدخل تركيا في ليبيا."
    )
    assert ("TUN", "ACCUSE", "TUR") in triples(doc)


def test_warning_past_the_warner_s_name_in_apposition(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "حذر وزير الشؤون الخارجية والهجرة في تونس، عثمان الجرندي، الأحد، من تدخل تركيا في ليبيا.",
    )
    found = triples(doc)
    assert ("TUN", "ACCUSE", "TUR") in found
    assert ("TUN", "THREATEN", "TUR") not in found


def test_a_state_warned_of_consequences_is_threatened(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وحذر الرئيس الأمريكي إيران من عواقب أفعالها.")
    assert ("USA", "THREATEN", "IRN") in triples(doc)
