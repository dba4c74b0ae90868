"""Shared types of the date grammar: a rule hit, the match context, regex helpers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

import msgspec

from marsad.dates.calendar import Tense
from marsad.dates.lexicon import DateLexicon
from marsad.doc import TimexType

Anchor = Literal["absolute", "published", "text", "none"]


# a msgspec Struct: built in C, several times cheaper than a dataclass's Python
# __init__ (a hit is built for nearly every match); gc=False: it holds no container
# that could hold it back. Hits are never changed once built.
class Hit(msgspec.Struct, gc=False):
    start: int  # folded offsets
    end: int
    type: TimexType
    value: str | None
    end_value: str | None = None
    anchor: Anchor = "absolute"
    shift: int | None = None  # days from the last full date in the text (anchor "text")
    # (grain, n): ``n`` years ("Y") or months ("M") from the last year or month the
    # text gives (العام التالي); ``value`` holds the reading from the anchor date
    step: tuple[str, int] | None = None
    # a day-month that is part of a name (ملعب الخامس من يوليو): kept while hits
    # compete, so that no shorter reading inside it (يوليو) wins, then dropped
    name: bool = False
    # a named event's own day (هجمات 11 سبتمبر: 2001-09-11): no text date counts from it
    historical: bool = False


@dataclass(slots=True)
class Context:
    """What a handler may look at: the folded text, the original, the anchor date."""

    text: str  # folded
    raw: str  # original
    raw_of: Callable[[int, int], str]  # original text of a folded span
    dct: date | None
    lex: DateLexicon
    tense_at: Callable[[int], Tense]


Handler = Callable[[re.Match[str], Context], Hit | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern tried only near its trigger words (a month name, a weekday ...) or,
    with ``digits``, near a number: scanning every sentence with every pattern
    would cost more than the whole text layer."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    triggers: frozenset[str] = frozenset()
    digits: bool = False
    reach: tuple[int, int] = (50, 50)  # folded characters searched before/after a trigger
    # what every match holds (قبل/منذ/بعد for ``قبل يومين``): a window without it
    # cannot match, and one search for it is cheaper than trying the rule there
    needs: re.Pattern[str] | None = None


Trie = dict[str, "Trie"]


def alt(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, spaces matching any white
    space. Built as a trie (``ال(?:اول|ثاني)``): a flat alternation of hundreds of
    words is tried branch by branch at every position, a trie one letter at a time."""
    trie: Trie = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: Trie) -> str:
    end = "" in node
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


PREFIX = r"(?<!\w)(?:[وفبلك]|وب|ول|فب|فل|وك)?"
SUFFIX = r"(?!\w)"
TEMPORAL_PREP = re.compile(
    r"(?:^|\s)[وف]?(?:في|منذ|خلال|حتي|قبل|بعد|من|الي|مطلع|اواخر|اوائل|منتصف|بدايه|نهايه|اواسط|"
    r"بين|و|عام|العام|او|شهري|مستهل|غضون)\s+$"
)


def hit(m: re.Match[str], type_: TimexType, value: str | None, **kw: object) -> Hit:
    start, end = m.span("x")  # one group lookup, not two
    if not kw:  # most hits: no keywords to unpack
        return Hit(start, end, type_, value)
    return Hit(start, end, type_, value, **kw)  # type: ignore[arg-type]


def direction(mod: str | None, lex: DateLexicon) -> int:
    """-1 past (الماضي), +1 future (المقبل), 0 current (الجاري), 2 no modifier."""
    if mod is None:
        return 2
    if mod in lex.past_mods:
        return -1
    if mod in lex.future_mods:
        return 1
    return 0


_SPACES = re.compile(r"\s+")


def squash(s: str) -> str:
    """Runs of white space as one space: the lexicon's key for a matched phrase."""
    if s.isalnum():
        return s  # one word or number (most matches): no white space to squash
    return _SPACES.sub(" ", s)


def number(word: str | None, lex: DateLexicon) -> int | None:
    if word is None:
        return None
    w = squash(word)
    return int(w) if w.isdigit() else lex.cardinals.get(w)


# what may follow an imperfective stem: pronouns and the plural / dual endings
# (سيحتضنه, ستجدون, سيلتقيان)
_VERB_SUFFIXES = ("هما", "هم", "هن", "ها", "ون", "ان", "وا", "نا", "كم", "ه")


def future_verb(tok: str, lex: DateLexicon) -> bool:
    """سـ + an imperfective (سيتوجه, وستبدأ, سنواصل): the word after و/ف opens with
    سي/ست/سن, is no listed noun (سياسة, سيارة), and what follows its prefix, with a
    pronoun or ending dropped, follows ي, ت or ن in a word of the corpus (يتوجه,
    تبدأ, نواصل); in a name it does not (سيلفا, سترزودا, سنغافورة)."""
    if len(tok) <= 5 and (tok in lex.short_futures or tok[1:] in lex.short_futures):
        return tok[0] == "س" or tok[0] in "وف"  # سيصل, وسيصل: a listed short verb
    stem = tok[1:] if tok[:1] in ("و", "ف") and len(tok) > 5 else tok
    if len(stem) < 5 or stem[0] != "س" or stem[1] not in "يتن":
        return False
    if any(stem.startswith(s) for s in lex.future_stoplist):
        return False
    rest = stem[2:]
    known = lex.imperfectives
    if rest in known:
        return True
    return any(rest.endswith(e) and rest[: -len(e)] in known for e in _VERB_SUFFIXES)


def imperfective(stem: str, lex: DateLexicon) -> bool:
    """A third-person imperfective (يـ/تـ + a stem of three letters or more), not one of
    the nouns of the same shape: تفعيل (تنظيم), تفاعل, plurals in ـات, nouns in ـة."""
    if len(stem) < 4 or stem[0] not in "يت" or not stem[1:].isalpha():
        return False
    if stem[0] == "ت" and (stem[-2] == "ي" or stem[2] == "ا" or stem.endswith(("ات", "ه"))):
        return False
    return not any(stem.startswith(s) for s in lex.present_stoplist)
