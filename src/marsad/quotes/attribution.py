"""Attributions without a speech verb: a clause reported by the source after بحسب,
حسب, وفق(اً) ل, طبق(اً) ل, نقلاً عن or على حد قول/تعبير, either after it (``أغلقت السلطات المعبر، بحسب
وزارة النقل``) or before it (``وبحسب بيان للوزارة، فإن العجز سيتراجع``).

Only the span arithmetic lives here; who the source is, the quote finder asks its
subject reader (a mention, an unnamed source, a title), and a phrase that names none
of them (بحسب القانون، وفق الخطة) attributes nothing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# the words, with an optional glued و (not ف: فحسب is "only") and tanwin
WORD_RE = re.compile(
    r"(?<!\w)و?(بحسب|حسب|وفق|وفقا|طبقا|نقلا|على حد (?:قول|تعبير))(ما)?\u064b?(?!\w)"
)
# what may come between the word and the source: ل (وفقاً لـ، وفقاً للشرطة), عن
# (نقلاً عن), and ما with a report verb (بحسب ما أعلن الكرملين، حسبما أفادت)
_LEAD_RE = re.compile(r"\s*(?:(?:ل|لـ)(?=\w)|عن\s+)?\s*(?:ما\s+\w+\s+)?")
_VERB_RE = re.compile(r"\s*\w+\s+")  # after حسبما: the report verb
# a source ends at punctuation or at the فإن that opens the content
_SOURCE_END = re.compile(r"[،,؛;:.!؟?()\"«»“”\n]|\s(?=ف(?:إن|ان|أن))")
_MAX_SOURCE = 90  # characters: a source is a short phrase
# the فإن (with its pronoun) that opens the content after an attribution
_THEN_RE = re.compile(r"\s*[،,]?\s*ف(?:إن|ان|أن)\w*\s+")
# the normal forms of the tokens that can be an attribution word
# (حد: على حد قول X, "in X's words"; a pronoun after it, قوله, names no source here)
_WORDS = ("بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا", "حسبما", "بحسبما", "حد")
TOKENS = frozenset((*_WORDS, *("و" + w for w in _WORDS)))


class Attribution(NamedTuple):
    word: tuple[int, int]  # the attribution word as written
    source: tuple[int, int]  # the phrase naming the source
    content: tuple[int, int]  # the attributed clause


def attributions(text: str, start: int, end: int) -> list[Attribution]:
    """The attributions of the sentence ``text[start:end]``: one governing the clause
    after فإن (``وبحسب X، فإن ...``, wherever it stands), one opening the sentence
    (``وبحسب X، ...``) or one after its clause (``...، بحسب X``)."""
    out: list[Attribution] = []
    for m in WORD_RE.finditer(text, start, end):
        a, b = m.span()
        src = _source(text, b, end, m.group(2) is not None)
        if src is None:
            continue
        before = text[start:a].rstrip()
        then = _THEN_RE.match(text, src[1], end)
        if then is not None and end - then.end() > 12:
            out.append(Attribution((a, b), src, (then.end(), end)))
        elif not before or before in ("و", "ف"):
            if text[src[1] : src[1] + 1] in ("،", ",") and end - src[1] > 12:
                c0 = src[1] + 1
                out.append(Attribution((a, b), src, (c0 + _spaces(text, c0, end), end)))
        elif before.endswith(("،", ",")) and len(before.split()) >= 3:
            rest = text[src[1] : end]
            if rest.lstrip()[:1] in ("،", ",") and len(rest.split(None, 4)) > 4:
                # a parenthesis (...، بحسب X، ...): it attributes the whole sentence
                out.append(Attribution((a, b), src, (start, end)))
            else:
                out.append(Attribution((a, b), src, (start, start + len(before) - 1)))
    return out


def _spaces(text: str, a: int, end: int) -> int:
    n = 0
    while a + n < end and text[a + n].isspace():
        n += 1
    return n


def _source(text: str, b: int, end: int, with_ma: bool) -> tuple[int, int] | None:
    """The source phrase after an attribution word ending at ``b`` (``with_ma``:
    written حسبما, a verb next): to the next punctuation or فإن, at most
    ``_MAX_SOURCE`` characters."""
    lead = (_VERB_RE if with_ma else _LEAD_RE).match(text, b, end)
    s0 = lead.end() if lead else b
    stop = _SOURCE_END.search(text, s0, min(end, s0 + _MAX_SOURCE))
    s1 = stop.start() if stop else min(end, s0 + _MAX_SOURCE)
    while s1 > s0 and text[s1 - 1].isspace():
        s1 -= 1
    return (s0, s1) if s1 > s0 else None
