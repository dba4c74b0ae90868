"""A month followed by a relative year with or without من, on sentences written for
these tests. The anchor (publication date) is Thursday 2021-01-14."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.extract import DateFinder

DCT = date(2021, 1, 14)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("صدر الحكم في 28 يوليو العام الماضي بعد جلسات.", "28 يوليو العام الماضي", "2020-07-28"),
        ("جرت الانتخابات في يونيو العام الماضي بهدوء.", "يونيو العام الماضي", "2020-06"),
        ("ستجرى الانتخابات في مارس العام المقبل.", "مارس العام المقبل", "2022-03"),
        ("ارتفع التضخم في مارس العام الجاري.", "مارس العام الجاري", "2021-03"),
        ("عاد الوفد في أيار/مايو العام الماضي.", "أيار/مايو العام الماضي", "2020-05"),
        ("جرت الانتخابات في يونيو من العام الماضي بهدوء.", "يونيو من العام الماضي", "2020-06"),
    ],
)
def test_month_of_a_relative_year(finder: DateFinder, text: str, surface: str, value: str) -> None:
    assert [(d.text, d.value) for d in finder.find(text, DCT)] == [(surface, value)]


def test_a_name_that_is_a_month_needs_a_cue_before_a_relative_year(finder: DateFinder) -> None:
    # ماي is Theresa May here: only the year is a date
    found = finder.find("وخسر المحافظون أغلبيتهم في اقتراع دعت إليه ماي العام الماضي.", DCT)
    assert [(d.text, d.value) for d in found] == [("العام الماضي", "2020")]
