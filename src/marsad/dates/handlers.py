"""Rule handlers: a regex match to a resolved ``Hit``, or None to reject the match.

Values follow TimeML: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Www``, seasons
``YYYY-SU``, decades ``YYY``, centuries ``YY``, ``PRESENT_REF``/``PAST_REF``/
``FUTURE_REF``, durations ``P3D``/``PT2H`` and sets ``P1D``. Without an anchor date a
relative expression keeps its span with value None.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from marsad.dates.calendar import (
    add_months,
    hijri_month_of,
    hijri_to_gregorian,
    hijri_year_in_gregorian,
    hijri_year_of,
    iso,
    month_beyond,
    month_value,
    near_day,
    pick_year,
    safe_date,
    season_value,
    shift,
    week_value,
    weekday_date,
    weekday_with_day,
)
from marsad.dates.lexicon import DateLexicon
from marsad.dates.model import (
    TEMPORAL_PREP,
    Anchor,
    Context,
    Hit,
    direction,
    future_verb,
    hit,
    imperfective,
    number,
    squash,
)

M = re.Match[str]


def _day(m: M, ctx: Context, group: str = "day") -> int | None:
    raw = m.group(group)
    if raw is None:
        return None
    raw = squash(raw)
    return int(raw) if raw.isdigit() else ctx.lex.ordinals.get(raw)


def _month(m: M, ctx: Context) -> int:
    return ctx.lex.months[squash(m.group("m1"))]


def _opt(m: M, name: str) -> str | None:
    """Group ``name`` of ``m``, None when the pattern has no such group: cheaper than
    ``m.groupdict()``, which builds a dict of every group for one or two of them."""
    return m.group(name) if name in m.re.groupindex else None


def _year_of(
    m: M, ctx: Context, month: int, day: int | None, written: bool = True
) -> tuple[int | None, bool]:
    """(year, explicit): the written year, ``من العام الماضي``, or one picked by tense."""
    year = _opt(m, "year") if written else None
    if year:
        return int(year), True
    if ctx.dct is None:
        return None, False
    yy = _opt(m, "yy") if written else None
    if yy:
        return _two_digit_year(int(yy), ctx.dct.year), True
    ymod = _opt(m, "ymod") if written else None
    if ymod:
        d = direction(ymod, ctx.lex)
        return ctx.dct.year + (d if d in (-1, 1) else 0), False
    d = direction(_opt(m, "mod"), ctx.lex)
    if d == 0:
        return ctx.dct.year, False
    if d in (-1, 1) and day is None:
        return month_beyond(month, ctx.dct, d), False
    if d in (-1, 1):  # يونيو الماضي / المقبل: the modifier says which side
        return pick_year(month, day, ctx.dct, "past" if d == -1 else "future", near=False), False
    if _SINCE_BEFORE.search(ctx.text, max(0, m.start("x") - 8), m.start("x")):
        # منذ 13 مارس: a day since which something holds is behind the text
        return pick_year(month, day, ctx.dct, "past", near=False), False
    return pick_year(month, day, ctx.dct, ctx.tense_at(m.start("x"))), False


# منذ right before a date, with its clitic (ومنذ) and يوم (منذ يوم 13 مارس)
_SINCE_BEFORE = re.compile(r"(?<!\w)[وف]?منذ\s+(?:يوم\s+)?$")


_WORD_BEFORE = re.compile(r"(\S+)\s+$")
# nouns an ordinal counts (الأسبوع الثاني, الجولة الأولى): not the ones a date
# follows (أعلنت الأمم المتحدة الأول من مارس, الموافق السابع من أكتوبر)
_COUNTED_BY_ORDINAL = frozenset(
    [
        "الاسبوع",
        "الاسابيع",
        "الشهر",
        "الاشهر",
        "العام",
        "السنه",
        "الربع",
        "النصف",
        "العقد",
        "القرن",
        "الجوله",
        "الدور",
        "الموسم",
        "الفصل",
        "الجزء",
        "الحلقه",
        "الدوره",
        "المرحله",
        "النسخه",
        "الاسبوعين",
        "الايام",
        "الساعات",
        "الليالي",
        "الاعوام",
        "السنوات",
    ]
)


def _ordinal_of_noun(m: M, ctx: Context) -> bool:
    """``الأسبوع الأول من يناير``: an ordinal written after a definite noun other than
    اليوم agrees with that noun (a week, a round ...); it is no day of the month."""
    raw = squash(m.group("day"))
    if raw.isdigit() or _opt(m, "wd"):
        return False
    before = _WORD_BEFORE.search(ctx.text, max(0, m.start("x") - 20), m.start("x"))
    prev = before.group(1) if before else ""
    return prev in _COUNTED_BY_ORDINAL or prev[1:] in _COUNTED_BY_ORDINAL


def _name_kind(m: M, ctx: Context) -> str | None:
    """The class of the head noun right before a day-month that names something
    (ثورة 25 يناير, ملعب الخامس من يوليو), None when none or when an anniversary word
    comes a little before it (الذكرى السابعة لثورة 25 يناير: that year's anniversary)."""
    start = m.start()
    before = _WORD_BEFORE.search(ctx.text, max(0, start - 16), start)
    if before is None:
        return None
    kind = ctx.lex.name_heads.get(before.group(1))
    if kind is None:
        return None
    head = before.start(1)
    if any(w in ctx.lex.anniversary_words for w in ctx.text[max(0, head - 30) : head].split()):
        return None
    return kind


def _named_kind(m: M, ctx: Context) -> str | None:
    """``_name_kind`` of a day-month without year or modifier (ثورة 25 يناير 2011 is a
    date as written)."""
    if _opt(m, "year") or _opt(m, "yy") or _opt(m, "ymod") or _opt(m, "mod"):
        return None
    return _name_kind(m, ctx)


def _named_day(m: M, kind: str, known: int | None, value: str) -> Hit:
    """A day-month named after: no date after a place (مدينة السادس من أكتوبر); after
    a movement or event the historical day of a well-known one (هجمات 11 سبتمبر:
    2001-09-11, ``known`` its year), else none (ثورة 19 ديسمبر): a hit flagged as a
    name, which keeps a month inside it (يوليو) from being read alone. ``value``: MM-DD
    (MM for a month alone: ثورة يوليو)."""
    if kind == "place" or known is None:
        return hit(m, "DATE", None, name=True)
    return hit(m, "DATE", f"{known:04d}-{value}", historical=True)


def dmy(m: M, ctx: Context) -> Hit | None:
    day, month = _day(m, ctx), _month(m, ctx)
    if day is None or not 1 <= day <= 31 or _ordinal_of_noun(m, ctx):
        return None
    kind = _named_kind(m, ctx)
    if kind is not None:
        known = ctx.lex.named_days[kind].get((month, day))
        if kind != "event" or known is not None:  # an event noun alone: read as a day
            return _named_day(m, kind, known, f"{month:02d}-{day:02d}")
    year, explicit = _year_of(m, ctx, month, day)
    if year is None:
        return hit(m, "DATE", f"XXXX-{month:02d}-{day:02d}", anchor="none")
    wd = _opt(m, "wd")
    if wd and not explicit and ctx.dct is not None and not near_day(year, month, day, ctx.dct):
        # الخميس 30 آب: the year in which that day is a Thursday wins over tense; not
        # over a day near publication (a wrong weekday there is a slip of the writer's,
        # the matching year's day is a year away)
        fits = [
            y
            for y in (year, ctx.dct.year, ctx.dct.year + 1, ctx.dct.year - 1)
            if (d := safe_date(y, month, day)) and d.weekday() == ctx.lex.weekdays[wd]
        ]
        year = fits[0] if fits else year
    if safe_date(year, month, day) is None:
        return None
    return hit(m, "DATE", f"{year:04d}-{month:02d}-{day:02d}", anchor=_anchor(explicit))


def _anchor(explicit: bool) -> str:
    return "absolute" if explicit else "published"


def range_(m: M, ctx: Context) -> Hit | None:
    first = int(m.group("d1"))
    last = dmy(m, ctx)
    if last is not None and (last.name or last.historical):
        # تكتلي 8 و14 آذار: a list or range after a head noun names things too
        return Hit(m.start("x"), last.end, "DATE", None, name=True)
    if last is None or last.value is None or not 1 <= first < int(m.group("day")):
        return None
    start = last.value[:-2] + f"{first:02d}"
    if _two_days(m, ctx, first):
        # 3 و10 يونيو: two days, not the days between; this hit is the first day's
        # alone and the dmy rule reads the second (و10 يونيو) on its own
        return Hit(m.start("d1"), m.end("d1"), "DATE", start, anchor=last.anchor)
    return Hit(last.start, last.end, "DATE", start, end_value=last.value, anchor=last.anchor)


def _two_days(m: M, ctx: Context, first: int) -> bool:
    """``3 و10 يونيو`` names two days; بين 3 و10 يونيو (بين يومي ...) the days between
    them, and two days in a row (يومي 28 و29 يونيو) are the same either way: a range."""
    if int(m.group("day")) - first < 2 or ctx.text.startswith("بين", m.start("x")):
        return False
    if not _LIST_LINK.fullmatch(ctx.text, m.end("d1"), m.start("day")):
        return False
    return _BETWEEN_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start()) is None


