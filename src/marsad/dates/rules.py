"""The date grammar: regular expressions over folded text, one handler per rule.

Each rule's pattern wraps its body in ``(?P<x>...)`` after an optional glued
clitic (``و ف ب ل``), so ``وبالأمس`` yields the span ``الأمس``. A handler turns a
match into a ``Hit`` (folded offsets, type, TimeML value) or rejects it; the
extractor keeps the longest hits that do not overlap.
"""

from __future__ import annotations

import re

from marsad.dates import handlers as h
from marsad.dates.calendar import Tense
from marsad.dates.lexicon import DateLexicon
from marsad.dates.model import PREFIX, SUFFIX, Handler, Rule, alt, future_verb, imperfective

# words too common to trigger a rule; each phrase has another word that does
# (بعد غد: غد; هذه الأيام: الأيام; كل يوم: يوم)
CLITIC_PAIRS = ("وب", "ول", "فب", "فل", "وك")
FUNCTION_WORDS = frozenset(
    ["من", "في", "بعد", "قبل", "اول", "هذه", "هذا", "نفس", "كل", "الي", "علي", "عن"]
)

# rule -> (lexicon tables whose words trigger it, whether a number triggers it,
# how far before and after the trigger its expressions reach, in folded characters:
# ``الخميس، 30 من شهر`` comes before a month name, ``قبل أكثر من ثلاثة`` before a unit)
TRIGGERS: dict[str, tuple[tuple[str, ...], bool, tuple[int, int]]] = {
    "range": (("months",), False, (24, 40)),
    "dmy": (("months",), False, (40, 40)),
    "my": (("months",), False, (12, 30)),
    "month": (("months",), False, (12, 24)),
    "hijri": (("hijri_months",), False, (36, 24)),
    "numeric": ((), True, (2, 16)),
    "year": ((), True, (12, 6)),
    "short_year": (("year_words",), False, (2, 8)),
    "old_hijri_year": (("year_words",), False, (2, 16)),
    "day_current": (("current_words",), False, (24, 2)),
    "relday": (("relative_days",), False, (24, 24)),
    "weekday": (("weekdays",), False, (20, 24)),
    "relunit": (("units",), False, (40, 2)),
    "duration": (("units",), False, (36, 2)),
    # السنوات الثلاث الماضية (from the plural), الـ24 ساعة الماضية (from the unit)
    "counted": (("units",), False, (8, 36)),
    "period": (("period_words",), False, (12, 20)),
    "season": (("seasons",), False, (8, 20)),
    "decade": (("decades",), False, (2, 30)),
    "century": (("literal",), False, (2, 30)),
    "clock": (("literal",), False, (2, 24)),
    "special": (("specials",), False, (16, 24)),
    "set": (("sets",), False, (8, 16)),
    "anchored": (("anchored_days",), False, (8, 24)),
    "undefined": (("undef_parts",), False, (2, 16)),
}


# what a range or a relative unit needs in its window (see Rule.needs)
RANGE_DAYS = r"\d\s*(?:و|او|الي|حتي|-|–)\s*\d"
# the year of a month-year: digits, or (من) العام / السنة before a modifier (see
# Grammar.YEAR)
MONTH_YEAR_NEEDS = r"\d|(?:العام|السنه)\s+ال"
RELUNIT_DIRECTIONS = ("قبل", "منذ", "بعد", "خلال", "غضون", "طوال", "طيله")

# rules whose pattern is their table's phrases and nothing else
PHRASE_RULES = frozenset(["special", "set"])


def _trigger_word(phrase: str) -> str | None:
    """The word a phrase is found by: its first that is no function word. Later
    words (``ربيع الأول``, ``الوقت الحالي``, ``ذي القعدة``) are common on their own and
    fall inside the rule's reach after the first."""
    for w in phrase.split():
        if w not in FUNCTION_WORDS:
            return w
    return None


