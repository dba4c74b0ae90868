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


@dataclass(frozen=True, slots=True)
class _Folding:
    """What folding a text needs for one set of options.

    Most of a text is left as it is and only a handful of distinct characters change
    (ة, أ, ى, a digit): the distinct changed runs are found with one regex pass, and
    each of their characters is replaced over the whole text by ``str.replace``, which
    is far cheaper than ``str.translate`` (a dict lookup per character) or splitting
    the text at every changed run."""

    table: dict[int, str | None]
    runs: re.Pattern[str]  # runs of characters the fold changes
    odd: frozenset[str]  # characters whose folding is not one-to-one
    # a replacement holding another changed character (ﮎ -> ک, itself -> ك) must come
    # after that character's own replacement, so that nothing is folded twice
    late: frozenset[str]
    # two levels of that: replacing in order would not give str.translate's result
    ordered: bool
    # the changed characters of nearly every Arabic text, each looked for by ``in``;
    # a regex pass over the text for all the others most often finds none
    common: tuple[str, ...] = ()
    rare: re.Pattern[str] | None = None


@lru_cache(maxsize=8)
def _folding(opts: NormalizeOptions) -> _Folding:
    table = table_for(opts)
    runs = re.compile("[" + "".join(re.escape(chr(cp)) for cp in table) + "]+")
    odd = frozenset(chr(cp) for cp, rep in table.items() if rep is None or len(rep) != 1)
    late = frozenset(
        chr(cp) for cp, rep in table.items() if rep and any(ord(c) in table for c in rep)
    )
    ordered = not any(ord(c) in table and c in late for k in late for c in table[ord(k)] or "")
    common = tuple(c for c in _COMMON if ord(c) in table)
    others = "".join(re.escape(chr(cp)) for cp in table if chr(cp) not in common)
    rare = re.compile("[" + others + "]") if others else None
    return _Folding(table, runs, odd, late, ordered, common, rare)


# hamza seats, taa marbuta, alef maqsura, tanween, shadda, short vowels, tatweel
_COMMON = "\u0629\u0623\u0649\u0625\u0626\u0624\u0622\u064b\u0651\u064f\u064e\u0640"


def _changed(text: str, f: _Folding) -> set[str]:
    """The characters of ``text`` that the fold changes."""
    chars = {c for c in f.common if c in text}
    if f.rare is None:
        chars.update("".join(set(f.runs.findall(text))))
    elif (first := f.rare.search(text)) is not None:
        # only the rare ones are left to find, from the first on: the common ones are
        # in ``chars``, and a pass for single characters costs less than one for runs
        chars.update(f.rare.findall(text, first.start()))
    return chars


def _fold_text(text: str, f: _Folding) -> tuple[str, frozenset[str]]:
    """``text.translate(table)``, and the deleted or expanded characters met."""
    chars = _changed(text, f)
    if not chars:
        return text, frozenset()
    odd = f.odd.intersection(chars)
    if not f.ordered:
        return text.translate(f.table), odd
    table = f.table
    # the characters whose replacement holds no changed one first, each set in order
    # (what sorting by (c in late, c) gives, without a key call per character)
    late = f.late.intersection(chars)
    for c in (*sorted(chars.difference(late)), *sorted(late)):
        text = text.replace(c, table[ord(c)] or "")
    return text, odd


def _odd_runs(text: str, odd: frozenset[str]) -> list[tuple[int, int]]:
    """The runs of the given characters in ``text``, in order: they are few (a
    tanween, a tatweel), and ``str.find`` for each is cheaper than a regex pass."""
    at: list[int] = []
    for c in odd:
        i = text.find(c)
        while i >= 0:
            at.append(i)
            i = text.find(c, i + 1)
    at.sort()
    runs: list[tuple[int, int]] = []
    for i in at:
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


