"""A day and month without a year in a present-tense (schedule) sentence: the
upcoming date when it falls within 150 days after publication, else the past one
(within 100 days any tense reads the near day: see test_near_day)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.calendar import pick_year
from marsad.dates.extract import DateFinder

DCT = date(2021, 6, 1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an imperfective verb and no past cue: the upcoming day
        ("تنطلق البطولة في 15 يونيو.", "2021-06-15"),
        ("تبدأ المحادثات يوم 3 يوليو في العاصمة.", "2021-07-03"),
        ("ويلتقي الفريقان في العاشر من يونيو.", "2021-06-10"),
        # a season ahead (124 days) is still a schedule; beyond 150 days, last year's
        ("تبدأ المحادثات يوم 3 أكتوبر.", "2021-10-03"),
        ("تبدأ المحادثات يوم 3 نوفمبر.", "2020-11-03"),
        # beyond the near span, a perfect verb, a past cue, or لم + imperfective: last
        # year's (136 days ahead)
        ("افتتحت الوزارة المعرض في 15 أكتوبر.", "2020-10-15"),
        ("كانت البطولة تنطلق في 15 أكتوبر.", "2020-10-15"),
        ("لم يحضر الوزير الاجتماع في 15 أكتوبر.", "2020-10-15"),
        # nouns of the imperfective's shape are no verb (no present reading)
        ("صدر التقرير في تونس في 15 أكتوبر.", "2020-10-15"),
        ("نشرت تفاصيل التحقيق في 15 أكتوبر.", "2020-10-15"),
        # a day before publication stays this year's
        ("تعقد اللجنة اجتماعها في 20 مايو.", "2021-05-20"),
    ],
)
def test_present_tense_day_month(finder: DateFinder, text: str, value: str) -> None:
    assert [d.value for d in finder.find(text, DCT)] == [value]


def test_pick_year_present_reads_past_beyond_the_span() -> None:
    # across the year boundary: 10 January is 25 days after 16 December
    assert pick_year(1, 10, date(2020, 12, 16), "present") == 2021
    assert pick_year(5, 10, date(2020, 12, 16), "present") == 2021  # 145 days ahead
    assert pick_year(6, 10, date(2020, 12, 16), "present") == 2020  # 176
    # a bare month beyond three months ahead keeps the past reading
    assert pick_year(10, None, DCT, "present") == 2020