class Grammar:
    """Compiled rules for one lexicon."""

    def __init__(self, lex: DateLexicon) -> None:
        self.lex = lex
        months = alt(lex.months)
        # a second name of the same month after a slash, a bracket or a space
        # (يونيو/حزيران, أيار (مايو), يونيو حزيران)
        self.MONTH = rf"(?P<m1>{months})(?:(?:\s*[/(\-]\s*|\s+)(?P<m2>{months})\s*\)?)?"
        self.DAY = rf"(?:ال\s*)?(?P<day>\d{{1,2}}|{alt(lex.ordinals)})"
        self.YEAR = (
            r"(?:\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنه|السنه|لعام)\s+)?(?P<year>\d{4})(?:\s*م)?"
            # يونيو (من) العام الماضي: من is often left out
            r"|\s+(?:من\s+)?(?:العام|السنه)\s+(?P<ymod>" + alt(self._mods()) + r")"
            # 3 مارس 98: two digits only before punctuation or the end (3 مارس 15 قتيلا
            # counts)
            r"|\s*[،,]?\s+(?:(?:عام|سنه)\s+)?(?P<yy>\d{2})(?=\s*(?:[^\w\s]|$)))"
        )
        # يونيو الماضي, and يونيو/الماضي (a slash typed for a second name)
        self.MOD = rf"(?:(?:\s+|\s*/\s*)(?P<mod>{alt(self._mods())}))"
        self.WD = rf"(?P<wd>{alt(lex.weekdays)})"
        self.rules = self._build()
        # word -> indices of the rules it triggers, clitic-prefixed forms included
        self.index: dict[str, list[int]] = {}
        for i, rule in enumerate(self.rules):
            for w in rule.triggers:
                # ال + a two-letter word is another word (ذي -> الذي)
                article = ("ال" + w,) if len(w) > 2 and not w.startswith("ال") else ()
                if not self._takes_article(rule.name, w):
                    article = ()
                forms = (w, *article, *(c + w for c in "وفبلك"), *(c + w for c in CLITIC_PAIRS))
                for form in forms:
                    rules = self.index.setdefault(form, [])
                    if i not in rules:
                        rules.append(i)
        # hashtags (#رمضان) are tokens of their own
        self.index.update({"#" + w: rules for w, rules in list(self.index.items())})
        # a number triggers the year rule when it has four digits, the numeric-date
        # rule when a separator and a digit follow it (14/12, 2020-12)
        digit = {rule.name: i for i, rule in enumerate(self.rules) if rule.digits}
        self.year_rules = [digit[n] for n in ("year", "numeric") if n in digit]
        self.numeric_rules = [digit["numeric"]] if "numeric" in digit else []
        self.year_only = [digit["year"]] if "year" in digit else []

    def _takes_article(self, rule: str, word: str) -> bool:
        """Whether ``rule`` can match ``word`` with ال glued to it. A counted unit
        never has one (قبل ثلاثة أيام), only a dual (العامين): العام, اليوم and الساعة
        are frequent words, and each opened two windows that matched nothing."""
        if rule == "relunit":
            return False
        if rule == "duration":
            return self.lex.units.get(word, ("", 0))[1] == 2
        if rule in PHRASE_RULES:  # a listed phrase must hold the word with ال
            key = TRIGGERS[rule][0][0]
            return any("ال" + word in p.split() for p in self._vocab(key))
        return True

    def _duals(self) -> list[str]:
        return [w for w, (_, count) in self.lex.units.items() if count == 2]

    def _plurals(self) -> list[str]:
        return [w for w, (_, count) in self.lex.units.items() if count == 0]

    def _cardinals_defined(self) -> list[str]:
        """Cardinals with the article, on each part of a compound: الثلاث, الأربع
        والعشرين (``cardinals`` holds them bare: ثلاث, أربع وعشرين)."""
        return ["ال" + w.replace(" و", " وال") for w in self.lex.cardinals]

    def _counted_mods(self) -> set[str]:
        """What closes ``السنوات الثلاث الماضية``: a past or future modifier, الأخيرة
        (the latest ones) or الأولى (الأشهر التسعة الأولى من العام: nine months too)."""
        return set(self.lex.past_mods | self.lex.future_mods) | {"الاخيره", "الاولي"}

    def _mods(self) -> set[str]:
        return set(self.lex.past_mods | self.lex.future_mods | self.lex.current_mods) - {
            "هذا",
            "هذه",
        }

    def _rule(self, name: str, body: str, handler: Handler, needs: str | None = None) -> Rule:
        words, digits, reach = TRIGGERS[name]
        vocab = frozenset(
            w for key in words for phrase in self._vocab(key) if (w := _trigger_word(phrase))
        )
        pattern = re.compile(PREFIX + "(?P<x>" + body + ")" + SUFFIX)
        return Rule(
            name, pattern, handler, vocab, digits, reach, re.compile(needs) if needs else None
        )

    def _vocab(self, key: str) -> list[str]:
        lex = self.lex
        if key == "literal":
            return ["القرن", "العقد", "الساعه"]
        if key == "year_words":
            return ["عام", "العام", "سنه", "السنه"]
        if key == "current_words":
            return ["الجاري", "الحالي"]
        if key == "undef_parts":
            return _undef_parts(lex)
        table: dict[str, object] = getattr(lex, key)
        return list(table)

    def _build(self) -> list[Rule]:
        lex, wd_opt = self.lex, rf"(?:(?:يوم\s+)?{self.WD}\s*[،,]?\s*)?"
        pod = rf"(?:(?P<pod>{alt(lex.parts_of_day)})\s+)?"
        unit = alt(lex.units)
        num = rf"\d+|{alt(lex.cardinals)}"
        mods = alt(self._mods())
        return [
            self._rule(
                "range",
                # days only: ``من الاثنين 27 إلى الخميس 30 آب`` names two dates
                rf"(?:(?:بين|من)\s+)?(?P<d1>\d{{1,2}})\s*"
                rf"(?:و|او|الي|حتي|-|–)\s*(?P<day>\d{{1,2}})\s+"
                rf"(?:من\s+)?(?:شهر\s+)?{self.MONTH}{self.YEAR}?{self.MOD}?",
                h.range_,
                needs=RANGE_DAYS,
            ),
            self._rule(
                "dmy",
                rf"{wd_opt}{self.DAY}\s+(?:من\s+)?(?:شهر\s+)?{self.MONTH}{self.YEAR}?{self.MOD}?",
                h.dmy,
                needs=rf"\d|{alt(lex.ordinals)}",  # the day
            ),
            self._rule(
                "my",
                rf"(?:شهر\s+)?{self.MONTH}{self.YEAR}",
                h.month_year,
                needs=MONTH_YEAR_NEEDS,  # most windows name a month without its year
            ),
            self._rule("month", rf"(?P<shahr>شهر\s+)?{self.MONTH}{self.MOD}?", h.month),
            self._rule(
                "hijri",
                rf"(?:{self.DAY}\s+(?:من\s+)?)?(?P<shahr>شهر\s+)?(?P<hm>{alt(lex.hijri_months)})"
                r"(?:\s+(?:عام\s+|سنه\s+)?(?P<year>\d{4})"
                # رمضان الماضي: a modifier places the month (see h.hijri)
                rf"|{self.MOD})?(?:(?:(?<=\d)\s*|\s+)(?P<h>ه)(?!\w))?",
                h.hijri,
            ),
            self._rule(
                "numeric",
                r"(?:(?P<a>\d{1,4})\s*(?P<sep>[/.\-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<c>\d{1,4})"
                # 12/2014: a month and its year (a slash only: 3-2014 may be a score)
                r"|(?P<mo>\d{1,2})\s*/\s*(?P<my>\d{4}))"
                r"(?!\d|[/.\-]\d)(?:\s*(?P<h>ه|م)(?!\w))?",
                h.numeric,
            ),
            self._rule(
                "year",
                # 2015-12 and 2015/3 are numeric dates; 1990-1995 is two years
                r"(?:(?P<kw>العام|عام|سنه|السنه|لعام)\s+)?(?P<year>\d{4})(?!\d)"
                r"(?![/.\-]\d{1,2}(?!\d))"
                r"(?:\s*(?P<h>ه|م|هجريه|هجري|ميلاديه|ميلادي)(?!\w))?",
                h.year,
            ),
            self._rule(
                "short_year",
                # عام 98: a year written with two digits after عام/سنة
                r"(?P<kw>العام|عام|سنه|السنه)\s+(?P<yy>\d{2})(?!\d|\s*[/.\-,،]\s*\d|\s*[%٪])",
                h.short_year,
            ),
            self._rule(
                "old_hijri_year",
                # سنة 276هـ: a Hijri year of two or three digits (four-digit ones are
                # the year rule's)
                r"(?:العام|عام|سنه|السنه)\s+(?P<year>\d{2,3})\s*(?:ه|هجريه|هجري)(?!\w)",
                h.old_hijri_year,
                needs=r"\d\s*ه",
            ),
            self._rule(
                "day_current",
                # في 20 الجاري: a day of the current month, the month left unsaid
                rf"{wd_opt}(?:(?P<yawm>يوم)\s+)?(?P<day>\d{{1,2}})\s+(?P<cur>الجاري|الحالي)",
                h.day_current,
            ),
            self._rule(
                "relday",
                # اليوم (الاثنين): the Gulf press puts the weekday in brackets
                rf"{pod}(?P<rel>{alt(lex.relative_days)})"
                rf"(?:\s*[،,]?\s*(?P<par>\(\s*)?{self.WD}(?(par)\s*\)))?",
                h.relday,
            ),
            self._rule(
                "weekday",
                rf"{pod}(?P<yawm>يوم\s+)?{self.WD}(?:\s+(?P<mod>{mods}))?"
                # الأربعاء 22,00: an hour, no day of the month
                r"(?:\s+(?P<day>\d{1,2})(?![\d/.\-]|\s*[,:،]\s*\d))?",
                h.weekday,
            ),
            self._rule(
                "relunit",
                r"(?P<dir>قبل|منذ|بعد|خلال|في\s+غضون|طوال|طيله)\s+(?P<qual>(?:اكثر|اقل|نحو|حوالي)\s+من\s+|نحو\s+|حوالي\s+)?"
                rf"(?:(?P<num>{num})\s+|(?P<some>عده|بضعه|بضع)\s+)?(?P<unit>{unit})",
                h.relunit,
                needs="|".join(RELUNIT_DIRECTIONS),
            ),
            self._rule(
                "duration",
                rf"(?:(?P<num>{num})\s+(?P<unit>{unit})|(?:ال)?(?P<dual>{alt(self._duals())})"
                # عدة أشهر (PXM), نصف ساعة (PT30M), ربع قرن (P25Y)
                rf"|(?P<some>عده|بضعه|بضع)\s+(?P<sunit>{unit})|(?P<frac>نصف|ربع)\s+(?P<funit>{unit}))",
                h.duration,
            ),
            self._rule(
                "counted",
                # the last / next n units, counted up to the time of writing: a
                # definite plural, its definite number and a modifier (السنوات الثلاث
                # الماضية, الأيام العشرة الأخيرة), or a definite number before its
                # unit (الـ24 ساعة الماضية)
                rf"(?:ال(?P<plural>{alt(self._plurals())})\s+(?:ال\s*(?P<num>\d{{1,3}})|(?P<word>{alt(self._cardinals_defined())}))"
                rf"|ال\s*(?P<dnum>\d{{1,3}})\s+(?P<unit>{unit}))\s+(?P<mod>{alt(self._counted_mods())})",
                h.counted,
                needs=alt(self._counted_mods()),
            ),
            self._rule(
                "period",
                # ذلك العام / العام نفسه: the year the text named last (see h.period)
                r"(?:(?P<this>هذا|هذه)\s+|(?P<that>ذلك|تلك|نفس)\s+)?(?P<pw>"
                + alt(lex.period_words)
                + rf")(?:{self.MOD}|\s+(?P<same>ذاته|نفسه|ذاتها|نفسها)(?!\w))?",
                h.period,
            ),
            self._rule(
                "season",
                rf"(?P<fasl>فصل\s+|فصول\s+)?(?P<season>{alt(lex.seasons)})"
                rf"(?:\s+(?:(?:عام|العام)\s+)?(?P<year>\d{{4}})|{self.MOD})?",
                h.season,
            ),
            self._rule(
                "decade",
                rf"(?P<dec>{alt(lex.decades)})(?:(?=\s+(?:من\s+)?القرن\s+(?P<cent>{alt(lex.ordinals)}|{mods})))?",
                h.decade,
            ),
            self._rule(
                "century",
                rf"(?P<unit>القرن|العقد)\s+(?:ال(?=\d))?(?P<cent>{alt(lex.ordinals)}|{mods}|\d{{1,2}})",
                h.century,
            ),
            self._rule(
                "clock",
                rf"الساعه\s+(?P<hh>\d{{1,2}}|{alt(lex.ordinals)})(?:[:.](?P<mm>\d{{2}}))?"
                r"(?:\s+(?P<ap>صباحا|مساء|ظهرا|ليلا|فجرا|عصرا))?",
                h.clock,
            ),
            self._rule("special", alt(lex.specials), h.special),
            self._rule("set", alt(lex.sets), h.set_),
            self._rule(
                "undefined",
                rf"(?:{alt(_undef_parts(lex))})\s+(?P<every>كل\s+)?"
                # a definite year with a word after it (العام الدراسي, العام الماضي) is
                # some other year, or the period rule's
                rf"(?P<u>{alt([u for u in h.UNDEF_UNITS if not u.startswith('ال')])}"
                r"|(?:العام|السنه|الشهر|الاسبوع)(?!\s+(?!الي(?!\w))ال\w))"  # الي: إلى
                r"(?!\s*(?:\d|" + alt(lex.months) + "|" + alt(lex.hijri_months) + r"))",
                h.undefined,
            ),
            self._rule(
                "anchored",
                rf"(?P<rel>{alt(lex.anchored_days)})(?P<what>\s+ال\w+)?",
                h.anchored,
                # غداة, اليوم التالي ...: each phrase's last word (اليوم alone is today)
                needs=alt({p.split()[-1] for p in lex.anchored_days}),
            ),
        ]


