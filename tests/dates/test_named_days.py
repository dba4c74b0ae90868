"""A day-month right after a head noun is a name, not a day of the text's time: no date
after a place, a well-known event's historical day after a movement or event noun
(flagged, so no text-anchored date counts from it), the anniversary's reading after
ذكرى. Two days joined by و are two dates; بين ... و, أو and two days in a row a range."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.extract import DateFinder

DCT = date(2021, 6, 1)


def _values(finder: DateFinder, text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in finder.find(text, DCT)]


@pytest.mark.parametrize(
    "text",
    [
        "نقل المصنع معداته إلى مدينة السادس من أكتوبر.",
        "يلعب المنتخب على ملعب 5 جويلية بعد الظهر.",
        "أغلقت الشرطة جسر 6 أكتوبر بسبب الزحام.",
        "يقع المخزن بمدينة العاشر من رمضان شرق العاصمة.",
        # a movement the table does not know: no date either
        "أصدرت حركة 19 ديسمبر بيانا جديدا.",
        # a list after a head: both days name things
        "انقسم النواب بين تكتلي 8 و14 آذار كما توقع المراقبون.",
    ],
)
def test_no_date_in_a_name(finder: DateFinder, text: str) -> None:
    assert _values(finder, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("تحدث الكاتب طويلا عن هجمات 11 سبتمبر في روايته.", "2001-09-11"),
        ("تغيرت سياسة المطارات بعد أحداث الحادي عشر من سبتمبر.", "2001-09-11"),
        # victims of, the incident of (ضحايا, حادث) name the event too
        ("طالب أقارب ضحايا 11 سبتمبر بتعويضات من الحكومة.", "2001-09-11"),
        ("نفى الوزير أي صلة لبلاده بحادث ال11 من سبتمبر.", "2001-09-11"),
        ("شارك الطلاب في ثورة 25 يناير بحماس.", "2011-01-25"),
        ("انتقد زعيم قوى 14 آذار الحكومة الجديدة.", "2005-03-14"),
        ("أعلنت حركة 6 أبريل موقفها من القانون.", "2008-04-06"),
        ("احتفل الجنود بنصر العاشر من رمضان.", "1973-10-06"),
    ],
)
def test_named_event_is_its_historical_day(finder: DateFinder, text: str, value: str) -> None:
    assert [v for _, v in _values(finder, text)] == [value]


def test_event_noun_without_a_known_day_reads_the_day(finder: DateFinder) -> None:
    # an attack of a few weeks ago, named by its day
    assert [v for _, v in _values(finder, "أدان الوزير هجوم الرابع من مايو على القرية.")] == [
        "2021-05-04"
    ]


def test_a_written_year_stands(finder: DateFinder) -> None:
    assert [v for _, v in _values(finder, "اندلعت ثورة 25 يناير 2012 في رواية خيالية.")] == [
        "2012-01-25"
    ]


def test_anniversary_keeps_its_reading(finder: DateFinder) -> None:
    text = "أحيا المتظاهرون الذكرى العاشرة لثورة 25 يناير في الميادين."
    assert [v for _, v in _values(finder, text)] == ["2021-01-25"]


def test_a_month_inside_a_place_name_is_not_read_alone(finder: DateFinder) -> None:
    assert _values(finder, "افتتح المحافظ ميدان 14 يوليو بعد تجديده.") == []


def test_no_text_date_counts_from_a_named_day(finder: DateFinder) -> None:
    # العام التالي counts from 2017, not from 2001
    text = "سجل الأطباء في عام 2017 حالات مرتبطة بهجمات 11 سبتمبر، وبحلول العام التالي تضاعفت."
    values = [v for _, v in _values(finder, text)]
    assert values == ["2017", "2001-09-11", "2018"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "تلعب الفرقة حفلتين في 3 و10 يوليو المقبل.",
            [("3", "2021-07-03"), ("10 يوليو المقبل", "2021-07-10")],
        ),
        ("يصوت المغتربون يومي 12 و 14 يونيو.", [("12", "2021-06-12"), ("14 يونيو", "2021-06-14")]),
    ],
)
def test_two_days_joined_by_wa_are_two_dates(
    finder: DateFinder, text: str, found: list[tuple[str, str]]
) -> None:
    assert _values(finder, text) == found


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("تستمر الدورة بين 3 و10 يوليو المقبل.", "2021-07-03", "2021-07-10"),
        ("تقام البطولة بين يومي 3 و10 يوليو المقبل.", "2021-07-03", "2021-07-10"),
        # two days in a row: the range is those two days
        ("تعقد القمة يومي 28 و29 يونيو.", "2021-06-28", "2021-06-29"),
    ],
)
def test_range_of_two_days(finder: DateFinder, text: str, first: str, last: str) -> None:
    found = finder.find(text, DCT)
    assert [(d.value, d.end_value) for d in found] == [(first, last)]


def test_glued_wa_stays_a_range(finder: DateFinder) -> None:
    # 16و17: the second day has no word start of its own for the dmy rule
    found = finder.find("تعقد القمة يومي 16و17 يوليو المقبل.", DCT)
    assert [(d.value, d.end_value) for d in found] == [("2021-07-16", "2021-07-17")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("تغيرت البلاد كثيرا بعد ثورة يوليو.", [("يوليو", "1952-07")]),
        ("كتب الضابط مذكراته عن حرب أكتوبر.", [("أكتوبر", "1973-10")]),
        ("عاد المهاجر إلى ساحة مايو القديمة.", []),
        # the anniversary's month keeps its reading
        ("احتفل الطلاب بذكرى ثورة يوليو.", [("يوليو", "2021-07")]),
    ],
)
def test_month_alone_after_a_head(
    finder: DateFinder, text: str, found: list[tuple[str, str]]
) -> None:
    assert _values(finder, text) == found
