"""A block word may stand after a count in digits (اعتراض 3 صواريخ): the counted noun is
read as the word after the trigger (``triggers._next_keys``)."""

from __future__ import annotations

from marsad.events.triggers import _next_keys, keys


def test_the_counted_noun_is_the_next_word() -> None:
    norms = ["تم", "اعتراض", "3", "صواريخ", "فوق", "المدينه"]
    assert _next_keys(norms, 1) == keys("صواريخ")


def test_a_word_after_the_trigger_is_read_as_before() -> None:
    norms = ["ابدت", "اعتراضها", "علي", "القرار"]
    assert _next_keys(norms, 1) == keys("علي")


def test_a_count_closing_the_sentence_is_read_itself() -> None:
    assert _next_keys(["اعتراض", "3"], 0) == keys("3")
    assert _next_keys(["اعتراض"], 0) == frozenset()