_BETWEEN_BEFORE = re.compile(r"(?<!\w)[وف]?بين\s+(?:يومي\s+)?$")
# white space before و: glued (16و17 يوليو) the dmy rule cannot read the second day;
# أو keeps its range (5 أو 6 مارس: one day of the two, which is unsure)
_LIST_LINK = re.compile(r"\s+و\s*")


def month_year(m: M, ctx: Context) -> Hit | None:
    if m.group("ymod") and not _month_cued(m, ctx):
        return None  # دعت إليها ماي العام الماضي: Theresa May, and a year
    month = _month(m, ctx)
    year, explicit = _year_of(m, ctx, month, None)
    if year is None:
        return None
    return hit(m, "DATE", month_value(year, month), anchor=_anchor(explicit))


def _month_cued(m: M, ctx: Context) -> bool:
    """Whether a month name that is also a common word or a name (``months_needing_cue``:
    مارس, ماي) has what makes it a month: شهر, a second name (أيار/مايو) or a temporal
    preposition before it. A relative year after it (ماي العام الماضي) is no cue."""
    if squash(m.group("m1")) not in ctx.lex.months_needing_cue or m.group("m2"):
        return True
    before = ctx.text[max(0, m.start("x") - 12) : m.start("x")]
    return m.group(0).lstrip("وفبلك").startswith("شهر") or bool(TEMPORAL_PREP.search(before))


def month(m: M, ctx: Context) -> Hit | None:
    """A month without day or year. A name that is also a common word (مارس, آب:
    ``months_needing_cue``) needs شهر, a modifier, a pair (أيار/مايو) or a temporal
    preposition before it; any other is a month wherever it stands (انتخابات نوفمبر)."""
    name = m.group("m1")
    folded = squash(name)
    cue = m.group("shahr") or m.group("mod") or m.group("m2")
    before = ctx.text[max(0, m.start("x") - 12) : m.start("x")]
    if not cue and folded in ctx.lex.months_needing_cue and not TEMPORAL_PREP.search(before):
        return None
    # آب (August) folds like أب (father): alone, only the exact spelling counts
    alone = not m.group("m2") and not m.group("shahr")
    spelled = ctx.raw_of(m.start("m1"), m.end("m1"))
    if alone and spelled != ctx.lex.ambiguous_months.get(folded, spelled):
        return None
    nth = ctx.lex.months[folded]  # _month(m, ctx): the name is folded already
    if not m.group("mod") and (kind := _name_kind(m, ctx)) is not None:
        # ثورة يوليو, حرب أكتوبر: ``dmy``'s names, by the month alone
        known = ctx.lex.named_months[kind].get(nth)
        if kind != "event" or known is not None:
            return _named_day(m, kind, known, f"{nth:02d}")
    if ctx.dct is None:
        return hit(m, "DATE", f"XXXX-{nth:02d}", anchor="none")
    year, _ = _year_of(m, ctx, nth, None, written=False)
    return hit(m, "DATE", month_value(year or ctx.dct.year, nth), anchor="published")


def hijri(m: M, ctx: Context) -> Hit | None:
    hm = ctx.lex.hijri_months[squash(m.group("hm"))]
    day, year = _day(m, ctx), m.group("year")
    strong = day is not None or year is not None or m.group("h") or m.group("mod")
    if not strong and (m.group("hm") in ctx.lex.hijri_ambiguous or not m.group("shahr")):
        return None
    if year is not None and not 1300 <= int(year) <= 1500:
        return None
    if day is not None and year is None and not m.group("mod"):
        named = _named_hijri_day(m, ctx, hm, day)
        if named is not None:
            return named
    if year is None:
        if ctx.dct is None:
            return None
        dirn = direction(m.group("mod"), ctx.lex)
        if dirn == 2:
            hy = _hijri_year_near(hm, day, ctx, m.start("x"))
        else:
            hy = _hijri_year_placed(hm, day, ctx.dct, dirn)
    else:
        hy = int(year)
    g = hijri_to_gregorian(hy, hm, day or 1)
    if g is None:
        return None
    value = iso(g) if day else month_value(g.year, g.month)
    return hit(m, "DATE", value, anchor=_anchor(year is not None))


def _named_hijri_day(m: M, ctx: Context, hm: int, day: int) -> Hit | None:
    """``dmy``'s names for a Hijri day: مدينة العاشر من رمضان is a place, نصر العاشر من
    رمضان the day of 1393 (1973-10-06); None: read it as a day."""
    kind = _name_kind(m, ctx)
    if kind is None:
        return None
    known = ctx.lex.named_hijri_days[kind].get((hm, day))
    if kind == "event" and known is None:
        return None
    g = hijri_to_gregorian(known, hm, day) if known is not None else None
    if g is None:
        return _named_day(m, kind, None, "")
    return _named_day(m, kind, g.year, f"{g.month:02d}-{g.day:02d}")


