"""Ordinals after plural units, 'the last X of ...' and a bare غد, on sentences
written for these tests. The anchor is Thursday 2021-01-14."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.extract import DateFinder

DCT = date(2021, 1, 14)


def found(finder: DateFinder, text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in finder.find(text, DCT)]


def test_ordinal_after_plural_days_is_no_day_of_the_month(finder: DateFinder) -> None:
    # الأيام الأولى: the first days, not the first of the month
    got = found(finder, "تحسن الطقس في الأيام الأولى من أكتوبر الماضي.")
    assert got == [("أكتوبر الماضي", "2020-10")]


def test_the_last_week_of_a_month_is_no_past_week(finder: DateFinder) -> None:
    got = found(finder, "تحسن الطقس في الأسبوع الأخير من أكتوبر الماضي.")
    assert got == [("أكتوبر الماضي", "2020-10")]


def test_the_last_week_alone_is_still_the_past_week(finder: DateFinder) -> None:
    assert found(finder, "تحسن الطقس في الأسبوع الأخير.") == [("الأسبوع الأخير", "2021-W01")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("تصل القافلة صباح غد إلى الحدود.", "صباح غد"),
        ("تصل القافلة غد الجمعة إلى الحدود.", "غد الجمعة"),
    ],
)
def test_bare_ghad_with_a_part_of_day_or_weekday_is_tomorrow(
    finder: DateFinder, text: str, surface: str
) -> None:
    assert found(finder, text) == [(surface, "2021-01-15")]


def test_bare_ghad_alone_is_a_figure(finder: DateFinder) -> None:
    assert found(finder, "يحلم الشباب ببناء غد أجمل لمدينتهم.") == []


def test_the_last_decade_of_a_century_is_its_tenth(finder: DateFinder) -> None:
    got = found(finder, "انتشرت الأغنية الشعبية في العقد الأخير من القرن التاسع عشر.")
    assert got[0] == ("العقد الأخير", "189")


def test_the_last_decade_alone_is_the_past_one(finder: DateFinder) -> None:
    assert found(finder, "تضاعف عدد السكان خلال العقد الأخير.") == [("العقد الأخير", "201")]


def test_a_decade_of_a_compound_ordinal_century(finder: DateFinder) -> None:
    # التاسع عشر is one ordinal: the nineteenth century, not the ninth
    got = found(finder, "ظهرت أولى الصحف المحلية في العقد الأول من القرن التاسع عشر.")
    assert got[0] == ("العقد الأول", "180")
