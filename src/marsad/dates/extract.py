"""Find temporal expressions in text and resolve them against an anchor date."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from itertools import pairwise
from operator import attrgetter, itemgetter, methodcaller

from marsad.dates.calendar import Tense
from marsad.dates.fold import Folded, fold
from marsad.dates.lexicon import DateLexicon, load_lexicon
from marsad.dates.model import Context, Hit, alt
from marsad.dates.rules import Grammar, tense_window, tense_within
from marsad.doc import DateExpr, Token
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize

Span = tuple[int, int, int]  # original start, end, sentence index


class DateFinder:
    """Load the lexicon and compile the grammar once; ``find`` per document."""

    def __init__(self, opts: NormalizeOptions | None = None) -> None:
        self.opts = opts or NormalizeOptions()
        self.lex: DateLexicon = load_lexicon(self.opts)
        self.grammar = Grammar(self.lex)
        self._reaches = _Reaches(self.grammar, [rule.reach for rule in self.grammar.rules])
        self._part = re.compile(
            r"(?<!\w)[وفبل]?(?P<p>" + alt(self.lex.period_parts) + r")\s+(?:من\s+)?$"
        )
        # the last word of each part: what the word before an expression must end with
        # for ``_part`` to match there (a check far cheaper than the search)
        self._part_ends = tuple({p.split()[-1] for p in self.lex.period_parts})
        # their last letters and من's: when the word before the space before an
        # expression ends in none of them, it is no part and no من, which ``_extend``
        # would only find after slicing the text before the expression
        self._part_last_chars = frozenset({e[-1] for e in self._part_ends} | {"ن"})
        # per rule, its needs' search (None without one), its pattern's search and its
        # handler, read once: three attribute loads per rule and sentence cost more
        self._run = [
            (None if r.needs is None else r.needs.search, r.pattern.search, r.handler)
            for r in self.grammar.rules
        ]

    def find(
        self,
        text: str,
        dct: date | None,
        spans: Iterable[Span] | None = None,
        tokens: Sequence[Token] | None = None,
    ) -> list[DateExpr]:
        """Expressions inside ``spans`` (default: the whole text as sentence -1).
        ``tokens``, the text layer's tokens of ``text`` (or only those it flagged as
        triggers), spare a pass over the text."""
        given = list(spans) if spans is not None else [(0, len(text), -1)]
        origs = [x for s, e, _ in given for x in (s, e)]
        if tokens is not None:
            picked = _token_picks(self._reaches.index, tokens)
            if not picked:
                return []  # no trigger word and no number: nothing to fold or search
            folded = fold(text, self.opts)
            # the sentence bounds and the triggers' offsets mapped in one call
            n = len(origs)
            origs += [x for a, b, _ in picked for x in (a, b)]
            bounds = folded.positions(origs)
            found = _token_occurrences(self._reaches, folded.text, picked, bounds[n:])
            bounds = bounds[:n]
        else:
            folded = fold(text, self.opts)
            bounds = folded.positions(origs)
            found = _text_occurrences(self._reaches, folded)
        starts, ends = bounds[0::2], bounds[1::2]
        windows = _windows(folded.text, starts, ends, found)
        if not windows:
            return []  # no trigger inside a body sentence
        out: list[DateExpr] = []
        shifts: dict[int, Hit] = {}
        ctx, tense = self._context(text, folded, dct)
        same = len(folded.fpos) == 1 and not folded.delta[0]
        # only the sentences with a trigger, in text order (``_windows`` adds them so)
        for k, per_rule in windows.items():
            fs = tense.fs = starts[k]  # tense.sentence(fs, fe), without a call
            tense.fe = ends[k]
            hits = self._span_hits(ctx, fs, per_rule)
            if not hits:
                continue
            index = given[k][2]
            for h in hits:
                if same:  # nothing deleted or expanded: the offsets are the original's
                    s, e = h.start, h.end
                else:
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
                        historical=h.historical,
                    )
                )
                if h.shift is not None or h.step is not None or h.historical:
                    shifts[len(out) - 1] = h
        if len(out) > 1:
            self._share_range_years(text, out)
        return _resolve_text_anchors(out, shifts, dct)

    def _share_range_years(self, text: str, found: list[DateExpr]) -> None:
        """``بين مايو ويونيو 2011``, ``من 10 مارس إلى 15 مايو 2011``: the first end of a
        range written without its year takes the year written at the other end
        (the year before when its month comes later: ديسمبر إلى فبراير 2011)."""
        for a, b in pairwise(found):
            if a.anchor != "published" or b.anchor != "absolute" or not a.value or not b.value:
                continue
            if not (_YEAR_MONTH_OR_DAY.match(a.value) and _YEAR_MONTH_OR_DAY.match(b.value)):
                continue
            if not _RANGE_LINK.match(text, a.end, b.start) or not self._names_month(a.text):
                continue
            year = int(b.value[:4]) - (1 if a.value[5:7] > b.value[5:7] else 0)
            a.value = f"{year:04d}{a.value[4:]}"
            a.end_value = f"{year:04d}{a.end_value[4:]}" if a.end_value else None
            a.anchor = "absolute"

    def _names_month(self, surface: str) -> bool:
        words = normalize(surface, self.opts).split()
        return any(w in self.lex.months for w in words)

    def _context(self, text: str, folded: Folded, dct: date | None) -> tuple[Context, _Tense]:
        """One match context per document; its tense reader is moved from sentence to
        sentence (a context and two closures per sentence cost more than the rules)."""
        tense = _Tense(folded.text, self.lex)
        ctx = Context(
            text=folded.text,
            raw=text,
            raw_of=lambda a, b: text[folded.orig_start(a) : folded.orig_end(b)],
            dct=dct,
            lex=self.lex,
            tense_at=tense,
        )
        return ctx, tense

    def _span_hits(
        self, ctx: Context, fs: int, windows: dict[int, list[tuple[int, int, int]]]
    ) -> list[Hit]:
        ftext = ctx.text
        hits: list[Hit] = []
        run = self._run
        for i, spans in windows.items():
            needs, search, handler = run[i]
            for a, b, last in spans:
                if needs is not None and needs(ftext, a, b) is None:
                    continue
                # finditer's matches, one search each: no scanner object per window,
                # and most windows hold one match or none (a match is never empty:
                # every rule's body takes a character, so each search starts past it)
                m = search(ftext, a, b)
                while m is not None:
                    h = handler(m, ctx)
                    if h is not None:
                        hits.append(h)
                    # every match holds a trigger of its rule (the word or number the
                    # window was opened for): past the last one, none can follow, and
                    # the search for it would scan the rest of the window for nothing
                    if (e := m.end()) > last:
                        break
                    m = search(ftext, e, b)
        if not hits:
            return hits  # most windows match nothing the handlers keep
        if len(hits) > 1:
            hits = _longest(hits)
        # _extend's first checks inlined: a part ends in white space right before a
        # hit, and most hits follow a word or open their sentence; the word before the
        # space must end like a part (or be من), and most end otherwise
        ends = self._part_last_chars
        return [
            self._extend(h, ftext, fs)
            if (at := h.start) > fs
            and ftext[at - 1].isspace()
            and (at - 2 < fs or (c := ftext[at - 2]) in ends or c.isspace())
            else h
            for h in hits
            if not h.name
        ]

    def _extend(self, h: Hit, ftext: str, fs: int) -> Hit:
        """Take a period part before the expression into it (``أواخر`` العام الماضي)."""
        before = h.start - 1
        if before < fs or not ftext[before].isspace():
            return h  # a part ends in white space right before the expression
        lo = max(fs, h.start - 24)
        words = ftext[lo : h.start].rsplit(None, 1)
        last = words[-1] if words else ""
        if last != "من" and not last.endswith(self._part_ends):
            return h  # no part (nor من after one) right before the expression
        m = self._part.search(ftext, lo, h.start)
        if m is None:
            return h
        return Hit(
            m.start("p"),
            h.end,
            h.type,
            h.value,
            h.end_value,
            h.anchor,
            h.shift,
            h.step,
            historical=h.historical,
        )


class _Tense:
    """``Context.tense_at`` for the current sentence: the tense near a folded offset,
    read in the sentence only (``tense_window``)."""

    __slots__ = ("fe", "fs", "ftext", "lex")

    def __init__(self, ftext: str, lex: DateLexicon) -> None:
        self.ftext, self.lex, self.fs, self.fe = ftext, lex, 0, 0

    def sentence(self, fs: int, fe: int) -> None:
        self.fs, self.fe = fs, fe

    def __call__(self, pos: int) -> Tense:
        if pos < self.fs:  # never from a rule's match; the sentence's reading stands
            return tense_window(self.ftext[self.fs : self.fe], pos - self.fs, self.lex)
        return tense_within(self.ftext, self.fs, self.fe, pos, self.lex)


_NUMBER = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
# 14/12/2020 after its first number: a separator, a month, the same separator and a
# digit (a decimal 3.5 or a score 2-1 is no date, and opened a window for nothing)
# (spaces allowed: 25 / 12 / 2014), or a slash and a four-digit year (12/2014)
_DAY_MONTH_AFTER = re.compile(r"\s*(?:([/.\-])\s*\d{1,2}\s*\1\s*\d|/\s*\d{4}(?!\d))")
_SEPARATED = re.compile(r"\s*[/.\-]\s*\d")
_SPAN = methodcaller("span")
# sentence -> rule -> spans (start, end, start of the last trigger in the span)
Windows = dict[int, dict[int, list[tuple[int, int, int]]]]
Reach = tuple[int, int, int]  # a rule's index, how far before and after its trigger


class _Reaches:
    """The grammar's trigger tables with each rule's reach beside its index: the
    window of every trigger is built without a lookup per rule."""

    __slots__ = ("index", "numeric", "year", "year_only")

    def __init__(self, grammar: Grammar, reach: list[tuple[int, int]]) -> None:
        def of(rules: list[int]) -> tuple[Reach, ...]:
            return tuple((i, *reach[i]) for i in rules)

        self.index = {w: of(rules) for w, rules in grammar.index.items()}
        self.year = of(grammar.year_rules)  # a four-digit number before a separator
        self.year_only = of(grammar.year_only)  # any other four-digit number
        self.numeric = of(grammar.numeric_rules)  # 14/12/2020 at its first number


Occurrence = tuple[int, int, tuple[Reach, ...]]  # folded start, end, rules it triggers


def _text_occurrences(reaches: _Reaches, folded: Folded) -> list[Occurrence]:
    """(start, end, rules) of every trigger word and number, in text order, without
    the text layer's tokens: the distinct words of the text are looked up, then found
    by ``str.find``."""
    ftext = folded.text
    found = _word_occurrences(reaches, folded)
    for a, b in map(_SPAN, _NUMBER.finditer(ftext)):
        if (rules := _number_rules(reaches, ftext, a, b)) is not None:
            found.append((a, b, rules))
    found.sort(key=itemgetter(0))  # by start; equal starts keep their order
    return found


def _number_rules(reaches: _Reaches, ftext: str, a: int, b: int) -> tuple[Reach, ...] | None:
    """The rules a number at folded ``a:b`` triggers. 14/12/2020 and 2020-12-14: a
    separator and a digit follow the first number; a four-digit number with none is
    a year (or nothing), never a numeric date."""
    if b - a == 4:
        # 2020 - 12 - 14 too
        return reaches.year if _SEPARATED.match(ftext, b) is not None else reaches.year_only
    if b - a <= 2 and _DAY_MONTH_AFTER.match(ftext, b):
        return reaches.numeric
    return None


Pick = tuple[int, int, tuple[Reach, ...] | None]  # original start, end; None: a number


def _token_picks(index: dict[str, tuple[Reach, ...]], tokens: Sequence[Token]) -> list[Pick]:
    """The tokens whose normal form is a trigger word, with its rules, and those
    holding a digit (a run of digits never spans two tokens), in text order. The
    index holds no word with a digit (letters and #), so a token is one or the other."""
    picked: list[Pick] = []
    for t in tokens:
        norm = t.norm
        rules = index.get(norm)
        if rules is not None:
            # a hashtag (#رمضان) is in the index too; its mark stays out of the span
            picked.append((t.start + (norm[0] == "#"), t.end, rules))
        # a token with a digit is never all letters: ``str.isalpha`` (a C call) leaves
        # the regex search to the few others (numbers, and words with a mark or a dash)
        elif not norm.isalpha() and _DIGIT.search(norm) is not None:
            picked.append((t.start, t.end, None))
    return picked


def _token_occurrences(
    reaches: _Reaches, ftext: str, picked: list[Pick], offsets: list[int]
) -> list[Occurrence]:
    """The picked tokens' occurrences at their folded ``offsets`` (start and end of
    each in turn): the tokens come in text order, so no sort is needed."""
    found: list[Occurrence] = []
    for (_, _, rules), a, b in zip(picked, offsets[::2], offsets[1::2], strict=True):
        if rules is not None:
            found.append((a, b, rules))
        elif ftext[a:b].isdecimal():  # a bare number (most): \d is a decimal digit
            if (rules := _number_rules(reaches, ftext, a, b)) is not None:
                found.append((a, b, rules))
        else:
            for x, y in map(_SPAN, _NUMBER.finditer(ftext, a, b)):
                if (rules := _number_rules(reaches, ftext, x, y)) is not None:
                    found.append((x, y, rules))
    return found


def _word_occurrences(reaches: _Reaches, folded: Folded) -> list[Occurrence]:
    ftext = folded.text
    found: list[Occurrence] = []
    for word in folded.words & reaches.index.keys():
        rules, at = reaches.index[word], ftext.find(word)
        while at >= 0:
            end = at + len(word)
            before = ftext[at - 1] if at else " "
            after = ftext[end] if end < len(ftext) else " "
            if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
                found.append((at, end, rules))
            at = ftext.find(word, end)
    return found


def _windows(ftext: str, starts: list[int], ends: list[int], found: list[Occurrence]) -> Windows:
    """Per sentence (folded ``starts``/``ends``) and rule, merged spans around the
    rule's trigger words (``found``, in text order), ending at a word boundary."""
    out: Windows = {}
    find = ftext.find
    for start, end, rules in found:
        k = bisect_right(starts, start) - 1
        if k < 0 or start >= ends[k]:
            continue  # not in a body sentence
        fs, fe = starts[k], ends[k]
        per_rule = out.get(k)
        if per_rule is None:
            per_rule = out[k] = {}
        for i, before, after in rules:
            a = start - before
            if a < fs:
                a = fs
            stop = end + after
            b = find(" ", stop if stop < fe else fe, fe)
            if b < 0:
                b = fe
            spans = per_rule.get(i)
            if spans is None:
                per_rule[i] = [(a, b, start)]
            else:
                last_a, last_b, _ = spans[-1]
                if a > last_b:
                    spans.append((a, b, start))
                else:  # merged: its last trigger is this one (they come in text order)
                    spans[-1] = (last_a, b if b > last_b else last_b, start)
    return out


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
_YEAR_MONTH_OR_DAY = re.compile(r"\d{4}-\d{2}(?:-\d{2})?$")
# what joins the two ends of a range: و, أو, إلى, حتى, a dash (exact end: no gap)
_RANGE_LINK = re.compile(r"\s*(?:و|أو|او|إلى|الى|حتى|حتي|-|–)\s*(?:(?:يوم|شهر)\s+)?$")
_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d{2}))?")


