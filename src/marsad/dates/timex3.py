"""The TIMEX3 reading of a marsad date expression, for scoring against TimeML.

marsad values a part of a day (``صباح الثلاثاء``, ``مساء أمس``) by its day, so that
whatever reads a day from ``Document.dates`` (event dates, the gold scorer) finds
one. TIMEX3 makes such an expression a ``TIME`` whose value carries the part of the
day: ``2015-12-22TMO`` (morning), ``TAF`` (afternoon), ``TEV`` (evening), ``TNI``
(night). A day counted in weeks (``قبل أسبوعين``) is its ISO week (``2015-W50``), at
the unit's granularity. Every other expression keeps marsad's own type and value.

The Arabic TimeML corpus holds HeidelTime's Arabic normalisation, whose word lists
read a few expressions otherwise than their calendar meaning, and this reading
follows them: an ordinal decade is counted in the 1900s whatever its century
(``العقد الثالث`` is ``193``), ``أمس الأول`` is read as its ``أمس`` (its list knows
only ``أول أمس`` as the day before yesterday), ``يوم الأربعاء المقبل`` as its
``يوم الأربعاء``, and every ``اليوم`` standing alone as the creation day, anaphoric
ones (``بهذا اليوم``, ``اليوم الذي``) included, ``حديثا`` as ``PRESENT_REF``, and a part
of the month or week named by its unit alone (``نهاية الشهر``) as ``UNDEF-month``,
a weekend with a modifier (``نهاية الأسبوع الماضي``) as ``PAST_REF`` or ``FUTURE_REF``,
and a dual with a past modifier (``العامين الماضيين``) as a date two units back.
marsad's own values keep the calendar.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

import msgspec

from marsad.dates.calendar import add_months, week_value
from marsad.dates.extract import DateFinder
from marsad.dates.lexicon import DateLexicon
from marsad.doc import DateExpr, TimexType
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
_CLITIC = re.compile(r"^(?:[وفب]|وب|فب)?(?:ال)?")


def part_of_day(text: str, lex: DateLexicon, opts: NormalizeOptions) -> str | None:
    """The TIMEX3 part-of-day code (``MO`` ``AF`` ``EV`` ``NI``) an expression opens
    with (``صباح``, ``بعد ظهر``, ``الليلة الماضية``), else None."""
    folded = " ".join(normalize(text, opts).split())
    bare = _CLITIC.sub("", folded, count=1)
    for phrase in sorted(lex.parts_of_day, key=len, reverse=True):
        for form in (folded, bare):
            if form == phrase or form.startswith(phrase + " "):
                return lex.parts_of_day[phrase]
    return None


def counts_weeks(text: str, lex: DateLexicon, opts: NormalizeOptions) -> bool:
    """Whether ``text`` counts weeks from the anchor (``قبل أسبوعين``, ``بعد ثلاثة
    أسابيع``): marsad gives the day, TIMEX3 the week (granularity of the unit)."""
    words = normalize(text, opts).split()
    if len(words) < 2 or words[0].lstrip("وفل") not in ("قبل", "منذ", "بعد"):
        return False
    return lex.units.get(words[-1], ("", 0))[0] == "W"


def ordinal_decade(text: str, lex: DateLexicon, opts: NormalizeOptions) -> str | None:
    """HeidelTime's value of an ordinal decade (``العقد الأول``, ``العقد الثالث``):
    the decade digit in the 1900s (``191``, ``193``), whatever century follows, where
    marsad counts it from its century (the first decade of the 1900s is ``190``)."""
    words = _CLITIC.sub("", normalize(text, opts), count=1).split()
    if len(words) < 2 or words[0] != "عقد":
        return None
    n = lex.ordinals.get(words[1], 0)
    return f"19{n}" if 1 <= n <= 9 else None


def part_of_unit(text: str, lex: DateLexicon, opts: NormalizeOptions) -> str | None:
    """HeidelTime's value of a part of the current month or week named by its unit
    alone (``نهاية الشهر``, ``مطلع الأسبوع``): its rule gives ``UNDEF-month`` and
    ``UNDEF-week``, which its resolution leaves as they are (it resolves only the
    year's), where marsad places the part in a month or week of the calendar."""
    words = normalize(text, opts).split()
    if len(words) != 2 or words[0].lstrip("وفب") not in lex.period_parts:
        return None
    if not words[1].startswith("ال"):
        return None  # نهاية شهر: marsad's own value is already UNDEF-month
    letter, count = lex.units.get(words[1][2:], ("", 0))
    name = {"M": "month", "W": "week"}.get(letter)
    return f"UNDEF-{name}" if name and count == 1 else None


def first_yesterday(text: str, opts: NormalizeOptions) -> bool:
    """Whether ``text`` names the day before yesterday as ``أمس الأول``: HeidelTime's
    list reads only its ``أمس`` (yesterday), so TIMEX3 takes the day after marsad's."""
    return _FIRST_YESTERDAY.search(" ".join(normalize(text, opts).split())) is not None


_FIRST_YESTERDAY = re.compile(r"(?:^|\s)[وفب]?(?:ال)?امس الاول(?:\s|$)")


def timex3(
    d: DateExpr, lex: DateLexicon, opts: NormalizeOptions, quirks: bool = False
) -> tuple[TimexType, str | None]:
    """(TIMEX3 type, TIMEX3 value) of ``d``: a day opened by a part of the day is a
    ``TIME`` of that part, a day counted in weeks is its ISO week; with ``quirks`` an
    ordinal decade and ``أمس الأول`` take HeidelTime's values, which contradict the
    text (see ``news_reading``); anything else is returned unchanged."""
    if d.type != "DATE" or not d.value:
        return d.type, d.value
    if _DECADE.match(d.value):
        return "DATE", (ordinal_decade(d.text, lex, opts) if quirks else None) or d.value
    if _MONTH_OR_WEEK.match(d.value):
        return "DATE", part_of_unit(d.text, lex, opts) or d.value
    if _WEEKEND.match(d.value):
        return "DATE", weekend_ref(d.text, opts) or d.value
    if not _DAY.match(d.value):
        return d.type, d.value
    if counts_weeks(d.text, lex, opts):
        return "DATE", week_value(date.fromisoformat(d.value))
    value = d.value
    if quirks and first_yesterday(d.text, opts):
        value = (date.fromisoformat(value) + timedelta(days=1)).isoformat()
    code = part_of_day(d.text, lex, opts)
    if code is None:
        return d.type, value
    return "TIME", f"{value}T{code}"


_DECADE = re.compile(r"\d{3}$")
_WEEKEND = re.compile(r"\d{4}-W\d{2}-WE$")
# HeidelTime's modifiers after a plural unit (or نهاية الأسبوع): past ones make
# PAST_REF, future ones FUTURE_REF (normalized: ة -> ه, ئ -> ء)
_PAST_REF = re.compile(r"^(?:ال)?(?:سابق|فاءت|ماضي)ه?$")
_FUTURE_REF = re.compile(r"^(?:ال)?(?:قادم|تالي|مقبل|لاحق)ه?$")


def weekend_ref(text: str, opts: NormalizeOptions) -> str | None:
    """HeidelTime's value of a weekend with a modifier (``نهاية الأسبوع الماضي``,
    ``عطلة نهاية الأسبوع المقبل``): its unit list holds ``نهاية الأسبوع`` among the
    plural units, whose rules make any past one ``PAST_REF`` and any coming one
    ``FUTURE_REF``, where marsad names the week (``2015-W51-WE``)."""
    words = normalize(text, opts).split()
    if len(words) < 3 or words[-2] != "الاسبوع":
        return None
    if _PAST_REF.match(words[-1]):
        return "PAST_REF"
    return "FUTURE_REF" if _FUTURE_REF.match(words[-1]) else None


_DUAL_PAST = re.compile(r"(?:ال)?(?:سابق|فاءت|ماضي)[اي]ن$")
_NEXT_WORD = re.compile(r"\s+(\S+)")


def dual_past(
    d: DateExpr, text: str, lex: DateLexicon, opts: NormalizeOptions, dct: date
) -> DateExpr | None:
    """``d`` read as HeidelTime's Arabic rules read a dual unit followed by a
    masculine dual past modifier (``العامين الماضيين``, ``الشهرين السابقين``): a date
    two units before the creation date's (``2013`` from 2015), where marsad gives
    the two units' ``DURATION`` (``P2Y``). The span grows over the modifier; None
    where ``d`` is no such dual (the feminine ``السنتين الماضيتين`` is none: the
    rule spells the masculine ending only)."""
    if d.type != "DURATION" or len(d.text.split()) != 1:
        return None
    letter, count = lex.units.get(_CLITIC.sub("", normalize(d.text, opts), count=1), ("", 0))
    m = _NEXT_WORD.match(text, d.end)
    if count != 2 or m is None or not _DUAL_PAST.fullmatch(normalize(m.group(1), opts)):
        return None
    value = _two_before(letter, dct)
    if value is None:
        return None
    end = m.end(1)
    return msgspec.structs.replace(d, type="DATE", value=value, end=end, text=text[d.start : end])


def _two_before(letter: str, dct: date) -> str | None:
    """The value two ``letter`` units (``Y`` ``M`` ``W`` ``D`` ``DE`` ``CE``) before
    the creation date's; None for hours and minutes (a time, not a date)."""
    if letter == "Y":
        return f"{dct.year - 2:04d}"
    if letter == "M":
        year, month = add_months(dct, -2)
        return f"{year:04d}-{month:02d}"
    if letter in ("W", "D"):
        days = 14 if letter == "W" else 2
        back = dct - timedelta(days=days)
        return week_value(back) if letter == "W" else back.isoformat()
    if letter == "DE":
        return f"{dct.year // 10 - 2:03d}"
    return f"{dct.year // 100 - 2:02d}" if letter == "CE" else None


_MONTH_OR_WEEK = re.compile(r"\d{4}-(?:\d{2}|W\d{2})$")
_BARE = re.compile(r"(?<!\S)(اليوم|حديثاً?)(?![^\s.,،؛:!?؟)\]\"»])")


def bare_words(
    text: str, taken: list[tuple[int, int]], dct: date, quirks: bool = False
) -> list[tuple[int, int, str]]:
    """(start, end, value) of each word HeidelTime's Arabic list marks wherever it
    stands, outside the spans marsad ``taken``: ``حديثا`` (newly) is ``PRESENT_REF``
    and, with ``quirks``, every ``اليوم`` is the creation day, anaphoric ones too
    (``نحتفل بهذا اليوم``, ``اليوم الذي ننتظره``: "the day", which marsad leaves
    without a date). Written with a clitic (``باليوم``) they mark none."""
    out = []
    for m in _BARE.finditer(text):
        if m.group(1) == "اليوم" and not quirks:
            continue
        if not any(s < m.end() and m.start() < e for s, e in taken):
            value = dct.isoformat() if m.group(1) == "اليوم" else "PRESENT_REF"
            out.append((m.start(), m.end(), value))
    return out


def news_reading(d: DateExpr, finder: DateFinder, dct: date, quirks: bool = False) -> str | None:
    """The value of ``d`` read news-style: every relative expression from the creation
    date, none from a date the text gave earlier (``العام التالي`` after ``عام 1990`` is
    the year after the creation date's). HeidelTime resolves news documents so, and the
    Arabic TimeML corpus keeps its values (the day after in a story of the 1910s is
    the creation date's next day); marsad itself counts from the text (``anchor``
    "text"). So is a day counted from an event (``بعد ثلاثة أيام من الانفجار``, no
    value in marsad): HeidelTime counts it from the creation date. The expression is
    read again alone, where nothing comes before or after it.

    Alone, it is also read without the tense of its sentence: HeidelTime's Arabic
    resources hold no part-of-speech tense patterns, so its news reading puts a month
    written without a year in the creation year and a bare weekday on the last such
    day up to the creation date whatever the verb's tense, and the corpus keeps those
    values (a funeral announced with a future verb for صباح الثلاثاء is the past
    Tuesday). marsad's own values follow the tense.

    ``quirks`` adds the readings of HeidelTime's rules that contradict what the text
    says, which the corpus keeps: a modified weekday after ``يوم`` as the plain weekday
    (``يوم الأربعاء المقبل`` the last Wednesday), a day joined to a relative year in the
    creation year (``31 مارس من العام الماضي`` this year's), and in ``timex3`` and
    ``bare_words`` the others. Off by default: they score agreement with the
    annotation's slips, not dates; ``marsad eval timex --heideltime-quirks`` shows them."""
    if d.anchor == "published" and d.type == "DATE" and d.value and _TENSED.match(d.value):
        text = (_weekday_unmodified(d.text, finder) if quirks else None) or d.text
        alone = _alone(d, finder, dct, "في ", text) or d.value  # في: a month needs a cue
        if quirks and _year_after_day(alone, d.text, finder):
            return f"{dct.year:04d}{alone[4:]}"
        return _creation_year(alone, d.text, finder, dct)
    if d.anchor != "text" and (d.value is not None or d.type != "DATE"):
        return d.value
    return _alone(d, finder, dct) or d.value


_TENSED = re.compile(r"\d{4}-(?:\d{2}(?:-\d{2})?|W\d{2}-WE)$")  # or a weekend


def _year_after_day(value: str, text: str, finder: DateFinder) -> bool:
    """Whether ``text`` is a day of a month followed by a relative year joined with
    ``من`` (``31 مارس من العام الماضي``). HeidelTime's Arabic rules join a written
    year that way, not a relative one: the day and month get the creation year and
    the year phrase, valued apart, only widens the span, so TIMEX3 reads the day in
    the creation year (marsad places it in the year the phrase names)."""
    if not _DAY.match(value):
        return False
    words = normalize(text, finder.opts).split()
    lex = finder.lex
    if len(words) < 4 or words[-3] != "من" or not words[-2].startswith("ال"):
        return False
    if lex.units.get(words[-2][2:], ("", 0)) != ("Y", 1):
        return False
    return words[-1] in lex.past_mods or words[-1] in lex.future_mods


def _creation_year(value: str, text: str, finder: DateFinder, dct: date) -> str:
    """A month name (and day) with no year and no modifier is in the creation year:
    with no tense to read, HeidelTime keeps its ``UNDEF-year`` at the creation year
    (``25 ديسمبر`` written on 2015-12-24 is 2015-12-25), where marsad's reading with
    no tense takes the latest one before the anchor (2014-12-25)."""
    if not value.startswith(f"{dct.year - 1:04d}-") or value[5:6] == "W":
        return value
    words = normalize(text, finder.opts).split()
    lex = finder.lex
    if any(w in lex.past_mods or w in lex.future_mods for w in words):
        return value  # 25 ديسمبر الماضي: the modifier placed it
    names = words + [f"{a} {b}" for a, b in pairwise(words)]  # كانون الأول
    if not any(w in lex.months or w.lstrip("وفبل") in lex.months for w in names):
        return value  # قبل شهرين, يوم الجمعة: counted or named from the anchor
    return f"{dct.year:04d}{value[4:]}"


def _weekday_unmodified(text: str, finder: DateFinder) -> str | None:
    """``يوم الأربعاء`` of ``يوم الأربعاء المقبل``: HeidelTime's Arabic rules value a
    weekday after ``يوم`` alone, and the modifier after it only widens the span (its
    rule for a modified weekday has no ``يوم``), so the day is the last one up to
    the creation date whatever the modifier says."""
    words = text.split()
    folded = normalize(text, finder.opts).split()
    lex = finder.lex
    if len(folded) != 3 or folded[0].lstrip("وف") != "يوم" or folded[1] not in lex.weekdays:
        return None
    if folded[2] not in lex.future_mods and folded[2] not in lex.past_mods:
        return None
    return " ".join(words[:2])


def _alone(
    d: DateExpr, finder: DateFinder, dct: date, before: str = "", text: str | None = None
) -> str | None:
    """The value ``d``'s text (or ``text``) gets read on its own (after ``before``)."""
    alone = [e for e in finder.find(before + (text or d.text), dct) if e.type == d.type]
    return alone[0].value if len(alone) == 1 else None


_YEAR_DIGITS = re.compile(r"\d{4}")


def at_token_start(d: DateExpr, text: str, finder: DateFinder, dct: date) -> DateExpr | None:
    """``d`` as HeidelTime would mark it, which it does only from the start of a word
    written between spaces: an expression whose first word carries a clitic marsad
    read through (``لهذا العام``, ``واليوم``, ``بنهاية الشهر``) is read again from its
    next word (``العام الماضي`` of ``بنهاية العام الماضي``), or not marked at all when
    nothing is found there. Kept whole are the clitics HeidelTime's own patterns
    carry (a year in digits: ``لعام 2018``; ``ل`` before a definite word: ``للعام``;
    ``ب`` before ``الأمس``) and a clitic glued to a number (``و30 يونيو``), which a
    tokenizer splits off."""
    if d.type not in ("DATE", "TIME") or d.start == 0 or not text[d.start - 1].isalpha():
        return d
    if d.text[:1].isdigit() or _YEAR_DIGITS.search(d.text) or _clitic_kept(text, d):
        return d
    gap = re.search(r"\s+", d.text)
    return None if gap is None else _read_from(d, gap.end(), finder, dct)


def _read_from(d: DateExpr, offset: int, finder: DateFinder, dct: date) -> DateExpr | None:
    """The one expression found in ``d``'s text from ``offset`` on, in ``d``'s
    place, or None where there is not exactly one."""
    found = [e for e in finder.find(d.text[offset:], dct) if e.type in ("DATE", "TIME") and e.value]
    if len(found) != 1:
        return None
    e = found[0]
    start = d.start + offset + e.start
    return msgspec.structs.replace(
        d, start=start, end=start + len(e.text), text=e.text, value=e.value, anchor=e.anchor
    )


def _clitic_kept(text: str, d: DateExpr) -> bool:
    """Whether the clitic before ``d`` is one HeidelTime's patterns spell out."""
    prefix = text[d.start - 1]
    folded = d.text.replace("أ", "ا")
    return (prefix == "ل" and folded.startswith("ال")) or (
        prefix == "ب" and folded.startswith("الامس")
    )


# a count of hundreds in words after قبل / بعد / منذ (normalized: مائة -> ماءه)
_HUNDREDS_COUNT = re.compile(r"^[وفل]?(?:قبل|بعد|منذ) \S*م(?:ا)?ء(?:ه|ت[اي]ن?)(?:\s|$)")
_BARE_TOMORROW = re.compile(r"(?<!\S)غد(?!\S)")


def listed(d: DateExpr, finder: DateFinder, dct: date) -> DateExpr | None:
    """``d`` as far as HeidelTime's Arabic word list reads it: ``غد`` without its
    article or ending (``بعد غد``, ``يوم غد``; the list has ``الغد`` and ``غدا``) is
    unmarked, what follows it read alone (the ``الأربعاء`` of ``يوم غد الأربعاء``), and
    ``آنذاك`` written without its madda (``انذاك``) is unmarked, and so is a date
    counted in hundreds written as a word (``قبل مائة عام``): HeidelTime's rules count
    with number words of one or two digits only (``قبل 100 عام`` stays)."""
    if any(w.lstrip("وف") in ("انذاك", "إنذاك") for w in d.text.split()):
        return None
    if d.type == "DATE" and _HUNDREDS_COUNT.search(normalize(d.text, finder.opts)):
        return None
    m = _BARE_TOMORROW.search(d.text)
    if m is None:
        return d
    gap = re.match(r"\s+", d.text[m.end() :])
    return None if gap is None else _read_from(d, m.end() + gap.end(), finder, dct)