def _hijri_year_near(hm: int, day: int | None, ctx: Context, pos: int) -> int:
    """The Hijri year of a month (and day) written without year or modifier: a day,
    or a month's first day, near publication (``near_day``) whatever the tense, as a
    Gregorian one (التاسع والعشرين من رمضان the day after publication, هلال شوال
    days ahead: this year's), else by tense."""
    assert ctx.dct is not None
    base = hijri_year_of(ctx.dct)
    cands = [(y, hijri_to_gregorian(y, hm, day or 1)) for y in (base - 1, base, base + 1)]
    ok = [(y, g) for y, g in cands if g is not None]
    for y, g in ok:
        if near_day(g.year, g.month, g.day, ctx.dct):
            return y
    tense = ctx.tense_at(pos)
    if tense != "future":
        past = [y for y, g in ok if g <= ctx.dct]
        return max(past) if past else base
    fut = [y for y, g in ok if g >= ctx.dct]
    return min(fut) if fut else base


def _hijri_year_placed(hm: int, day: int | None, dct: date, dirn: int) -> int:
    """The Hijri year of a month named with a modifier: ``رمضان الجاري`` the current
    Hijri year's, ``الماضي`` the last one begun before ``dct`` (a whole month not the
    one ``dct`` falls in), ``المقبل`` the first one beginning after it."""
    base, now = hijri_month_of(dct)
    if dirn == 0:
        return base
    cands = [(y, hijri_to_gregorian(y, hm, day or 1)) for y in range(base - 2, base + 3)]
    if dirn == -1:
        past = [y for y, g in cands if g is not None and g <= dct]
        past = [y for y in past if day is not None or (y, hm) != (base, now)]
        return max(past) if past else base - 1
    future = [y for y, g in cands if g is not None and g > dct]
    return min(future) if future else base + 1


def numeric(m: M, ctx: Context) -> Hit | None:
    if m.group("mo"):
        return _numeric_month(m, ctx)
    a, b, c = m.group("a"), int(m.group("b")), m.group("c")
    if len(a) == 4:
        y, mo, d = int(a), b, int(c)
    elif len(c) == 4:
        d, mo, y = int(a), b, int(c)
        if mo > 12 and d <= 12:
            d, mo = mo, d
    elif len(c) == 2 and m.group("sep") == "/" and ctx.dct is not None:
        # 3/3/98: a two-digit year in the century that puts it on or before the
        # anchor year, as short_year reads عام 98
        d, mo, y = int(a), b, _two_digit_year(int(c), ctx.dct.year)
    else:
        return None
    if m.group("h") == "ه" and 1300 <= y <= 1500:
        g = hijri_to_gregorian(y, mo, d)
        return hit(m, "DATE", iso(g)) if g else None
    if not 1800 <= y <= 2100 or safe_date(y, mo, d) is None:
        return None
    return hit(m, "DATE", f"{y:04d}-{mo:02d}-{d:02d}")


def _two_digit_year(yy: int, anchor_year: int) -> int:
    return (2000 if yy <= anchor_year % 100 else 1900) + yy


def _numeric_month(m: M, ctx: Context) -> Hit | None:
    """``12/2014``: a month and its year, unless a number's label comes before it
    (``القرار رقم 12/2014`` is a resolution)."""
    mo, y = int(m.group("mo")), int(m.group("my"))
    before = ctx.text[max(0, m.start("x") - 14) : m.start("x")]
    if not 1 <= mo <= 12 or not 1900 <= y <= 2100 or _NOT_YEAR_BEFORE.search(before):
        return None
    return hit(m, "DATE", f"{y:04d}-{mo:02d}")


_NOT_YEAR_BEFORE = re.compile(
    r"(?:رقم|القرار|قرار|الماده|ماده|البند|الطريق|الصفحه|العدد|قانون|القانون|نحو|حوالي|اكثر\s+من|اقل\s+من|"
    r"الرحله|سياره|هاتف|البالغ|البالغه|قدره|قدرها|بواقع|بلغ|بلغت|يبلغ|تبلغ)\s+$"
)
# compiled once: re's own cache costs a lookup on every call
_OPEN_BEFORE = re.compile(r"[(\-–]\s*$")
# 2013 و2014: a year joined by a glued و to a year before it is one too
_YEAR_AND_BEFORE = re.compile(r"\d{4}\s+و$")
_YEAR_OK_AFTER = re.compile(r"^\s*(?:$|[^\w\s]|و\w*|في|من|الي|حتي|حين|عندما|بعد|قبل|علي|اثر|ضد)")


def year(m: M, ctx: Context) -> Hit | None:
    """A year, written with عام/سنة or alone. A bare four-digit number is a year only
    in a temporal position (after في/منذ/حتى ... or before punctuation), never after
    رقم/قرار (resolution numbers) or before a counted noun (``2000 شخص``)."""
    y = int(m.group("year"))
    before = ctx.text[max(0, m.start("x") - 14) : m.start("x")]
    if (m.group("h") or "").startswith("ه"):  # هـ, هجرية
        if not 1000 <= y <= 1500:
            return None
        g = hijri_to_gregorian(y, 7, 1)  # the converter's range: 1343 on
        return hit(m, "DATE", str(g.year if g else hijri_year_in_gregorian(y)))
    if m.group("kw"):
        if not 1000 <= y <= 2200:
            return None
        part = _part_before(m.start("x"), ctx, y)
        if part is not None:
            return Hit(part[0], m.end("x"), "DATE", part[1])
        return hit(m, "DATE", f"{y:04d}")
    if not 1800 <= y <= 2100 or _NOT_YEAR_BEFORE.search(before):
        return None
    after = ctx.text[m.end("x") : m.end("x") + 12]
    if (
        TEMPORAL_PREP.search(before)
        or _OPEN_BEFORE.search(before)
        or _YEAR_AND_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start("x"))
        or _YEAR_OK_AFTER.match(after)
        or m.group("h")
        or _plausible_year(y, after, ctx)
    ):
        part = _part_before(m.start("x"), ctx, y)  # الربع الأول من 2014
        if part is not None:
            return Hit(part[0], m.end("x"), "DATE", part[1])
        return hit(m, "DATE", f"{y:04d}")
    return None


def _plausible_year(y: int, after: str, ctx: Context) -> bool:
    """A recent four-digit number after a noun (انتخابات 2010 التشريعية, نوبل 1988
    عن ...) is a year unless a counted noun follows it (2000 شخص, 1950 دولارا)."""
    last = ctx.dct.year + 15 if ctx.dct is not None else 2040
    if not 1900 <= y <= last:
        return False
    nxt = _NEXT_WORD.match(after)
    if nxt is None:
        return True
    word = nxt.group(1)
    if word in ctx.lex.counted_nouns:
        return False
    # a counted noun after 11..99 (and so after 2012) takes the accusative alif
    # (2012 كتابا); a nisba adverb (رسميا) or a verb in وا does not count
    accusative = word.endswith("ا") and not word.endswith(("يا", "وا")) and len(word) > 3
    return not accusative or word in ctx.lex.year_adverbs


