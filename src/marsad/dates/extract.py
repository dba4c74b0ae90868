"""Find temporal expressions in text and resolve them against an anchor date."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from marsad.dates.fold import Folded, fold
from marsad.dates.lexicon import DateLexicon, load_lexicon
from marsad.dates.model import Context, Hit, alt
from marsad.dates.rules import Grammar, tense_window
from marsad.doc import DateExpr
from marsad.settings import NormalizeOptions

Span = tuple[int, int, int]  # original start, end, sentence index


class DateFinder:
    """Load the lexicon and compile the grammar once; ``find`` per document."""

    def __init__(self, opts: NormalizeOptions | None = None) -> None:
        self.opts = opts or NormalizeOptions()
        self.lex: DateLexicon = load_lexicon(self.opts)
        self.grammar = Grammar(self.lex)
        self._part = re.compile(
            r"(?<!\w)[وفبل]?(?P<p>" + alt(self.lex.period_parts) + r")\s+(?:من\s+)?$"
        )

    def find(
        self, text: str, dct: date | None, spans: Iterable[Span] | None = None
    ) -> list[DateExpr]:
        """Expressions inside ``spans`` (default: the whole text as sentence -1)."""
        folded = fold(text, self.opts)
        out: list[DateExpr] = []
        for start, end, index in spans if spans is not None else [(0, len(text), -1)]:
            fs, fe = folded.folded_pos(start), folded.folded_pos(end)
            for h in self._span_hits(text, folded, fs, fe, dct):
                s, e = folded.orig_start(h.start), folded.orig_end(h.end)
                out.append(
                    DateExpr(
                        start=s,
                        end=e,
                        text=text[s:e],
                        sentence=index,
                        type=h.type,
                        value=h.value,
                        end_value=h.end_value,
                        anchor=h.anchor,
                    )
                )
        return out

    def _span_hits(
        self, text: str, folded: Folded, fs: int, fe: int, dct: date | None
    ) -> list[Hit]:
        ftext = folded.text
        sent = ftext[fs:fe]
        ctx = Context(
            text=ftext,
            raw=text,
            raw_of=lambda a, b: text[folded.orig_start(a) : folded.orig_end(b)],
            dct=dct,
            lex=self.lex,
            tense_at=lambda pos: tense_window(sent, pos - fs, self.lex),
        )
        hits: list[Hit] = []
        for rule in self.grammar.rules:
            for m in rule.pattern.finditer(ftext, fs, fe):
                h = rule.handler(m, ctx)
                if h is not None:
                    hits.append(h)
        return [self._extend(h, ftext, fs) for h in _longest(hits)]

    def _extend(self, h: Hit, ftext: str, fs: int) -> Hit:
        """Take a period part before the expression into it (``أواخر`` العام الماضي)."""
        m = self._part.search(ftext, max(fs, h.start - 24), h.start)
        if m is None:
            return h
        return Hit(m.start("p"), h.end, h.type, h.value, h.end_value, h.anchor)


def _longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, longest first, then in text order."""
    chosen: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(h.end <= c.start or h.start >= c.end for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)
