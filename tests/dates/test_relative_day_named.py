"""اليوم / أمس with the date written after them, and اليوم as a noun of the text."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.extract import DateFinder

DCT = date(2021, 9, 20)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the date written after the word wins over the publication date's day
        ("أنهت البعثة عملها اليوم 18 أيلول/سبتمبر 2021 بعد عامين.", "2021-09-18"),
        ("بدأ العمل بالقرار أمس الموافق 17 سبتمبر 2021 في كل المدن.", "2021-09-17"),
    ],
)
def test_relative_day_takes_the_date_after_it(finder: DateFinder, text: str, value: str) -> None:
    assert finder.find(text, DCT)[0].value == value


def test_an_elative_makes_the_day_a_noun(finder: DateFinder) -> None:
    text = "كان اليوم الأشد حرا منذ سنوات."
    assert "اليوم" not in [d.text for d in finder.find(text, DCT)]


def test_the_same_day_counts_from_the_text(finder: DateFinder) -> None:
    text = "افتتح الجسر في 3 مارس 1990، وفي نفس اليوم افتتحت المكتبة."
    got = [(d.text, d.value) for d in finder.find(text, DCT)]
    assert got == [("3 مارس 1990", "1990-03-03"), ("نفس اليوم", "1990-03-03")]


def test_today_before_a_subject_is_today(finder: DateFinder) -> None:
    assert [d.value for d in finder.find("أعلن اليوم الجيش انسحابه.", DCT)] == ["2021-09-20"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the Gulf press's bracketed weekday (DCT is a Monday): the weekday a day off
        # the publication date is the day (a text collected the morning after)
        ("قال الوزير، اليوم (الأحد)، إن الميناء أعيد فتحه.", "2021-09-19"),
        ("وفي تصريح أمس (السبت)، أكد المتحدث الخبر.", "2021-09-18"),
        ("أعلنت الوزارة اليوم (الاثنين) نتائج المسابقة.", "2021-09-20"),
    ],
)
def test_bracketed_weekday(finder: DateFinder, text: str, value: str) -> None:
    assert [d.value for d in finder.find(text, DCT)] == [value]


def test_tunisian_past_modifier(finder: DateFinder) -> None:
    got = [d.value for d in finder.find("تراجعت الأسعار مقارنة بشهر فيفري من السنة المنقضية.", DCT)]
    assert got == ["2020-02"]