_COUNT_AFTER = re.compile(r"\s+(?:علي\s+التوالي|من\s+(?:عمر|حياه|عمل))")


def short_year(m: M, ctx: Context) -> Hit | None:
    """``عام 98``, ``سنة 67``: a two-digit year in the century that puts it on or
    before the anchor year (``عام 14`` written in 2015 is 2014, ``عام 98`` 1998)."""
    if m.group(0)[: m.start("x") - m.start()].endswith("ل"):
        return None  # للعام 15 على التوالي counts years, it names none
    if _COUNT_AFTER.match(ctx.text, m.end("x")):
        return None
    yy = int(m.group("yy"))
    return hit(m, "DATE", f"{_two_digit_year(yy, ctx.dct.year if ctx.dct else 2030):04d}")


def old_hijri_year(m: M, ctx: Context) -> Hit | None:
    """``سنة 276هـ``: the Gregorian year of the Hijri year's middle (TimeML ``0889``)."""
    return hit(m, "DATE", f"{hijri_year_in_gregorian(int(m.group('year'))):04d}")


def day_current(m: M, ctx: Context) -> Hit | None:
    """``في 20 الجاري``: that day of the anchor date's month."""
    if ctx.dct is None:
        return hit(m, "DATE", None, anchor="none")
    d = safe_date(ctx.dct.year, ctx.dct.month, int(m.group("day")))
    return hit(m, "DATE", iso(d), anchor="published") if d else None


_NEXT_WORD = re.compile(r"\s+(\w+)")
_ADJ_AFTER_DAY = re.compile(
    r"^\s+ال(?:\w+(?:ي|يه)"
    # كان اليوم الأكثر دموية: an elative makes it a day of the text, not today (a
    # plain definite word may be the subject after it: أعلن اليوم الجيش)
    r"|اكثر|اشد|اسوا|اطول|افضل|اهم|اكبر|اعنف|اصعب|اخطر|ابرز)(?!\w)"
)


def relday(m: M, ctx: Context) -> Hit | None:
    rel = squash(m.group("rel"))
    if rel == "غد" and not m.group("pod") and not m.group("wd"):
        return None  # غد أفضل is a figure; صباح غد and غد الجمعة are tomorrow
    offset = ctx.lex.relative_days[rel]
    after = ctx.text[m.end("x") : m.end("x") + 20]
    if m.group("rel") == "اليوم" and not m.group("wd") and not m.group("pod"):
        # اليوم الوطني / اليوم الأول: a named or numbered day, not today
        nxt = _NEXT_WORD.match(after)
        if nxt and (nxt.group(1) in ctx.lex.ordinals or _ADJ_AFTER_DAY.match(after)):
            return None
    plain = m.group("rel") == "اليوم" and not m.group("wd") and not m.group("pod")
    same = _same_day(m, ctx) if plain else None  # ذلك صباح اليوم: this morning
    if same is not None:
        return same
    named = _date_after(m.end("x"), ctx)
    if named is not None and (ctx.dct is None or abs((named - ctx.dct).days) <= 31):
        # اليوم 15 يوليو 2018, أمس الموافق 24 يونيو: the day the text names, which
        # may not be the publication date's neighbour (a statement quoted days later);
        # one far from publication is no Gregorian reading (اليوم 30/9/1439هـ)
        return hit(m, "DATE", iso(named), anchor="published")
    if ctx.dct is None:
        return hit(m, "DATE", None, anchor="none")
    day = ctx.dct + timedelta(days=offset)
    gap = (ctx.lex.weekdays[m.group("wd")] - day.weekday()) % 7 if m.group("wd") else 0
    if gap in (1, 6):
        # اليوم (الاثنين) in a text dated Tuesday: a publication (or collection) date
        # a day off; the weekday the text names is the day
        day += timedelta(days=1 if gap == 1 else -1)
    if m.group("wd") and ctx.lex.weekdays[m.group("wd")] != day.weekday():
        # بعد غد الثلاثاء on a date that makes it no Tuesday: the text and the
        # publication date disagree; the relative day and the weekday are reported
        # apart (the weekday rule values the name), neither hides the other
        return Hit(m.start("x"), m.end("rel"), "DATE", iso(day), anchor="published")
    return hit(m, "DATE", iso(day), anchor="published")


_THAT_BEFORE = re.compile(r"(?<!\w)(?:ذلك|نفس|ذات)\s+$")  # في نفس اليوم: the same day
_SAME_AFTER = re.compile(r"\s+(?:ذاته|نفسه)(?!\w)")


def _same_day(m: M, ctx: Context) -> Hit | None:
    """``ذلك اليوم``, ``اليوم نفسه``: the day the text named last (else the
    publication date, as ``اليوم التالي``), not today."""
    start, end = m.start("x"), m.end("x")
    that = _THAT_BEFORE.search(ctx.text, max(0, start - 8), start)
    same = _SAME_AFTER.match(ctx.text, end)
    if that is None and same is None:
        return None
    start = that.start() if that else start
    end = same.end() if same else end
    return Hit(start, end, "DATE", None, anchor="text", shift=0)


# the words right before a weekday, none after a punctuation mark: a future verb up to
# three words before it (ستبدأ عهدها رسميا الأربعاء), and a weekday after و joins the
# one before it (سيصلان إلى بلاده الخميس والجمعة)
_WORDS_BEFORE = re.compile(r"(?:^|\s)((?:\w+\s+){1,4})(?:يوم\s+)?(?:و|او\s+)?$")


_FUTURE_CANDIDATE = re.compile(r"(?<!\w)[وف]?س[يتنو]")  # سيـ/ستـ/سنـ, and سوف


def _future_verb_before(head: str, lex: DateLexicon) -> bool:
    if _FUTURE_CANDIDATE.search(head) is None:
        return False  # no word opening like a future verb or سوف (most heads)
    m = _WORDS_BEFORE.search(head)
    if m is None:
        return False
    words = m.group(1).split()
    return "سوف" in words[:-1] or any(future_verb(w, lex) for w in words)


def _schedule_verb_before(head: str, lex: DateLexicon) -> bool:
    """``يجتمع المجلس الأربعاء``, ``يستمر المؤتمر حتى الخميس``: the clause before a bare
    weekday opens with an imperfective verb in يـ (its first word, after و/ف) and holds
    no past cue: a schedule, whose day is this week's next, not the last one."""
    m = _WORDS_BEFORE.search(head)
    if m is None:
        return False
    words = m.group(1).split()
    if len(words) < 2 or words[-1] in ("منذ", "ومنذ"):
        return False  # the verb right before the day (قال الخميس) or منذ: no schedule
    before = head[: m.start(1)].split()[-1:]
    if before and before[0] in ("ان", "وان"):
        return False  # قبل أن يغادر، على أن يبدأ: a subjunctive, told of the past too
    first = words[0]
    stem = first[1:] if len(first) > 4 and first[0] in "وف" else first
    if stem[:1] != "ي" or not imperfective(stem, lex):
        return False  # تـ opens perfects too (تجددت، تسبب، توصل) and names (ترمب)
    return not any(w in lex.past_markers or w[1:] in lex.past_markers for w in words)


