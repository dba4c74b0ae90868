"""Calendar arithmetic for resolving relative and partial dates (TimeML values)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from hijridate import Gregorian, Hijri

# "present": no future marker, but an imperfective verb and no past cue near the date
# (تنطلق البطولة في 15 يونيو): a schedule; ``pick_year`` puts any day without its year
# near publication first, a present one's further ahead, and reads it as past beyond
Tense = Literal["past", "present", "future"]

# how far ahead of / behind the publication date a day without its year is read as
# that nearby one whatever the tense: schedules announce days up to a season ahead
# (a World Cup's 14 June in March) and reports recall days weeks back, while a day
# almost a year away comes with its year (on ANT, yearless days read 60-110 days
# ahead were nearly all upcoming ones; beyond that, past and coming ones mix)
UPCOMING_DAYS = 100
RECENT_DAYS = 60
# a present-tense sentence (no past cue) is a schedule further ahead: on ANT 0-12,000,
# of 22 yearless days 100-182 days ahead in one, 13 were the coming day and 2 the past
# one (World Cup fixtures, fiscal years and deadlines announced a season ahead)
PRESENT_UPCOMING_DAYS = 150
# the same for a month named without day or year
UPCOMING_MONTHS = 3
RECENT_MONTHS = 2


def iso(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(d: date, n: int) -> tuple[int, int]:
    """(year, month) ``n`` months from ``d``'s month."""
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def pick_year(month: int, day: int | None, dct: date, tense: Tense, near: bool = True) -> int:
    """The year of a month (and day) written without one.

    News reports past events: a past-tense sentence means the most recent such
    date on or before the publication date; a future one the next on or after it.
    A day with ``near`` (the tense read from the sentence, not from a modifier such
    as الماضي or from منذ) is first the one up to ``UPCOMING_DAYS`` ahead of
    publication or ``RECENT_DAYS`` behind it, whatever the tense: a news text gives
    the year of a day almost a year away, while a scheduled day just ahead sits in
    past-tense sentences (كان مقررا عقده يوم 12 يونيو, أرجئت الجلسة إلى 17 أغسطس)
    and a day just gone in future ones (a future verb later in the sentence, or an
    article written days before). A present-tense sentence, a schedule, reads days
    up to ``PRESENT_UPCOMING_DAYS`` ahead as coming ones, and as a past one beyond.
    """
    if day is None:
        if near and (year := _near_month_year(month, dct)) is not None:
            return year
        # a bare month: this year's unless the tense points across the year boundary
        if tense != "future":  # a bare month's span is too coarse for "just ahead"
            return dct.year if month <= dct.month else dct.year - 1
        return dct.year if month >= dct.month else dct.year + 1
    this = (month, day)
    now = (dct.month, dct.day)
    ahead = dct.year if this >= now else dct.year + 1
    behind = dct.year if this <= now else dct.year - 1
    if near:
        if near_day(ahead, month, day, dct, PRESENT_UPCOMING_DAYS if tense == "present" else None):
            return ahead
        if near_day(behind, month, day, dct):
            return behind
    return ahead if tense == "future" else behind


def _near_month_year(month: int, dct: date) -> int | None:
    """The year of a bare month up to ``UPCOMING_MONTHS`` after publication's or
    ``RECENT_MONTHS`` before it, whatever the tense; None further away. On ANT a
    bare month one to three months ahead read as last year's was nearly always the
    coming one (قمة في يوليو, in April), and a month just gone read as next year's
    nearly always the past one (التضخم في يناير, a future verb later in the sentence)."""
    ahead = (month - dct.month) % 12
    if ahead <= UPCOMING_MONTHS:
        return dct.year + (1 if month < dct.month else 0)
    if 12 - ahead <= RECENT_MONTHS:
        return dct.year - (1 if month > dct.month else 0)
    return None


def near_day(year: int, month: int, day: int, dct: date, upcoming: int | None = None) -> bool:
    """Whether the day lies within the span ``pick_year`` reads whatever the tense
    (``upcoming`` days ahead, ``UPCOMING_DAYS`` unless given)."""
    d = safe_date(year, month, day)
    ahead = UPCOMING_DAYS if upcoming is None else upcoming
    return d is not None and -RECENT_DAYS <= (d - dct).days <= ahead


