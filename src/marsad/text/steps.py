"""Text-layer pipeline steps: lines, tokens (with clitic words), sentences.

``TextLayer`` holds what tokenising needs (normalisation table, segmenter and its
lexicon, per-surface caches), built once per pipeline; the steps only call it.
"""

from __future__ import annotations

import itertools

from marsad.doc import Document, Sentence, Token, TokenKind, Word
from marsad.pipeline import StepFn, step
from marsad.settings import Settings
from marsad.text.lexicon import load_lexicon
from marsad.text.lines import split_lines
from marsad.text.normalize import table_for
from marsad.text.segment import Piece, Segmenter, load_nosplit
from marsad.text.sentences import make_sentence, split_line
from marsad.text.tokenize import TOKEN_RE, glued_kind

_CACHE_LIMIT = 500_000


class TextLayer:
    """Tokenizer + normaliser + clitic segmenter with resources loaded once."""

    def __init__(self, settings: Settings) -> None:
        self.table = table_for(settings.normalize)
        self.segmenter = (
            Segmenter(load_lexicon(), load_nosplit()) if settings.segment_clitics else None
        )
        self._norm: dict[str, str] = {}

    def norm(self, surface: str) -> str:
        out = self._norm.get(surface)
        if out is None:
            out = surface.translate(self.table)
            if len(self._norm) < _CACHE_LIMIT:
                self._norm[surface] = out
        return out

    def tokens(self, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        """Tokens of ``text[start:end]`` with offsets into ``text`` and their words."""
        out: list[Token] = []
        append = out.append
        norm = self.norm
        split = self.segmenter.split if self.segmenter else None
        for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
            a, b = m.span()
            surface = m.group()
            kind = m.lastgroup or "symbol"
            if kind == "word" and split is not None:
                words = _words(split(surface), surface, a)
            elif kind == "glued":
                kind = glued_kind(surface)
                words = _glued_words(surface, a)
            else:
                words = [Word(start=a, end=b, text=surface, form=surface)]
            append(Token(start=a, end=b, text=surface, norm=norm(surface), kind=kind, words=words))  # type: ignore[arg-type]
        return out


def _words(pieces: tuple[Piece, ...], surface: str, start: int) -> list[Word]:
    if len(pieces) == 1:
        return [Word(start=start, end=start + len(surface), text=surface, form=surface)]
    return [
        Word(
            start=start + p.start,
            end=start + p.end,
            text=surface[p.start : p.end],
            form=p.form,
            role=p.role,
        )
        for p in pieces
    ]


def _glued_words(surface: str, start: int) -> list[Word]:
    """``وبـF-35`` -> proclitics ``و`` ``بـ`` (tatweel kept in text) + the Latin/model word."""
    cut = next(i for i, c in enumerate(surface) if c.isascii() or "\u00c0" <= c <= "\u024f")
    words = [
        Word(start=start + i, end=start + i + 1, text=surface[i], form=surface[i], role="proclitic")
        for i in range(cut)
        if surface[i] != "\u0640"
    ]
    if surface[cut - 1] == "\u0640":  # the tatweel belongs to the clitic before it
        last = words[-1]
        last.end += 1
        last.text = surface[last.start - start : last.end - start]
    stem = surface[cut:]
    words.append(Word(start=start + cut, end=start + len(surface), text=stem, form=stem))
    return words


@step("lines", provides=("lines", "related"))
def lines_step(settings: Settings) -> StepFn:
    def run(doc: Document) -> Document:
        doc.lines = split_lines(doc.text)
        doc.related = [ln.text for ln in doc.lines if not ln.body]
        return doc

    return run


@step("tokens", requires=("lines",), provides=("tokens", "words"))
def tokens_step(settings: Settings) -> StepFn:
    layer = TextLayer(settings)

    def run(doc: Document) -> Document:
        tokens: list[Token] = []
        line_starts: list[int] = []
        for line in doc.lines:
            if line.body:
                line_starts.append(len(tokens))
                tokens.extend(layer.tokens(doc.text, line.start, line.end))
        doc.tokens = tokens
        doc.meta["line_token_starts"] = line_starts
        return doc

    return run


@step("sentences", requires=("tokens",), provides=("sentences",))
def sentences_step(settings: Settings) -> StepFn:
    def run(doc: Document) -> Document:
        starts = doc.meta.pop("line_token_starts", [])
        bounds = [*starts, len(doc.tokens)]
        sents: list[Sentence] = []
        for a, b in itertools.pairwise(bounds):
            for rng in split_line(doc.tokens[a:b], a):
                sents.append(make_sentence(doc.text, doc.tokens, rng, len(sents)))
        doc.sentences = sents
        return doc

    return run


__all__ = ["TextLayer", "TokenKind", "lines_step", "sentences_step", "tokens_step"]