def weekday(m: M, ctx: Context) -> Hit | None:
    name = m.group("wd")
    if not name.startswith("ال") and not m.group("yawm"):
        return None
    wd = ctx.lex.weekdays[name]
    named = _date_after(m.end("x"), ctx)
    if named is not None and named.weekday() == wd:
        # الأربعاء 22/12/2015, الخميس الموافق 24 ديسمبر: the day the date names
        return hit(m, "DATE", iso(named))
    if ctx.dct is None:
        return hit(m, "DATE", None, anchor="none")
    if m.group("day"):
        d = weekday_with_day(wd, int(m.group("day")), ctx.dct)
        return hit(m, "DATE", iso(d), anchor="published") if d else None
    dirn = direction(m.group("mod"), ctx.lex)
    if dirn == 2:
        # a bare weekday in news is this week's, already past, unless a future
        # verb governs it directly (ستعقد الخميس)
        head = ctx.text[max(0, m.start("x") - 48) : m.start("x")]
        ahead = _future_verb_before(head, ctx.lex) or _schedule_verb_before(head, ctx.lex)
        way = 1 if ahead else -1
    else:
        way = {-1: -2, 1: 2, 0: -1}[dirn]
    return hit(m, "DATE", iso(weekday_date(wd, ctx.dct, way)), anchor="published")


_DATE_AFTER = re.compile(
    r"\s*[،,]?\s*(?:الموافق\s+)?(?:"
    r"(?P<d>\d{1,2})\s*(?P<s>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=s)\s*(?P<y>\d{4})"
    r"|(?P<y2>\d{4})\s*(?P<s2>[/.\-])\s*(?P<m2>\d{1,2})\s*(?P=s2)\s*(?P<d2>\d{1,2})"
    r"|(?P<d3>\d{1,2})\s+(?:من\s+)?(?:شهر\s+)?(?P<name>[^\W\d]+(?:\s+[^\W\d]+)?)"
    r"(?:\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<y3>\d{4}))?)"
)


def _date_after(pos: int, ctx: Context) -> date | None:
    """The day a date written right after a weekday names (numeric, or day and month
    name with or without a year), else None."""
    m = _DATE_AFTER.match(ctx.text, pos)
    if m is None:
        return None
    if m.group("d"):
        return safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if m.group("y2"):
        return safe_date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
    words = m.group("name").split()
    month = ctx.lex.months.get(" ".join(words)) or ctx.lex.months.get(words[0])
    if month is None:
        return None
    if m.group("y3"):
        return safe_date(int(m.group("y3")), month, int(m.group("d3")))
    if ctx.dct is None:
        return None
    day = int(m.group("d3"))
    year = pick_year(month, day, ctx.dct, ctx.tense_at(pos))
    return safe_date(year, month, day)


_NEXT_WORDS = re.compile(r"\s+(\w+(?:\s+\w+)?)")


def _month_named_after(m: M, ctx: Context) -> bool:
    """``شهر جوان``, ``شهر رمضان``: the word شهر introduces a month name (Gregorian or
    Hijri), it is no unit of time."""
    nxt = _NEXT_WORDS.match(ctx.text[m.end("x") : m.end("x") + 24])
    if nxt is None:
        return False
    words = nxt.group(1)
    first = words.split()[0]
    lex = ctx.lex
    return any(w in table for w in (words, first) for table in (lex.months, lex.hijri_months))


_NUMBER_AFTER = re.compile(r"\s*\d")
_FROM_NOW = re.compile(r"\s+من\s+(?:الزمن|الزمان|الان)(?!\w)")  # قبل عقدين من الزمن
_DISTANCE_BEFORE = re.compile(r"(?<!\w)علي\s+$")
_FROM_EVENT = re.compile(r"\s+(?:من|علي)\s")


def relunit(m: M, ctx: Context) -> Hit | None:
    """``قبل يومين``, ``منذ ثلاثة أسابيع``, ``بعد 40 عاما``; ``خلال`` gives a duration."""
    if _month_named_after(m, ctx) or _NUMBER_AFTER.match(ctx.text, m.end("x")):
        return None  # خلال عام 2017, خلال شهر مارس: the unit word introduces a name
    period, count = ctx.lex.units[squash(m.group("unit"))]
    n = number(m.group("num"), ctx.lex) if m.group("num") else (count or None)
    if m.group("some") and count in (1, 2):
        return None  # عدة takes a plural
    dir_word = m.group("dir")
    if dir_word not in ("قبل", "منذ", "بعد"):
        return _duration_hit(m, period, n)
    if dir_word == "بعد" and _DISTANCE_BEFORE.search(
        ctx.text, max(0, m.start("x") - 6), m.start("x")
    ):
        return None  # على بعد ساعة من المدينة: a distance
    after = ctx.text[m.end("x") : m.end("x") + 12]
    if dir_word != "منذ" and _FROM_EVENT.match(after) and not _FROM_NOW.match(after):
        # بعد أسبوع على القصف: a day counted from an event, not from today; its
        # value is unknown (the TimeML reading counts it from the creation date)
        return hit(m, "DATE", None, anchor="none") if n is not None else None
    if n is None:
        # قبل (عدة) أيام / بعد سنوات: an unplaced past or future (TimeML PAST_REF /
        # FUTURE_REF, as HeidelTime's Arabic rules give); منذ سنوات is a stretch
        # of time, too vague to place
        if dir_word == "منذ" or m.group("qual"):
            return None
        return hit(m, "DATE", "PAST_REF" if dir_word == "قبل" else "FUTURE_REF", anchor="none")
    if ctx.dct is None:
        return hit(m, "DATE", None, anchor="none")
    sign = 1 if dir_word == "بعد" else -1
    return hit(m, "DATE", shift(ctx.dct, period, sign * n), anchor="published")


def _duration_hit(m: M, period: str, n: int | None) -> Hit | None:
    if n is None:
        return None
    if period in ("TH", "TM"):
        return hit(m, "DURATION", f"PT{n}{period[1]}")
    return hit(m, "DURATION", f"P{n}{period}")


# a half or a quarter of a unit in a smaller one (TIMEX3 values hold integers)
_FRACTIONS = {
    ("نصف", "TH"): "PT30M",
    ("نصف", "D"): "PT12H",
    ("نصف", "Y"): "P6M",
    ("نصف", "DE"): "P5Y",
    ("نصف", "CE"): "P50Y",
    ("ربع", "TH"): "PT15M",
    ("ربع", "Y"): "P3M",
    ("ربع", "CE"): "P25Y",
}


def duration(m: M, ctx: Context) -> Hit | None:
    if _month_named_after(m, ctx):
        return None
    if m.group("dual"):  # يومين, العامين
        return _duration_hit(m, ctx.lex.units[m.group("dual")][0], 2)
    if m.group("some"):  # عدة أشهر: an unknown count (TIMEX3 X)
        period = ctx.lex.units[squash(m.group("sunit"))][0]
        return hit(m, "DURATION", f"PTX{period[1]}" if period in ("TH", "TM") else f"PX{period}")
    if m.group("frac"):
        period = ctx.lex.units[squash(m.group("funit"))][0]
        value = _FRACTIONS.get((m.group("frac"), period))
        return hit(m, "DURATION", value) if value else None
    period, _ = ctx.lex.units[squash(m.group("unit"))]
    return _duration_hit(m, period, number(m.group("num"), ctx.lex))


