"""A day and month without a year within 60 days of publication, ahead or behind, is
that near day whatever the sentence's tense; a modifier (الماضي، المقبل) or منذ
before the day still places it on its side."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.calendar import pick_year
from marsad.dates.extract import DateFinder

DCT = date(2021, 6, 1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a past verb with a day just ahead: a postponement, a deadline
        ("أرجأ القاضي الجلسة إلى 9 يوليو.", "2021-07-09"),
        ("كان الوفد ينوي زيارة المصنع في 20 يونيو.", "2021-06-20"),
        # a future verb with a day just gone: the day it refers to, not next year's
        ("ستنشر اللجنة التقرير الذي سلمته للوزير في 25 مايو.", "2021-05-25"),
        # منذ: a day since which something holds is behind the text
        ("لم يظهر اللاعب في أي مباراة منذ 20 يونيو.", "2020-06-20"),
        # a modifier says which side
        ("انعقد الاجتماع في 20 يونيو الماضي.", "2020-06-20"),
        ("تعقد الجولة الأخيرة في 25 مايو المقبل.", "2022-05-25"),
    ],
)
def test_near_day(finder: DateFinder, text: str, value: str) -> None:
    assert [d.value for d in finder.find(text, DCT)] == [value]


def test_pick_year_near_across_the_year_boundary() -> None:
    # 20 December is 21 days before 10 January, even in a future sentence
    assert pick_year(12, 20, date(2021, 1, 10), "future") == 2020
    # 5 January is 16 days after 20 December, even in a past one
    assert pick_year(1, 5, date(2020, 12, 20), "past") == 2021
    # beyond the span the tense decides
    assert pick_year(6, 1, date(2021, 1, 10), "past") == 2020
    assert pick_year(6, 1, date(2021, 1, 10), "future") == 2021
    # a modifier's side (near=False) holds even close by
    assert pick_year(1, 5, date(2020, 12, 20), "past", near=False) == 2020


def test_a_present_tense_schedule_reaches_further_ahead() -> None:
    # 17 June is 107 days after 2 March: a schedule in the present tense, a past report not
    assert pick_year(6, 17, date(2021, 3, 2), "present") == 2021
    assert pick_year(6, 17, date(2021, 3, 2), "past") == 2020
    # beyond 150 days the present reads as the past again
    assert pick_year(9, 1, date(2021, 3, 2), "present") == 2020


def test_a_tournament_announced_a_season_ahead(finder: DateFinder) -> None:
    found = finder.find("ويلتقي المنتخب نظيره البرازيلي في 17 يونيو.", date(2021, 3, 2))
    assert [d.value for d in found] == ["2021-06-17"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a day up to 100 days ahead, a past verb: a deadline set, a match ahead
        ("أرجأت المحكمة النطق بالحكم إلى 5 أغسطس.", "2021-08-05"),
        # a wrong weekday next to a near day is the writer's slip: 2 June 2021 is a
        # Wednesday, and the Tuesday 2 June of 2020 is a year away
        ("يصل الوفد الثلاثاء 2 يونيو إلى العاصمة.", "2021-06-02"),
        # a Hijri day the day after publication (29 Ramadan 1442 is 11 May 2021)
        ("تحرى الناس الهلال مساء التاسع والعشرين من رمضان.", "2021-05-11"),
        # a Hijri month beginning days after publication (1 Shawwal 1442: 13 May)
        ("دعت المحكمة الناس إلى تحري هلال شهر شوال.", "2021-05"),
    ],
)
def test_near_day_other_forms(text: str, value: str, finder: DateFinder) -> None:
    assert [d.value for d in finder.find(text, date(2021, 5, 10))] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # DCT Wednesday 2021-05-12. A future verb a few words before a bare weekday
        # makes it the coming one, and a weekday after و shares it
        ("ستبدأ اللجنة أعمالها رسميا الأحد.", "2021-05-16"),
        ("سيزور الوفد المصنع الخميس والجمعة.", "2021-05-13 2021-05-14"),
        # سيؤدي is a verb (سيء, bad, is no prefix of it)
        ("وسيؤدي الوزراء اليمين السبت.", "2021-05-15"),
        # a name opening with ست/سي is no future verb: the word after its letters
        # is no verb of the corpus
        ("التقى الوزير نظيره ستروزيك الاثنين.", "2021-05-10"),
        ("وصل الوفد إلى سنغافورة الاثنين.", "2021-05-10"),
        # an hour after a weekday is no day of the month (22,00: ten at night)
        ("أعلن القرار ليلة (الاثنين 22,00 بتوقيت غرينتش).", "2021-05-10"),
    ],
)
def test_weekday_direction(text: str, value: str, finder: DateFinder) -> None:
    got = [d.value for d in finder.find(text, date(2021, 5, 12)) if d.type == "DATE"]
    assert got == value.split()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # DCT 2021-05-10. A bare month up to three months ahead is the coming one,
        # even in a past-tense sentence; one or two months back the past one, even
        # with a future verb later in the sentence
        ("دعا الرئيس إلى انتخابات مبكرة في يوليو.", "2021-07"),
        ("ارتفع التضخم في أبريل وهو ما سيدفع البنك إلى رفع الفائدة.", "2021-04"),
        # further away the tense decides, and منذ keeps the month behind
        ("افتتح المصنع في أكتوبر.", "2020-10"),
        ("لم تمطر منذ يوليو.", "2020-07"),
        # a modifier after a slash still places it (a month name would be one there)
        ("اشتد الخلاف في يونيو/الماضي بين الجارين.", "2020-06"),
    ],
)
def test_near_month(text: str, value: str, finder: DateFinder) -> None:
    assert [d.value for d in finder.find(text, date(2021, 5, 10))] == [value]
