"""A period part before an expression (``أواخر``, ``منتصف``) is taken into its span:
the word right before must be a part, or من after one."""

from __future__ import annotations

from datetime import date

from marsad.dates.extract import DateFinder

DCT = date(2021, 1, 10)


def spans(finder: DateFinder, text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in finder.find(text, DCT)]


def test_a_part_right_before_is_taken_in(finder: DateFinder) -> None:
    text = "أغلق المصنع أبوابه أواخر العام الماضي بعد الأزمة."
    assert spans(finder, text) == [("أواخر العام الماضي", "2020")]


def test_a_part_before_min_is_taken_in(finder: DateFinder) -> None:
    text = "عاد السفير إلى بلاده في منتصف من الشهر الجاري."
    assert spans(finder, text) == [("منتصف من الشهر الجاري", "2021-01")]


def test_another_word_before_is_left_out(finder: DateFinder) -> None:
    # الكاتب ends in ب like no part; نظيره ends in ه like بدايه, but is no part
    text = "استقبل الرئيس نظيره الكاتب العام الماضي في القصر."
    assert spans(finder, text) == [("العام الماضي", "2020")]
    text = "التقى الوزير نظيره العام الماضي في العاصمة."
    assert spans(finder, text) == [("العام الماضي", "2020")]
