"""Cue verb classes read no ك proclitic (it glues to nouns), and other classes no س (it
glues to verbs). Words written for the tests."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.events.lexicon import load_resources
from marsad.pipeline import Pipeline
from marsad.text.normalize import NormalizeOptions, normalize


def _has(name: str, word: str) -> bool:
    opts = NormalizeOptions()
    _, cues = load_resources(opts)
    return cues.has(name, normalize(word, opts))


def test_complete_is_no_hope() -> None:
    assert not _has("hope_verbs", "كامل")  # not ك + أمل


def test_hope_verbs_still_read_with_conjunctions() -> None:
    assert _has("hope_verbs", "يأمل")
    assert _has("hope_verbs", "وتأمل")


def test_sunni_is_no_future_intention() -> None:
    assert not _has("intent_words", "سنية")  # not س + نية: س glues to verbs only


def test_future_prefix_still_reads_verb_classes() -> None:
    assert _has("hope_verbs", "سيأمل")


def test_attack_in_a_sunni_area_is_no_intent(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وقال الشهود إن التفجير الذي وقع في حي ذي غالبية سنية استهدف مسجدا قديما في بغداد.",
    )
    assert any(e.type == "ASSAULT" and not e.intent for e in doc.events)
