"""Numeric month-years, spaced numeric dates, two-digit years and a quarter or half of
a bare year, on sentences written for these tests. The anchor is Thursday 2021-01-14."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.extract import DateFinder

DCT = date(2021, 1, 14)


def found(finder: DateFinder, text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in finder.find(text, DCT)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("افتتح المصنع أبوابه في 11/2019 بعد تأخير طويل.", "11/2019", "2019-11"),
        ("افتتح المصنع أبوابه في ٣/٢٠١٨ بعد تأخير طويل.", "٣/٢٠١٨", "2018-03"),
    ],
)
def test_month_slash_year_is_that_month(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, value)]


@pytest.mark.parametrize(
    "text",
    [
        "ألغت المحكمة القرار رقم 7/2019 الخاص بالبلدية.",  # a numbered decision
        "سجلت البعثة 45/2019 في دفاترها.",  # no month 45
    ],
)
def test_number_slash_year_that_is_no_month(finder: DateFinder, text: str) -> None:
    # the year alone may still be read (the decision's year); no month is
    assert all(len(v or "") == 4 for _, v in found(finder, text))


@pytest.mark.parametrize(
    "text",
    [
        "وقعت الاتفاقية بتاريخ 9 / 10 / 2017 في العاصمة.",
        "وقعت الاتفاقية بتاريخ ٩ / ١٠ / ٢٠١٧ في العاصمة.",
    ],
)
def test_numeric_date_with_spaces_around_its_separators(finder: DateFinder, text: str) -> None:
    assert [v for _, v in found(finder, text)] == ["2017-10-09"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("تزوج الشاعر في 4/6/97 في قريته.", "1997-06-04"),
        ("انتقلت العائلة إلى المدينة في 4/6/19 على عجل.", "2019-06-04"),
    ],
)
def test_numeric_date_with_a_two_digit_year(finder: DateFinder, text: str, value: str) -> None:
    # the century that puts the year on or before the anchor year
    assert [v for _, v in found(finder, text)] == [value]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("صدر الديوان الأول في 12 أيلول 89، وطبع مرتين.", "12 أيلول 89", "1989-09-12"),
        ("صدر الديوان الأول في تشرين الأول 89.", "تشرين الأول 89", "1989-10"),
    ],
)
def test_day_or_month_with_a_two_digit_year(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, value)]


def test_two_digits_before_a_counted_noun_are_no_year(finder: DateFinder) -> None:
    got = found(finder, "أحصت اللجنة في 12 أيلول 40 منزلا مهدما.")
    assert [v for _, v in got] == ["2020-09-12"]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("تراجعت المبيعات في الربع الثالث من 2018 بشكل حاد.", "الربع الثالث من 2018", "2018-Q3"),
        ("نمت الصادرات في النصف الأول من 2017 بنسبة كبيرة.", "النصف الأول من 2017", "2017-H1"),
    ],
)
def test_quarter_or_half_of_a_bare_year(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, value)]


def test_a_year_glued_to_and_after_a_year_is_a_year(finder: DateFinder) -> None:
    # as a spaced و already does (2013 و 2014), whatever word follows
    got = found(finder, "فاز الفريق باللقب في 2016 و2017 تباعا.")
    assert got == [("2016", "2016"), ("2017", "2017")]