def _undef_parts(lex: DateLexicon) -> list[str]:
    """Period parts that still mean a part before a bare unit: ``أول عام`` and ``آخر
    شهر`` count months and years (the first year), they are no part of one."""
    return [p for p in lex.period_parts if p not in ("اول", "اخر", "وسط", "غره")]


_FUTURE_CANDIDATES = re.compile(r"(?<!\w)[وف]?س[يتن]\w*")


def tense_window(text: str, pos: int, lex: DateLexicon, before: int = 60, after: int = 30) -> Tense:
    """Future when a future marker or a future verb (سـ + imperfective) is near ``pos``."""
    return tense_within(text, 0, len(text), pos, lex, before, after)


def tense_within(
    text: str, start: int, end: int, pos: int, lex: DateLexicon, before: int = 60, after: int = 30
) -> Tense:
    """``tense_window`` of ``text[start:end]`` at its offset ``pos - start`` (``pos`` not
    before ``start``), without slicing out the whole sentence for a window of it."""
    pos = min(pos, end)  # a match may end past a sentence cut short
    lo = max(start, pos - before)
    while start < lo < pos and not text[lo - 1].isspace():
        lo += 1  # never start inside a word: ``[وا]ستدعت`` is not a future verb
    window = text[lo : min(pos + after, end)]
    for marker in lex.future_markers:
        if marker in window:
            return "future"
    if "س" not in window:
        # no candidate for a future verb (most windows): no regex pass
        return _present_or_past(window, lex)
    # only the words opening with سي/ست/سن (after و or ف) can be future verbs: a search
    # for them skips the check of every other word of the window
    for tok in _FUTURE_CANDIDATES.findall(window):
        if future_verb(tok, lex):
            return "future"
    return _present_or_past(window, lex)


_WORD = re.compile(r"\w+")


def _present_or_past(window: str, lex: DateLexicon) -> Tense:
    """Present when the window holds an imperfective verb (تنطلق, يبدأ) and no past cue
    (كان, قد, أمس, لم + imperfective): a schedule, whose day may lie just ahead."""
    present = False
    for word in _WORD.findall(window):
        stem = word[1:] if len(word) > 4 and word[0] in "وف" else word
        if stem in lex.past_markers or word in lex.past_markers:
            return "past"
        if not present and imperfective(stem, lex):
            present = True
    return "present" if present else "past"