def counted(m: M, ctx: Context) -> Hit | None:
    """``السنوات الثلاث الماضية``, ``الـ24 ساعة الماضية``: the last (or next) n units,
    a duration (TimeML ``P3Y``, ``PT24H``), whatever stretch they close (``الأيام العشرة
    الأخيرة من رمضان`` lasts ten days too)."""
    lex = ctx.lex
    if m.group("plural"):
        period = lex.units[m.group("plural")][0]
        word = m.group("word")
        # الثلاث -> ثلاث, الاربع والعشرين -> اربع وعشرين
        defined = squash(word)[2:].replace(" وال", " و") if word else None
        n = int(m.group("num")) if defined is None else lex.cardinals.get(defined)
    else:
        period = lex.units[squash(m.group("unit"))][0]
        n = int(m.group("dnum"))
    if n is None or n < 2:
        return None
    return _duration_hit(m, period, n)


_OF_AFTER = re.compile(r"\s+من(?!\w)")
_BEFORE_LAST = re.compile(r"\s+قبل\s+الماضي(?:ه)?(?!\w)")


def period(m: M, ctx: Context) -> Hit | None:
    """``الأسبوع الماضي`` (ISO week), ``الشهر المقبل``, ``هذا العام``, ``العام قبل
    الماضي``; a day of the month or a quarter of the year written before it is part of
    the date (``15 من الشهر الجاري``, ``الربع الأول من العام المقبل``)."""
    unit = ctx.lex.period_words[squash(m.group("pw"))]
    end = m.end("x")
    if m.group("mod") in ("الاخير", "الاخيره") and _OF_AFTER.match(ctx.text, end):
        return None  # الأسبوع الأخير من نوفمبر: the last week of another period
    if m.group("mod") and m.group("that"):
        # وقع ذلك الشهر الماضي: ذلك is the sentence's subject, the modifier places
        # the month
        return period_reading(m, ctx, unit, m.start("pw"), end)
    if m.group("that") or m.group("same"):
        return _same_period(m, ctx, unit)
    start = m.start("x")
    if m.group("pw")[:2] != "ال" and start > 0 and ctx.text[start - 1] == "ل":
        start -= 1  # للعام المقبل: ل + العام, the article's alif dropped after it
    return period_reading(m, ctx, unit, start, end)


def period_reading(m: M, ctx: Context, unit: str, start: int, end: int) -> Hit | None:
    """The value of a period word placed by هذا or a modifier (or by nothing, for a
    weekend: see ``_weekend``)."""
    if m.group("this"):
        dirn = 0
    else:
        dirn = direction(m.group("mod"), ctx.lex)
        before_last = _BEFORE_LAST.match(ctx.text, end) if dirn == 2 else None
        if before_last is None and dirn == 2:
            if unit == "year":
                return _part_of_bare_year(ctx, start, end)
            return _weekend(m, ctx) if unit == "weekend" else None
        if before_last is not None:  # the one before the last: two back
            dirn, end = -2, before_last.end()
    if ctx.dct is None:
        return Hit(start, end, "DATE", None, anchor="none")
    dct = ctx.dct
    if unit == "weekend":  # TimeML: the week's value with -WE
        value = week_value(dct + timedelta(weeks=dirn)) + "-WE"
    elif unit == "week":
        value = week_value(dct + timedelta(weeks=dirn))
    elif unit == "month":
        year, month = add_months(dct, dirn)
        got = _day_before(start, ctx, year, month)
        if got is not None:
            first = _range_start(got[0], ctx, int(got[1][-2:]))
            if first is not None:  # ما بين 10 و12 من الشهر المقبل: the days between
                at, day = first
                value = f"{got[1][:-2]}{day:02d}"
                return Hit(at, end, "DATE", value, end_value=got[1], anchor="published")
            return Hit(got[0], end, "DATE", got[1], anchor="published")
        value = month_value(year, month)
    else:
        got = _part_before(start, ctx, dct.year + dirn)
        if got is not None:
            return Hit(got[0], end, "DATE", got[1], anchor="published")
        value = f"{dct.year + dirn:04d}"
    step = None
    if unit in ("month", "year") and m.group("mod") in _ANAPHORIC:
        step = ("M" if unit == "month" else "Y", dirn)
    return Hit(start, end, "DATE", value, anchor="published", step=step)


# العام المالي, العام الدراسي: a year of another calendar (the الي after it is إلى)
_DEFINED_WORD_AFTER = re.compile(r"\s+(?!الي(?!\w))ال\w")


def _part_of_bare_year(ctx: Context, start: int, end: int) -> Hit | None:
    """``الربع الأول من العام``, ``النصف الثاني من العام``: a quarter or a half of a
    year named by nothing else is the publication year's, as ``مطلع العام`` is (see
    ``undefined``); a bare العام without one is no date."""
    if ctx.dct is None or _DEFINED_WORD_AFTER.match(ctx.text, end):
        return None
    before = ctx.text[max(0, start - 30) : start]
    if "الربع" not in before and "النصف" not in before:
        return None  # no quarter or half (the season of _part_before needs a modifier)
    got = _part_before(start, ctx, ctx.dct.year)
    if got is None or not before.rstrip().endswith(("من", "ل")):
        return None  # الربع الأول العام: no "of", no part of that year
    return Hit(got[0], end, "DATE", got[1], anchor="published")


_GENERIC_BEFORE = re.compile(r"(?<!\w)(?:عطلات|كل|ايام)\s+$")


def _weekend(m: M, ctx: Context) -> Hit | None:
    """``عطلة نهاية الأسبوع`` with no modifier: the last weekend begun by the anchor
    date, or the next one in a future sentence (TimeML ``2015-W51-WE``)."""
    if _GENERIC_BEFORE.search(ctx.text, max(0, m.start("x") - 8), m.start("x")):
        return None  # في عطلات نهاية الأسبوع, كل نهاية أسبوع: any weekend, no date
    if ctx.dct is None:
        return hit(m, "DATE", None, anchor="none")
    dct, started = ctx.dct, ctx.dct.weekday() >= 5  # Saturday or Sunday
    if ctx.tense_at(m.start("x")) == "future":
        day = dct if not started else dct + timedelta(weeks=1)
    else:
        day = dct if started else dct - timedelta(weeks=1)
    return hit(m, "DATE", week_value(day) + "-WE", anchor="published")


_OF_YEAR_AFTER = re.compile(r"\s+(?:من\s+)?(?:ال)?(?:عام|سنه)(?!\w)")


