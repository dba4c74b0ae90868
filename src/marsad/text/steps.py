"""Text-layer pipeline steps: lines, tokens (with clitic words), sentences."""

from __future__ import annotations

import itertools

from marsad.doc import Document, Sentence, Token, Word
from marsad.pipeline import StepFn, step
from marsad.settings import Settings
from marsad.text.lines import split_lines
from marsad.text.normalize import normalize
from marsad.text.segment import segment
from marsad.text.sentences import make_sentence, split_line
from marsad.text.tokenize import iter_tokens


@step("lines", provides=("lines", "related"))
def lines_step(settings: Settings) -> StepFn:
    def run(doc: Document) -> Document:
        doc.lines = split_lines(doc.text)
        doc.related = [ln.text for ln in doc.lines if not ln.body]
        return doc

    return run


@step("tokens", requires=("lines",), provides=("tokens", "words"))
def tokens_step(settings: Settings) -> StepFn:
    opts = settings.normalize
    split = settings.segment_clitics

    def run(doc: Document) -> Document:
        text = doc.text
        tokens: list[Token] = []
        line_starts: list[int] = []
        for line in doc.lines:
            if not line.body:
                continue
            line_starts.append(len(tokens))
            for start, end, kind in iter_tokens(text, line.start, line.end):
                surface = text[start:end]
                if kind == "word" and split:
                    words = segment(surface, start)
                else:
                    words = [Word(start=start, end=end, text=surface, form=surface)]
                tokens.append(
                    Token(
                        start=start,
                        end=end,
                        text=surface,
                        norm=normalize(surface, opts),
                        kind=kind,  # type: ignore[arg-type]
                        words=words,
                    )
                )
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
