"""Shared helpers for the text-layer tests (our own sentences only)."""

from __future__ import annotations

from marsad.doc import Document, Token
from marsad.pipeline import Pipeline
from marsad.settings import Settings
from marsad.text.steps import TextLayer

TEXT_STEPS = ("lines", "tokens", "sentences")


def text_layer() -> TextLayer:
    return TextLayer(Settings())


def tokens(text: str) -> list[Token]:
    return text_layer().tokens(text)


def surfaces(text: str) -> list[str]:
    return [t.text for t in tokens(text)]


def words_of(text: str) -> list[str]:
    """``و+قال`` style rendering of each token's word forms."""
    return ["+".join(w.form for w in t.words) for t in tokens(text)]


def analyse(text: str) -> Document:
    return Pipeline(Settings(steps=TEXT_STEPS))(Document(text=text))
