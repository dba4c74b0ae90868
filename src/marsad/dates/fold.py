"""Folded text with an offset map back to the original.

Matching runs on normalised text (hamza, taa marbuta, diacritics, digits folded),
but spans must point into ``Document.text``; folding can delete characters
(diacritics) or expand one (lam-alef ligatures). The map is kept as breakpoints
(where the shift between folded and original offsets changes), so building it
costs one ``str.translate`` and a pass over the changed runs only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.settings import NormalizeOptions
from marsad.text.normalize import table_for

_WORD = re.compile(r"\w+")


class _Runs(dict[str, str]):
    """Folded form of each run of changed characters met so far: the same few runs
    (ة, أ, ى, a digit string) make most of them, so a dict lookup replaces most
    ``str.translate`` calls."""

    def __init__(self, table: dict[int, str | None]) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, run: str) -> str:
        if len(self) > 50_000:
            self.clear()  # bounded for a long-running service
        folded = self[run] = run.translate(self.table)
        return folded


@lru_cache(maxsize=8)
def _folding(opts: NormalizeOptions) -> tuple[re.Pattern[str], _Runs]:
    """Runs of characters the fold changes (captured, for ``re.split``): most of a
    text is left as it is, and mapping the runs is faster than ``str.translate``
    over every character."""
    table = table_for(opts)
    runs = re.compile("([" + "".join(re.escape(chr(cp)) for cp in table) + "]+)")
    return runs, _Runs(table)


@lru_cache(maxsize=8)
def _changers(opts: NormalizeOptions) -> re.Pattern[str]:
    """Characters whose folding is not one-to-one (deleted or expanded)."""
    table = table_for(opts)
    odd = [chr(cp) for cp, rep in table.items() if rep is None or len(rep) != 1]
    return re.compile("[" + "".join(re.escape(c) for c in odd) + "]+")


@dataclass(slots=True)
class Folded:
    text: str  # folded text
    length: int  # length of the original text
    # breakpoints: from folded index fpos[k] on, original = folded + delta[k]
    fpos: list[int] = field(default_factory=lambda: [0])
    delta: list[int] = field(default_factory=lambda: [0])
    opos: list[int] = field(default_factory=lambda: [0])
    _words: frozenset[str] | None = None

    @property
    def words(self) -> frozenset[str]:
        """The distinct words of the folded text (steps intersect it with their
        trigger vocabulary before looking anything up)."""
        if self._words is None:
            self._words = frozenset(_WORD.findall(self.text))
        return self._words

    def positions(self, origs: list[int]) -> list[int]:
        """``folded_pos`` of many original offsets. A bisection each: a text with many
        diacritics has thousands of breakpoints, and the offsets asked are few."""
        size = len(self.text)
        if len(self.opos) == 1:  # nothing deleted or expanded: offsets are the same
            return [min(o, size) for o in origs]
        # folded_pos inlined: this runs for every sentence bound and trigger token
        opos, delta, fpos, last = self.opos, self.delta, self.fpos, len(self.fpos) - 1
        out: list[int] = []
        for o in origs:
            k = bisect_right(opos, o) - 1
            i = o - delta[k]
            nxt = fpos[k + 1] if k < last else size
            if nxt < i:
                i = nxt
            out.append(i if i < size else size)
        return out

    def _mark(self, f: int, d: int) -> None:
        if self.fpos[-1] == f:
            self.delta[-1], self.opos[-1] = d, f + d
        else:
            self.fpos.append(f)
            self.delta.append(d)
            self.opos.append(f + d)

    def orig_start(self, i: int) -> int:
        """Original offset of folded character ``i`` (the original length at the end)."""
        if i >= len(self.text):
            return self.length
        return i + self.delta[bisect_right(self.fpos, i) - 1]

    def orig_end(self, j: int) -> int:
        """Original end of a folded span ending at ``j`` (exclusive). Characters the
        fold deleted right after the span (tanween on ``غداً``) belong to it."""
        return self.orig_start(j)

    def folded_pos(self, orig: int) -> int:
        """The first folded index whose original offset is >= ``orig``."""
        size = len(self.text)
        k = bisect_right(self.opos, orig) - 1
        i = orig - self.delta[k]
        nxt = self.fpos[k + 1] if k + 1 < len(self.fpos) else size
        if nxt < i:
            i = nxt
        return i if i < size else size


@lru_cache(maxsize=4)
def fold(text: str, opts: NormalizeOptions) -> Folded:
    """The folded text of ``text``; the last few are kept, since the dates and the
    quotes steps fold the same document one after the other."""
    table = table_for(opts)
    runs, folded_run = _folding(opts)
    parts = runs.split(text)  # unchanged text, run, unchanged text, run, ...
    parts[1::2] = map(folded_run.__getitem__, parts[1::2])
    out = Folded("".join(parts), len(text))
    shift = 0  # original minus folded offset after the changes so far
    for m in _changers(opts).finditer(text):
        if not m.group().translate(table):  # a run of deleted marks (harakat, tatweel)
            shift += m.end() - m.start()
            out._mark(m.start() - (shift - (m.end() - m.start())), shift)
            continue
        for k in range(m.start(), m.end()):
            rep = text[k].translate(table)
            f = k - shift  # folded index where this original char's output starts
            if not rep:
                shift += 1
                out._mark(f, shift)
            else:  # expansion: every output char maps back to k
                for extra in range(1, len(rep)):
                    out._mark(f + extra, k - (f + extra))
                shift -= len(rep) - 1
                out._mark(f + len(rep), shift)
    return out
