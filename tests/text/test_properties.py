"""Property: every line, sentence, token and word maps back to its exact substring."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.text.helpers import analyse

from marsad.doc import Document
from marsad.text.normalize import normalize

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى"
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
_DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۴"
_PUNCT = ".,،؛:!?؟…\"'«»“”()-–/\\@#%_"
_LATIN = "abcXYZéS"
_CONTROLS = "\u200b\u200c\u200d\u200e\u200f\u202b\u202c\u2067\u2069\ufeff\u00ad"
_SPACE = " \n\t\r\u00a0\u2028"
_PIECES = [
    "و",
    "ف",
    "ب",
    "ل",
    "ال",
    "لل",
    "ـ",
    "S-400",
    "إس-400",
    "14/12/2020",
    "3.5",
    "https://a.b/c",
    "x@y.org",
    "#وسم",
    "اقرأ أيضاً: ",
    "(CNN)",
    "د.",
]

chars = st.sampled_from(_LETTERS + _MARKS + _DIGITS + _PUNCT + _LATIN + _CONTROLS + _SPACE)
pieces = st.one_of(chars, st.sampled_from(_PIECES))
texts = st.lists(pieces, max_size=120).map("".join)


def _check(doc: Document) -> None:
    text = doc.text
    for span in [*doc.lines, *doc.sentences, *doc.tokens]:
        assert text[span.start : span.end] == span.text
    previous_end = 0
    for tok in doc.tokens:
        assert tok.start >= previous_end, "tokens overlap or are out of order"
        assert tok.end > tok.start
        previous_end = tok.end
        assert tok.words, "every token has at least one word"
        for word in tok.words:
            assert tok.start <= word.start < word.end <= tok.end
            assert text[word.start : word.end] == word.text
    for sent in doc.sentences:
        inside = doc.tokens[sent.token_start : sent.token_end]
        assert inside and inside[0].start == sent.start and inside[-1].end == sent.end


@settings(max_examples=400, deadline=None)
@given(texts)
def test_spans_map_back_to_their_exact_substring(text: str) -> None:
    _check(analyse(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(texts, min_size=1, max_size=6).map("\n".join))
def test_spans_map_back_in_multi_line_documents(text: str) -> None:
    _check(analyse(text))


@settings(max_examples=200, deadline=None)
@given(texts)
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