def weekday_date(weekday: int, dct: date, direction: int) -> date:
    """The date of a weekday near ``dct``: ``-1`` the latest on or before it, ``+1``
    the first on or after it, ``-2``/``+2`` strictly before/after (الماضي/المقبل)."""
    diff = weekday - dct.weekday()
    if direction == -1:
        return dct + timedelta(days=diff if diff <= 0 else diff - 7)
    if direction == -2:
        return dct + timedelta(days=diff if diff < 0 else diff - 7)
    if direction == 1:
        return dct + timedelta(days=diff if diff >= 0 else diff + 7)
    return dct + timedelta(days=diff if diff > 0 else diff + 7)


def weekday_with_day(weekday: int, day: int, dct: date) -> date | None:
    """``الاثنين 27``: the month, within half a year of ``dct``, whose ``day`` falls on
    ``weekday``; the nearest such date wins."""
    best: date | None = None
    for n in range(-6, 7):
        y, m = add_months(dct, n)
        d = safe_date(y, m, day)
        if d and d.weekday() == weekday and (best is None or abs(d - dct) < abs(best - dct)):
            best = d
    return best


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
        return date(g.year, g.month, g.day)
    except (OverflowError, ValueError):
        return None


# the tabular calendar: 1 Muharram 1 AH fell on 16 July 622 (Julian, as ``date``
# counts proleptic Gregorian it is off by three days, far below a year's grain)
_HIJRI_EPOCH = date(622, 7, 16).toordinal()
_HIJRI_YEAR_DAYS = 354.367


def hijri_year_in_gregorian(year: int) -> int:
    """The Gregorian year the middle of Hijri ``year`` falls in: for years before the
    converter's range (المتوفى سنة 276هـ), whose day-exact dates no source gives."""
    middle = _HIJRI_EPOCH + round((year - 1) * _HIJRI_YEAR_DAYS + _HIJRI_YEAR_DAYS / 2)
    return date.fromordinal(middle).year


def hijri_year_of(d: date) -> int:
    return int(Gregorian(d.year, d.month, d.day).to_hijri().year)


def hijri_month_of(d: date) -> tuple[int, int]:
    """(Hijri year, Hijri month) of ``d``."""
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return int(h.year), int(h.month)


def shift(dct: date, period: str, n: int) -> str:
    """The value ``n`` periods (D W M Y DE CE) from ``dct`` at that period's grain."""
    if period == "D":
        return iso(dct + timedelta(days=n))
    if period == "W":
        return iso(dct + timedelta(weeks=n))
    if period == "M":
        return month_value(*add_months(dct, n))
    if period == "Y":
        return f"{dct.year + n:04d}"
    if period == "DE":
        return f"{(dct.year + 10 * n) // 10:03d}"
    if period == "CE":
        return f"{(dct.year + 100 * n) // 100:02d}"
    if period == "TH":  # قبل 48 ساعة: the day that many hours back
        return iso(dct + timedelta(days=n // 24 if n >= 0 else -(-n // 24)))
    return iso(dct)  # minutes: the day itself


SEASONS = ("SP", "SU", "FA", "WI")


def _season_index(d: date) -> int:
    """A running count of seasons: spring of year y is ``4 * y``; December opens the
    winter of its year, which January and February continue."""
    if d.month <= 2:
        return 4 * (d.year - 1) + 3
    return 4 * d.year + (d.month - 3) // 3


def season_value(code: str, dct: date, direction: int) -> str:
    """``YYYY-SU`` of a season named with a modifier: ``-1`` the last one before the
    season ``dct`` falls in (الصيف الماضي written in December is that year's summer),
    ``+1`` the first after it, anything else the one of ``dct``'s year."""
    if direction not in (-1, 1):
        return f"{dct.year:04d}-{code}"
    if direction == -1 and code == "WI" and dct.month <= 2:
        # last winter, said in January, is named by the year before (HeidelTime's
        # reading): the winter one writes in is the current year's
        return f"{dct.year - 1:04d}-WI"
    now, want = _season_index(dct), SEASONS.index(code)
    k = now + direction
    while k % 4 != want:
        k += direction
    return f"{k // 4:04d}-{code}"


def month_beyond(month: int, dct: date, direction: int) -> int:
    """The year of a month named with a past (-1) or future (+1) modifier: strictly
    before or after ``dct``'s month (ديسمبر الماضي written in December is last year's)."""
    if direction == -1:
        return dct.year if month < dct.month else dct.year - 1
    return dct.year if month > dct.month else dct.year + 1
