"""Cue verb classes read no ك proclitic: it glues to nouns. Words written for the tests."""

from __future__ import annotations

from marsad.events.lexicon import load_resources
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
