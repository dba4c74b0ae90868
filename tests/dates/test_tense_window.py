"""The tense window never reads outside its text."""

from __future__ import annotations

from marsad.dates.lexicon import load_lexicon
from marsad.dates.rules import tense_window
from marsad.settings import NormalizeOptions


def test_position_past_the_end_is_clamped() -> None:
    lex = load_lexicon(NormalizeOptions())
    text = "وصل الوفد إلى المدينة"
    assert tense_window(text, len(text) + 40, lex) == "past"


def test_future_marker_near_position() -> None:
    lex = load_lexicon(NormalizeOptions())
    text = "سيزور الوزير العاصمة في آذار"
    assert tense_window(text, text.index("آذار"), lex) == "future"