@dataclass(slots=True)
class Folded:
    text: str  # folded text
    length: int  # length of the original text
    # breakpoints: from folded index fpos[k] on, original = folded + delta[k]
    fpos: list[int] = field(default_factory=lambda: [0])
    delta: list[int] = field(default_factory=lambda: [0])
    opos: list[int] = field(default_factory=lambda: [0])
    _words: frozenset[str] | None = None
    _shifts: list[int] | None = None  # see _lookup
    _caps: list[int] | None = None

    @property
    def words(self) -> frozenset[str]:
        """The distinct words of the folded text (steps intersect it with their
        trigger vocabulary before looking anything up)."""
        if self._words is None:
            self._words = frozenset(_WORD.findall(self.text))
        return self._words

    def one_to_one(self) -> bool:
        """Whether nothing was deleted or expanded: folded and original offsets are the
        same (a text opening with a deleted mark, U+200F, has one breakpoint too, with
        a shift)."""
        return len(self.opos) == 1 and not self.delta[0]

    def positions(self, origs: list[int]) -> list[int]:
        """``folded_pos`` of many original offsets. A bisection each: a text with many
        diacritics has thousands of breakpoints, and the offsets asked are few."""
        size = len(self.text)
        # nothing deleted or expanded: offsets are the same (a text opening with a
        # deleted mark, U+200F, has one breakpoint too, with a shift)
        if len(self.opos) == 1 and not self.delta[0]:
            return [o if o < size else size for o in origs]
        # folded_pos inlined: this runs for every sentence bound and trigger token.
        # Indexed by bisect_right's answer k: the shift before it and the cap (the next
        # breakpoint, or the end), so that each offset costs one lookup of each
        shifts, caps = self._lookup()
        opos = self.opos
        out: list[int] = []
        for o in origs:
            k = bisect_right(opos, o)
            i, cap = o - shifts[k], caps[k]
            out.append(i if i < cap else cap)
        return out

    def _lookup(self) -> tuple[list[int], list[int]]:
        """``positions``' tables, built on its first call: ``shifts[k]`` is
        ``delta[k - 1]``, ``caps[k]`` the folded breakpoint ``k`` (the text's length
        after the last), neither past the end of the folded text."""
        if self._shifts is None or self._caps is None:
            size = len(self.text)
            self._shifts = [0, *self.delta]
            self._caps = [0, *(f if f < size else size for f in self.fpos[1:]), size]
        return self._shifts, self._caps

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
        # orig_start's body, not a call to it: both run for every date and quote bound
        if j >= len(self.text):
            return self.length
        return j + self.delta[bisect_right(self.fpos, j) - 1]

    def folded_pos(self, orig: int) -> int:
        """The first folded index whose original offset is >= ``orig``."""
        size = len(self.text)
        k = bisect_right(self.opos, orig) - 1
        i = orig - self.delta[k]
        nxt = self.fpos[k + 1] if k + 1 < len(self.fpos) else size
        if nxt < i:
            i = nxt
        return i if i < size else size


# the last text folded, its options and its Folded: the quotes step asks for the
# document the dates step folded just before, found by identity (no hash of the
# text or the options). One tuple, read and replaced whole, so that threads never
# see a mixed entry.
_LAST: list[tuple[str, NormalizeOptions, Folded] | None] = [None]


def fold(text: str, opts: NormalizeOptions) -> Folded:
    """The folded text of ``text``; the last one is kept, since the dates and the
    quotes steps fold the same document one after the other. No cache keyed by the
    text: its key would hash the whole text and the options (a Python __hash__) for
    every document, and only the last one is ever asked again."""
    last = _LAST[0]
    # equal options built apart (two Settings) fold alike: the second step still
    # finds the document folded
    if last is not None and last[0] is text and (last[1] is opts or last[1] == opts):
        return last[2]
    out = _fold_new(text, opts)
    _LAST[0] = (text, opts, out)
    return out


# the options last folded for and their _Folding: the same ones come with every
# document, and this identity check spares _folding's lru_cache key hash
_LAST_FOLDING: list[tuple[NormalizeOptions, _Folding] | None] = [None]


def _fold_new(text: str, opts: NormalizeOptions) -> Folded:
    known = _LAST_FOLDING[0]
    if known is not None and known[0] is opts:
        folding = known[1]
    else:
        folding = _folding(opts)
        _LAST_FOLDING[0] = (opts, folding)
    table = folding.table  # table_for(opts), without another cache lookup
    ftext, odd = _fold_text(text, folding)
    # the breakpoint lists given: three default factories (Python calls) cost more
    out = Folded(ftext, len(text), [0], [0], [0])
    if not odd:
        return out  # one-to-one: folded and original offsets are the same
    shift = 0  # original minus folded offset after the changes so far
    fpos, delta, opos = out.fpos, out.delta, out.opos
    for a, b in _odd_runs(text, odd):
        if not text[a:b].translate(table):  # a run of deleted marks (harakat, tatweel)
            f = a - shift
            shift += b - a
            # out._mark(f, shift) inlined: most runs are of this kind
            if fpos[-1] == f:
                delta[-1], opos[-1] = shift, f + shift
            else:
                fpos.append(f)
                delta.append(shift)
                opos.append(f + shift)
            continue
        for k in range(a, b):
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
