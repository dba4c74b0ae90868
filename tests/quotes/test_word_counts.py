"""The quotes step's word counts: the same as ``len(text.split())`` on any text."""

from __future__ import annotations

import pytest

from marsad.quotes.extract import _words


@pytest.mark.parametrize(
    "seg",
    [
        "",
        " ",
        "   ",
        "قال",
        " قال",
        "قال ",
        "قال الوزير إن",
        "قال  الوزير",  # a double space: counted by splitting
        "قال\tالوزير\nإن",  # other blanks: counted by splitting
        "قال\u00a0الوزير",  # a no-break space is a blank too
        "قال\u200fالوزير إن",  # a mark that is no blank (not printable)
        ' "كلمتان اثنتان" ',
    ],
)
def test_words_count_like_split(seg: str) -> None:
    assert _words(seg) == len(seg.split())