def _same_period(m: M, ctx: Context, unit: str) -> Hit | None:
    """``في ذلك العام``, ``الشهر نفسه``: the year or month the text named last (no
    value when it named none); a week or weekend so referred to is left alone."""
    if unit not in ("month", "year"):
        return None
    if unit == "month" and _OF_YEAR_AFTER.match(ctx.text, m.end("x")):
        return None  # الشهر نفسه من العام الماضي: that month of another year
    step = ("M" if unit == "month" else "Y", 0)
    return Hit(m.start("x"), m.end("x"), "DATE", None, anchor="none", step=step)


# the year or month after / before one the text names (انتخب عام 1990 ثم استقال في
# العام التالي), not after / before the publication date's
_ANAPHORIC = frozenset(["التالي", "التاليه", "اللاحق", "اللاحقه", "السابق", "السابقه"])


_WORD = re.compile(r"\S+")


# the first day of a range before a relative month's day: بين 10 و (و alone only
# after بين: 3 و10 من الشهر names two days), من 10 إلى, 10 حتى, 10 -
_RANGE_HEAD = re.compile(
    r"(?:(?<!\w)(?P<bain>بين)\s+(?P<d1>\d{1,2})\s*و\s*"
    r"|(?:(?<!\w)(?:من|بين)\s+)?(?P<d2>\d{1,2})\s*(?:(?<!\w)الي|(?<!\w)حتي|-|–)\s*)$"
)


def _range_start(at: int, ctx: Context, last: int) -> tuple[int, int] | None:
    """The start and first day of a range written before a relative month's day at
    ``at`` (``ما بين 10 و12 من الشهر المقبل``), None when it is no range."""
    m = _RANGE_HEAD.search(ctx.text, max(0, at - 24), at)
    if m is None:
        return None
    first = int(m.group("d1") or m.group("d2"))
    if not 1 <= first < last:
        return None
    return m.start(), first


_GLUED_DAY = re.compile(r"([وفب]?)(ال)?(\d{1,2})$")


def _day_before(start: int, ctx: Context, year: int, month: int) -> tuple[int, str] | None:
    """``يوم 15 من الشهر الجاري``, ``الخامس عشر من الشهر الماضي``: the day of a
    relative month written before it, as (folded start, full date)."""
    lo = max(0, start - 40)
    words = list(_WORD.finditer(ctx.text, lo, start))
    if words and words[-1].group() == "من":
        words.pop()
    for k in range(max(0, len(words) - 3), len(words)):
        tail = " ".join(w.group() for w in words[k:])
        # و15; الـ15 (folded ال15), whose article stays in the span
        glued = _GLUED_DAY.match(tail)
        skip = len(glued.group(1)) if glued else 0
        tail = glued.group(3) if glued else tail
        day = int(tail) if tail.isdigit() and len(tail) <= 2 else ctx.lex.ordinals.get(tail)
        if day is None or safe_date(year, month, day) is None:
            continue
        prev = words[k - 1].group().lstrip("وفب") if k else ""
        if prev.startswith("ال") and prev != "اليوم" and not tail.isdigit():
            return None  # الأسبوع الأول من الشهر: the ordinal counts weeks, not days
        at = words[k - 1].start() if prev in ("يوم", "اليوم") else words[k].start() + skip
        return at, f"{year:04d}-{month:02d}-{day:02d}"
    return None


@lru_cache(maxsize=4)
def _season_re(seasons: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(sorted(seasons, key=len, reverse=True))
    return re.compile(rf"(?<!\w)[وفبل]?(?P<s>{words})\s+(?:من\s+)?$")


# the lexicon last asked for and its season pattern: the same one comes with every
# year, and this identity check spares a tuple of the seasons and its cache key hash
_SEASONS: list[tuple[DateLexicon, re.Pattern[str]] | None] = [None]


def _season_pattern(lex: DateLexicon) -> re.Pattern[str]:
    known = _SEASONS[0]
    if known is not None and known[0] is lex:
        return known[1]
    pattern = _season_re(tuple(lex.seasons))
    _SEASONS[0] = (lex, pattern)
    return pattern


def _season_before(start: int, ctx: Context, year: int) -> tuple[int, str] | None:
    """``صيف العام الماضي``: a season of a relative year (TimeML ``2014-SU``)."""
    lo = max(0, start - 20)
    before = ctx.text[lo:start]
    if not before[-1:].isspace():
        return None  # the pattern ends in white space (most years follow a word)
    found = _season_pattern(ctx.lex).search(before)
    if found is None:
        return None
    return lo + found.start("s"), f"{year:04d}-{ctx.lex.seasons[found.group('s')]}"


_PART_OF_YEAR = re.compile(
    r"(?<!\w)[وفبل]?(?P<unit>الربع|النصف)\s+(?P<nth>الاول|الثاني|الثالث|الرابع|الاخير)"
    r"\s+(?:من\s+|ل)?$"
)
_NTH = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}


def _part_before(start: int, ctx: Context, year: int) -> tuple[int, str] | None:
    """``الربع الأول من العام`` (TimeML ``2015-Q1``), ``النصف الثاني من عام 2014``
    (``2014-H2``): a quarter or a half written before a year, as (folded start, value)."""
    lo = max(0, start - 30)
    before = ctx.text[lo:start]
    # the pattern holds الربع or النصف: two substring checks cost less than its search
    if "الربع" not in before and "النصف" not in before:
        return _season_before(start, ctx, year)
    found = _PART_OF_YEAR.search(before)
    if found is None:
        return _season_before(start, ctx, year)
    halves = found.group("unit") == "النصف"
    last = 2 if halves else 4
    nth = _NTH.get(found.group("nth"), last)
    if nth > last:
        return None
    return lo + found.start("unit"), f"{year:04d}-{'H' if halves else 'Q'}{nth}"


_NOT_SEASON_AFTER = re.compile(r"\s+(?:العربي|الاول|الثاني|الاخر|اول|ثاني)")


def season(m: M, ctx: Context) -> Hit | None:
    name = m.group("season")
    after = ctx.text[m.end("x") : m.end("x") + 12]
    if _NOT_SEASON_AFTER.match(after):
        return None  # الربيع العربي; ربيع الأول is a Hijri month
    if not name.startswith("ال") and not (m.group("year") or m.group("fasl")):
        # في شتاء قارس: a bare winter or summer after a temporal preposition (ربيع
        # and خريف alone are too often a name, a Hijri month or a figure of speech)
        before = ctx.text[max(0, m.start("x") - 12) : m.start("x")]
        if name not in ("شتاء", "صيف") or not TEMPORAL_PREP.search(before):
            return None
    code = ctx.lex.seasons[name]
    if m.group("year"):
        return hit(m, "DATE", f"{m.group('year')}-{code}")
    if ctx.dct is None:
        return hit(m, "DATE", None, anchor="none")
    value = season_value(code, ctx.dct, direction(m.group("mod"), ctx.lex))
    return hit(m, "DATE", value, anchor="published")


def decade(m: M, ctx: Context) -> Hit | None:
    d = ctx.lex.decades[m.group("dec")]
    cent = _century_number(m.group("cent"), ctx)
    if cent is None:
        cent = 20 if ctx.dct is not None and d * 10 + 1900 > ctx.dct.year + 10 else 19
        cent = 19 if cent == 20 and d > 3 else cent
    return hit(m, "DATE", f"{cent:02d}{d}")


