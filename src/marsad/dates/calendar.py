"""Calendar arithmetic for resolving relative and partial dates (TimeML values)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from hijridate import Gregorian, Hijri

Tense = Literal["past", "future"]


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


def pick_year(month: int, day: int | None, dct: date, tense: Tense) -> int:
    """The year of a month (and day) written without one.

    News reports past events: a past-tense sentence means the most recent such
    date on or before the publication date; a future one the next on or after it.
    """
    if day is None:
        # a bare month: this year's unless the tense points across the year boundary
        if tense == "past":
            return dct.year if month <= dct.month else dct.year - 1
        return dct.year if month >= dct.month else dct.year + 1
    this = (month, day)
    now = (dct.month, dct.day)
    if tense == "past":
        return dct.year if this <= now else dct.year - 1
    return dct.year if this >= now else dct.year + 1


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


def hijri_year_of(d: date) -> int:
    return int(Gregorian(d.year, d.month, d.day).to_hijri().year)


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
    return iso(dct)  # hours and minutes: the day itself
