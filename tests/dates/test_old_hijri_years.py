"""Hijri years before the converter's range, read as the Gregorian year of their
middle, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.calendar import hijri_to_gregorian, hijri_year_in_gregorian
from marsad.dates.extract import DateFinder

DCT = date(2021, 1, 14)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("يقول ابن سيده المتوفى سنة 458هـ في كتابه.", "سنة 458هـ", "1066"),
        ("ولد الشاعر في عام 505 هـ في طوس.", "عام 505 هـ", "1112"),
        ("ذكره مؤرخ توفي سنة 65 هجرية في الكوفة.", "سنة 65 هجرية", "0685"),
        ("بني المسجد سنة 1205هـ على يد الوالي.", "سنة 1205هـ", "1791"),
    ],
)
def test_old_hijri_years(finder: DateFinder, text: str, surface: str, value: str) -> None:
    assert [(d.text, d.value) for d in finder.find(text, DCT)] == [(surface, value)]


def test_a_two_digit_year_without_hijri_mark_stays_a_short_year(finder: DateFinder) -> None:
    assert [d.value for d in finder.find("ارتفع الإنتاج في عام 15 بنسبة كبيرة.", DCT)] == ["2015"]


@pytest.mark.parametrize("year", [1345, 1400, 1442])
def test_the_estimate_agrees_with_the_converter_where_both_read(year: int) -> None:
    g = hijri_to_gregorian(year, 7, 1)
    assert g is not None
    assert hijri_year_in_gregorian(year) == g.year