def _resolve_text_anchors(
    found: list[DateExpr], shifts: dict[int, Hit], dct: date | None
) -> list[DateExpr]:
    """Count ``غداة``-style days from the last full date before them in the text;
    ``اليوم التالي`` (anchor "text" from its handler) else from the publication date.
    ``العام التالي`` / ``الشهر السابق`` count from the last year / month the text
    gave, else keep their reading from the publication date. A named event's day
    (``Hit.historical``) is skipped."""
    if not shifts:
        return found  # nothing counts from an earlier date (most documents)
    last: date | None = None
    year_month: tuple[int, int | None] | None = None
    for i, d in enumerate(found):
        h = shifts.get(i)
        if h is not None and h.historical:
            continue  # بعد هجمات 11 سبتمبر بعام: a name's day is no date of the text
        if h is not None and h.shift is not None:
            base = last or (dct if d.anchor == "text" else None)
            d.anchor = "text" if last else "published" if base else "none"
            d.value = (base + timedelta(days=h.shift)).isoformat() if base else None
            continue
        if h is not None and h.step is not None:
            _step_from(d, h.step, year_month)  # then counted on from (العام التالي twice)
        if d.type == "DATE" and d.value:
            if _DAY.match(d.value):
                last = date.fromisoformat(d.value)
            ym = _YEAR_MONTH.match(d.value)
            if ym:
                year_month = (int(ym.group(1)), int(ym.group(2)) if ym.group(2) else None)
    return found


def _step_from(d: DateExpr, step: tuple[str, int], ym: tuple[int, int | None] | None) -> None:
    grain, n = step
    if ym is None or (grain == "M" and ym[1] is None):
        return  # nothing of that grain before it: the anchor date's reading stands
    year, month = ym
    d.anchor = "text"
    if grain == "Y":
        d.value = f"{year + n:04d}"
        return
    assert month is not None
    k = year * 12 + month - 1 + n
    d.value = f"{k // 12:04d}-{k % 12 + 1:02d}"


def _longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, longest first, then in text order."""
    if len(hits) < 2:
        return hits  # most sentences have one expression or none: nothing to choose
    chosen: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        # a loop, not all(<generator>): a generator frame per hit costs more
        for c in chosen:
            if h.end > c.start and h.start < c.end:
                break  # overlaps a longer (or earlier) hit already chosen
        else:
            chosen.append(h)
    return sorted(chosen, key=attrgetter("start"))
