"""Text-layer pipeline steps: lines, tokens (with clitic words), sentences.

``TextLayer`` holds what tokenising needs (normalisation table, segmenter and its
lexicon, per-surface caches), built once per pipeline; the steps only call it.
"""

from __future__ import annotations

import itertools
import re

from marsad.doc import Document, Sentence, Token, TokenKind, Word
from marsad.pipeline import StepFn, step
from marsad.settings import Settings
from marsad.text.lexicon import load_lexicon
from marsad.text.lines import split_lines
from marsad.text.normalize import table_for
from marsad.text.segment import Piece, RawPiece, Segmenter, as_raw, load_nosplit
from marsad.text.sentences import make_sentence, split_line
from marsad.text.tokenize import TOKEN_RE, glued_kind
from marsad.text.triggers import META_KEY, Triggers, trigger_vocabulary

_CACHE_LIMIT = 500_000
_DIGIT = re.compile(r"\d")


# Per distinct surface: (kind, norm, pieces, trigger); pieces is None for a one-word
# token; trigger: the norm is in a later step's trigger vocabulary (text/triggers.py).
# Only plain tuples of scalars, so the cache leaves the cyclic garbage collector's care.
Entry = tuple[str, str, tuple[RawPiece, ...] | None, bool]


class TextLayer:
    """Tokenizer + normaliser + clitic segmenter with resources loaded once.

    News repeats its words, so everything that depends only on a token's surface
    (normal form, kind, clitic pieces) is computed once per distinct surface and
    cached; the hot loop only builds the offset-carrying structs.
    """

    def __init__(self, settings: Settings) -> None:
        self.table = table_for(settings.normalize)
        self.segmenter = (
            Segmenter(load_lexicon(), load_nosplit()) if settings.segment_clitics else None
        )
        self._cache: dict[str, Entry] = {}
        self.triggers = trigger_vocabulary(settings)

    def entry(self, surface: str, kind: str) -> Entry:
        pieces: tuple[Piece, ...] | None = None
        if kind == "word" and self.segmenter is not None:
            split = self.segmenter.split(surface, cache=False)  # cached here, once
            pieces = split if len(split) > 1 else None
        elif kind == "glued":
            kind = glued_kind(surface)
            pieces = glued_pieces(surface)
        elif kind == "model" and self.segmenter is not None and "\u0621" <= surface[0] <= "\u064a":
            pieces = self._model_pieces(surface)
        norm = surface.translate(self.table)
        trig = self.triggers
        trigger = norm in trig.words or (trig.digits and _DIGIT.search(norm) is not None)
        raw = None if pieces is None else as_raw(pieces)
        out = (kind, norm, raw, trigger)
        if len(self._cache) < _CACHE_LIMIT:  # bound memory on huge, diverse input
            self._cache[surface] = out
        return out

    def _model_pieces(self, surface: str) -> tuple[Piece, ...] | None:
        """``وإس-400`` -> ``و`` + ``إس-400``: the proclitics the Arabic part splits off."""
        assert self.segmenter is not None
        head = surface[: next(i for i, c in enumerate(surface) if c in "-‐–")]
        split = self.segmenter.split(head)
        clitics = [p for p in split if p.role == "proclitic"]
        if not clitics or len(clitics) == len(split) or split[-1].role == "enclitic":
            return None
        cut = clitics[-1].end
        return (*clitics, Piece(cut, len(surface), surface[cut:], "stem"))

    def tokens(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        flagged: list[int] | None = None,
        base: int = 0,
    ) -> list[Token]:
        """Tokens of ``text[start:end]`` with offsets into ``text`` and their words;
        ``flagged`` gets ``base`` + the index (in the returned list) of each trigger."""
        out: list[Token] = []
        flag = ([] if flagged is None else flagged).append
        append = out.append
        cached, entry = self._cache.get, self.entry
        # the hot loop: one cache lookup per token, then only the offset-carrying structs
        for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
            surface = m.group()
            kind, norm, pieces, trigger = cached(surface) or entry(surface, m.lastgroup or "symbol")
            if trigger:
                flag(base + len(out))
            a, b = m.span()
            if pieces is None:
                words = [Word(start=a, end=b, text=surface, form=surface)]
            else:
                words = []
                for s, e, f, r in pieces:  # a loop: a comprehension is a call in 3.11
                    words.append(Word(start=a + s, end=a + e, text=surface[s:e], form=f, role=r))
            append(Token(start=a, end=b, text=surface, norm=norm, kind=kind, words=words))  # type: ignore[arg-type]
        return out


def glued_pieces(surface: str) -> tuple[Piece, ...]:
    """``وبـF-35`` -> proclitics ``و`` ``بـ`` (the tatweel stays with its clitic) + the name."""
    cut = next(i for i, c in enumerate(surface) if c.isascii() or "\u00c0" <= c <= "\u024f")
    letters = [i for i in range(cut) if surface[i] != "\u0640"]
    pieces = [
        Piece(i, letters[k + 1] if k + 1 < len(letters) else cut, surface[i], "proclitic")
        for k, i in enumerate(letters)
    ]
    pieces.append(Piece(cut, len(surface), surface[cut:], "stem"))
    return tuple(pieces)


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
        triggers: list[int] = []
        for line in doc.lines:
            if line.body:
                line_starts.append(len(tokens))
                tokens.extend(layer.tokens(doc.text, line.start, line.end, triggers, len(tokens)))
        doc.tokens = tokens
        doc.meta["line_token_starts"] = line_starts
        if layer.triggers.steps:
            doc.meta[META_KEY] = Triggers(steps=layer.triggers.steps, tokens=triggers)
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