def _century_number(word: str | None, ctx: Context) -> int | None:
    """The value digits of a century phrase: القرن العشرين -> 19, القرن الماضي -> 19."""
    if word is None:
        return None
    w = squash(word)
    if w.isdigit():
        return int(w) - 1
    if w in ctx.lex.ordinals:
        return ctx.lex.ordinals[w] - 1
    if ctx.dct is None:
        return None
    dirn = direction(w, ctx.lex)
    return ctx.dct.year // 100 + (dirn if dirn in (-1, 1) else 0)


def century(m: M, ctx: Context) -> Hit | None:
    if m.group("unit") == "العقد":
        if m.group("cent") in ctx.lex.ordinals:
            return _decade_of_century(m, ctx, ctx.lex.ordinals[squash(m.group("cent"))])
        if m.group("cent") == "الاخير" and _CENTURY_AFTER.match(ctx.text, m.end("x")):
            return _decade_of_century(m, ctx, 10)  # العقد الأخير من القرن الماضي
        if ctx.dct is None:
            return None
        dirn = direction(m.group("cent"), ctx.lex)
        return hit(m, "DATE", f"{ctx.dct.year // 10 + (dirn if dirn in (-1, 1) else 0):03d}")
    cent = _century_number(m.group("cent"), ctx)
    if cent is not None and _HIJRI_AFTER.match(ctx.text, m.end("x")):
        # القرن الرابع الهجري: the Gregorian century its first year falls in (a
        # Hijri year is 354.37 days; the converter covers only recent years)
        if not 0 <= cent < 15:
            return None
        first = 622 + round((cent * 100 + 1) * 354.367 / 365.2425)
        return hit(m, "DATE", f"{first // 100:02d}")
    return hit(m, "DATE", f"{cent:02d}") if cent is not None and 0 <= cent < 30 else None


_HIJRI_AFTER = re.compile(r"\s+(?:ال)?هجري(?!\w)")


# the century's words: القرن العشرين, القرن التاسع عشر, القرن الحادي والعشرين
_CENTURY_AFTER = re.compile(
    r"\s+(?:من\s+)?(?:(?P<this>هذا)\s+)?القرن(?:\s+(\w+(?:\s+عشر(?!\w)|\s+و\w+)?))?"
)


def _decade_of_century(m: M, ctx: Context, nth: int) -> Hit | None:
    """``العقد الثاني من القرن العشرين`` = 191: the ``nth`` decade counts inside the
    century named after it; without one it is no calendar decade."""
    after = _CENTURY_AFTER.match(ctx.text, m.end("x"))
    if after is None or not 1 <= nth <= 10:
        return None
    words = after.group(2) or ""
    if after.group("this"):
        words = "الحالي"  # هذا القرن: the publication date's century
    cent = _century_number(words, ctx) if words else None
    if cent is None and " " in words:
        cent = _century_number(words.split()[0], ctx)
    if cent is None or not 0 <= cent < 30:
        return None
    return hit(m, "DATE", f"{cent:02d}{nth - 1}")


UNDEF_UNITS = {
    "شهر": "month",
    "عام": "year",
    "سنه": "year",
    "اسبوع": "week",
    "عقد": "decade",
    "العام": "year",
    "السنه": "year",
    "الشهر": "month",
    "الاسبوع": "week",
}


def undefined(m: M, ctx: Context) -> Hit | None:
    """``نهاية شهر`` / ``مطلع كل عام``: a part of an unnamed month or year (TimeML
    ``UNDEF-month``); a named one after it is the month or year rule's longer match.
    A part of one year (``حتى نهاية العام``, ``ختام عام``) is the publication year's:
    HeidelTime, whose output the Arabic TimeML corpus corrects, resolves an unnamed
    year so, and leaves an unnamed month, week or decade undefined. A part of the
    month (``مطلع الشهر``, definite) is the publication month's."""
    unit = UNDEF_UNITS[m.group("u")]
    if unit == "year" and not m.group("every") and ctx.dct is not None:
        return hit(m, "DATE", f"{ctx.dct.year:04d}", anchor="published")
    if m.group("u") == "الشهر" and ctx.dct is not None:  # مطلع الشهر: the current one
        return hit(m, "DATE", month_value(ctx.dct.year, ctx.dct.month), anchor="published")
    if m.group("u") == "الاسبوع":  # مطلع الأسبوع: the current week (نهاية: a weekend)
        if m.group("x").startswith("نهايه") or ctx.dct is None:
            return None
        return hit(m, "DATE", week_value(ctx.dct), anchor="published")
    return hit(m, "DATE", f"UNDEF-{unit}", anchor="none")


def clock(m: M, ctx: Context) -> Hit | None:
    raw = squash(m.group("hh"))
    hh = int(raw) if raw.isdigit() else ctx.lex.ordinals.get(raw)
    if hh is None or hh > 24:
        return None
    if m.group("ap") in ("مساء", "ليلا", "عصرا") and hh < 12:
        hh += 12
    mm = int(m.group("mm") or 0)
    day = iso(ctx.dct) if ctx.dct else "XXXX-XX-XX"
    return hit(m, "TIME", f"{day}T{hh:02d}:{mm:02d}", anchor="published")


# من after الأيام الأخيرة: of a stretch (من الحرب), unless it opens من خلال (through)
_OF_STRETCH_AFTER = re.compile(r"\s+من\s+(?!خلال(?!\w))")


def special(m: M, ctx: Context) -> Hit | None:
    phrase = m.group("x")
    if phrase.endswith("الاخيره") and _OF_STRETCH_AFTER.match(ctx.text, m.end("x")):
        return None  # الأيام الأخيرة من الحرب: the last days of a named stretch, no past
    return hit(m, "DATE", ctx.lex.specials[squash(phrase)], anchor="none")


_NAMED_DAYS_AFTER = re.compile(r"\s+(?:\d|ال(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)(?!\w))")


def set_(m: M, ctx: Context) -> Hit | None:
    if m.group("x") == "يومي" and _NAMED_DAYS_AFTER.match(ctx.text, m.end("x")):
        return None  # يومي 10 و11 أبريل, يومي الاثنين والثلاثاء: "the two days", no set
    return hit(m, "SET", ctx.lex.sets[squash(m.group("x"))], anchor="none")


def anchored(m: M, ctx: Context) -> Hit | None:
    """``غداة الهجوم``, ``اليوم التالي``: a day counted from a date the text gives;
    the extractor resolves it once every expression of the document is known."""
    rel = squash(m.group("rel"))
    what = (m.group("what") or "").strip()
    event = rel in ("غداه", "عشيه")
    if event and (not what or what in ctx.lex.weekdays):
        return None  # عشية الأحد is an evening, read by the weekday rule
    # the day after an event is only known from a date the text gives; "the next
    # day" alone falls back to the publication date (anchor "text" marks that)
    anchor: Anchor = "none" if event else "text"
    shift = ctx.lex.anchored_days[rel]
    return Hit(m.start("x"), m.end("x"), "DATE", None, anchor=anchor, shift=shift)
