"""The tense window never reads outside its text."""

from __future__ import annotations

from marsad.dates.lexicon import load_lexicon
from marsad.dates.rules import tense_window, tense_within
from marsad.settings import NormalizeOptions


def test_position_past_the_end_is_clamped() -> None:
    lex = load_lexicon(NormalizeOptions())
    text = "وصل الوفد إلى المدينة"
    assert tense_window(text, len(text) + 40, lex) == "past"


def test_future_marker_near_position() -> None:
    lex = load_lexicon(NormalizeOptions())
    text = "سيزور الوزير العاصمة في آذار"
    assert tense_window(text, text.index("آذار"), lex) == "future"


def test_a_sentence_read_in_place_reads_nothing_of_the_one_before() -> None:
    # the future verb ends the sentence before; read in place, the second sentence
    # stays past as its own slice does
    lex = load_lexicon(NormalizeOptions())
    first, second = "غدا سيزور الوزير المدينة. ", "عاد الوفد في آذار"
    text = first + second
    at = text.index("آذار")
    start, end = len(first), len(text)
    assert tense_window(text[start:end], at - start, lex) == "past"
    assert tense_within(text, start, end, at, lex) == "past"
    assert tense_within(text, 0, end, at, lex) == "future"
