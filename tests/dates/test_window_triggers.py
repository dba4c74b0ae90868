"""A window searched past its last trigger would find nothing more: every match
holds a trigger of its rule. Two expressions of one rule close together (one merged
window) are both found, and an expression after a match is still found when a
trigger opens it."""

from __future__ import annotations

from datetime import date

from marsad.dates.extract import DateFinder

DCT = date(2015, 6, 10)


def test_two_months_in_one_window_are_both_found(finder: DateFinder) -> None:
    text = "زار الوفد المدينة في مارس ثم عاد إليها في مايو"
    found = finder.find(text, DCT)
    assert [d.text for d in found] == ["مارس", "مايو"]


def test_two_years_close_together_are_both_found(finder: DateFinder) -> None:
    text = "جرت الانتخابات عام 2009 ثم عام 2013"
    found = finder.find(text, DCT)
    assert [(d.text, d.value) for d in found] == [("عام 2009", "2009"), ("عام 2013", "2013")]


def test_a_match_ending_the_window_leaves_nothing_after_it(finder: DateFinder) -> None:
    # one weekday, and words after it that no rule of it could take
    text = "التقى الوزير نظيره يوم الخميس في العاصمة لبحث ملفات عالقة"
    found = finder.find(text, DCT)
    assert [d.text for d in found] == ["يوم الخميس"]
