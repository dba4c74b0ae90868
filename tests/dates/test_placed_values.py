"""Expressions placed by a modifier, a short year or the current month, on sentences
written for these tests.

The anchor (publication date) is Thursday 2021-12-23 (ISO week 51, 19 Jumada
al-Awwal 1443): December shows where a modifier must leave the current month or season.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.extract import DateFinder

DCT = date(2021, 12, 23)


def found(finder: DateFinder, text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in finder.find(text, DCT)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("أقيم المهرجان في ديسمبر الماضي وسط إقبال كبير.", "ديسمبر الماضي", "2020-12"),
        ("يفتتح المعرض أبوابه في ديسمبر المقبل.", "ديسمبر المقبل", "2022-12"),
        ("ارتفعت الأسعار في نوفمبر الماضي.", "نوفمبر الماضي", "2021-11"),
        ("يعود الطلاب إلى مدارسهم في يناير المقبل.", "يناير المقبل", "2022-01"),
    ],
)
def test_month_with_a_modifier_leaves_the_current_month(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, value)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("جفت الآبار في الصيف الماضي.", "الصيف الماضي", "2021-SU"),
        ("تساقطت الثلوج بغزارة في الشتاء الماضي.", "الشتاء الماضي", "2020-WI"),
        ("تزهر الحقول في الربيع المقبل.", "الربيع المقبل", "2022-SP"),
        ("تزرع القرية القمح في الخريف المقبل.", "الخريف المقبل", "2022-FA"),
    ],
)
def test_season_with_a_modifier_counts_from_the_current_season(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    # December is in winter: last summer is this year's, last winter the one before
    assert found(finder, text) == [(surface, value)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("هاجرت العائلة إلى الخليج عام 79 بحثا عن عمل.", "عام 79", "1979"),
        ("تخرج المهندس في الجامعة سنة 09 بتفوق.", "سنة 09", "2009"),
    ],
)
def test_two_digit_year_after_year_word(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, value)]


def test_two_digit_count_of_years_is_no_year(finder: DateFinder) -> None:
    assert found(finder, "فاز النادي باللقب للعام 12 على التوالي.") == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("تنطلق حملة التلقيح في 28 الجاري بالمدارس.", "28 الجاري", "2021-12-28"),
        ("وصلت الشحنة الأولى يوم 5 الحالي إلى الميناء.", "يوم 5 الحالي", "2021-12-05"),
    ],
)
def test_day_of_the_current_month_without_its_name(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, value)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # Ramadan 1442 began on 2021-04-13, Ramadan 1443 on 2022-04-02
        ("زادت التبرعات للجمعيات في رمضان الماضي.", "رمضان الماضي", "2021-04"),
        ("تمدد البلدية ساعات العمل في شهر رمضان المقبل.", "شهر رمضان المقبل", "2022-04"),
        ("توزع المساعدات منتصف جمادى الأولى الجاري.", "منتصف جمادى الأولى الجاري", "2021-12"),
    ],
)
def test_hijri_month_with_a_modifier(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert (surface, value) in found(finder, text)


def test_hijri_year_written_hijriyya(finder: DateFinder) -> None:
    assert found(finder, "طبع الديوان للمرة الأولى في 1443 هجرية.") == [("1443 هجرية", "2022")]


def test_ordinal_after_a_noun_counts_that_noun_not_days(finder: DateFinder) -> None:
    got = found(finder, "تأخرت الرحلات في الأسبوع الثاني من يناير بسبب الثلوج.")
    # (a bare month up to three months ahead is the coming one, as a day is)
    assert got == [("يناير", "2022-01")]


def test_ordinal_after_another_definite_word_is_a_day(finder: DateFinder) -> None:
    got = found(finder, "اعتمدت الهيئة الوطنية الأول من مارس يوما للشجرة.")
    # a day without its year up to 100 days ahead is the coming one
    assert got == [("الأول من مارس", "2022-03-01")]


def test_fatih_is_the_first_of_the_month(finder: DateFinder) -> None:
    got = found(finder, "احتفلت البلدة بعيدها في الفاتح من مايو.")
    assert got == [("الفاتح من مايو", "2021-05-01")]


def test_that_before_a_period_with_a_modifier_is_no_anaphor(finder: DateFinder) -> None:
    # ذلك is the subject (that happened last month), not "that month"
    assert found(finder, "حدث ذلك الشهر الماضي في القرية.") == [("الشهر الماضي", "2021-11")]


def test_that_before_a_part_of_today_is_no_anaphor(finder: DateFinder) -> None:
    assert found(finder, "جرى ذلك صباح اليوم قرب الجسر.") == [("صباح اليوم", "2021-12-23")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("أمضى السياح عطلة نهاية الأسبوع على الشاطئ.", "2021-W50-WE"),
        ("سيمضي السياح عطلة نهاية الأسبوع على الشاطئ.", "2021-W51-WE"),
    ],
)
def test_weekend_without_modifier_follows_the_tense(
    finder: DateFinder, text: str, value: str
) -> None:
    assert found(finder, text) == [("عطلة نهاية الأسبوع", value)]


def test_numeric_date_with_miladi_mark(finder: DateFinder) -> None:
    assert found(finder, "صدر القرار في 3/4/2019م عن المجلس.") == [("3/4/2019م", "2019-04-03")]


def test_hours_back_count_whole_days(finder: DateFinder) -> None:
    assert found(finder, "انهار المبنى القديم قبل 48 ساعة.") == [("قبل 48 ساعة", "2021-12-21")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("جرت الانتخابات 2010 التشريعية وسط مقاطعة واسعة.", "2010"),
        ("حصد الروائي جائزة الرواية 1998 عن عمله الأول.", "1998"),
        ("قدم المخرج فيلمه 1975 الذي نال إعجاب النقاد.", "1975"),
    ],
)
def test_bare_year_after_a_noun(finder: DateFinder, text: str, surface: str) -> None:
    assert found(finder, text) == [(surface, surface)]


@pytest.mark.parametrize(
    "text",
    [
        "شارك في المسيرة 2000 شخص من القرى المجاورة.",
        "تضم المكتبة العامة 2012 كتابا نادرا.",
        "وصلت الخسائر البالغة 1990 دينارا إلى المحكمة.",
    ],
)
def test_four_digit_count_before_a_counted_noun_is_no_year(finder: DateFinder, text: str) -> None:
    assert found(finder, text) == []


def test_unit_before_a_year_introduces_it(finder: DateFinder) -> None:
    # خلال عام 2017 is the year 2017, not a duration of one year
    assert found(finder, "تضاعفت الصادرات خلال عام 2017 بشكل لافت.") == [("عام 2017", "2017")]


def test_day_counted_from_an_event_has_no_value(finder: DateFinder) -> None:
    # the event's date is unknown; the TimeML reading counts it from the anchor
    got = [
        (d.text, d.type, d.value) for d in finder.find("عاد الهدوء بعد ثلاثة أيام من الزلزال.", DCT)
    ]
    assert got == [("بعد ثلاثة أيام", "DATE", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "توقفت الملاحة بين مايو ويونيو 2018 بسبب الجفاف.",
            [("مايو", "2018-05"), ("يونيو 2018", "2018-06")],
        ),
        (
            "امتد المعرض من 10 مارس إلى 15 مايو 2019 في القصر.",
            [("10 مارس", "2019-03-10"), ("15 مايو 2019", "2019-05-15")],
        ),
        (
            "أغلقت المدارس من ديسمبر إلى فبراير 2019 بسبب البرد.",
            [("ديسمبر", "2018-12"), ("فبراير 2019", "2019-02")],
        ),
    ],
)
def test_range_end_without_year_takes_the_other_ends_year(
    finder: DateFinder, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(finder, text) == expected


def test_relative_day_before_a_dated_day_keeps_its_value(finder: DateFinder) -> None:
    got = found(finder, "وصل الوفد أمس و15 مايو 2019 كان موعد الزيارة الأولى.")
    assert got == [("أمس", "2021-12-22"), ("15 مايو 2019", "2019-05-15")]


def test_either_of_two_days_is_a_range(finder: DateFinder) -> None:
    d = finder.find("تصل الشحنة في 5 أو 6 مارس 2022 إلى الميناء.", DCT)[0]
    assert (d.value, d.end_value) == ("2022-03-05", "2022-03-06")


@pytest.mark.parametrize(
    "text",
    ["تقام المباريات يومي 10 و11 أبريل في الملعب.", "تقام المباريات يومي الجمعة والسبت."],
)
def test_two_days_named_after_yawmay_are_no_set(finder: DateFinder, text: str) -> None:
    assert all(d.type != "SET" for d in finder.find(text, DCT))


def test_distance_in_time_is_no_date(finder: DateFinder) -> None:
    got = finder.find("تقع القرية على بعد ساعتين من العاصمة.", DCT)
    assert [d.type for d in got] == ["DURATION"]


def test_ago_of_time_itself_counts_from_the_anchor(finder: DateFinder) -> None:
    assert found(finder, "تصالح الجاران قبل عقدين من الزمن.") == [("قبل عقدين", "200")]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("تستعد الأحزاب لانتخابات نوفمبر في العاصمة.", "نوفمبر", "2021-11"),
        ("ناقش الوزراء نتائج اجتماع أغسطس مع الخبراء.", "أغسطس", "2021-08"),
    ],
)
def test_unambiguous_month_after_a_noun(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, value)]


@pytest.mark.parametrize(
    "text",
    ["مارس اللاعب ضغطا كبيرا على الحارس.", "اشترى المهندس سيارة نيسان مستعملة."],
)
def test_month_name_that_is_a_common_word_needs_a_cue(finder: DateFinder, text: str) -> None:
    assert found(finder, text) == []


def test_two_names_of_a_month_with_a_space_are_one_month(finder: DateFinder) -> None:
    got = found(finder, "افتتح المعرض في 12 يونيو حزيران بحضور الوزير.")
    assert got == [("12 يونيو حزيران", "2021-06-12")]


def test_part_of_the_week_is_the_current_week(finder: DateFinder) -> None:
    assert found(finder, "وصلت البعثة مطلع الأسبوع إلى المخيم.") == [("مطلع الأسبوع", "2021-W51")]


def test_weekends_in_general_are_no_date(finder: DateFinder) -> None:
    assert found(finder, "تزدحم الحدائق في عطلات نهاية الأسبوع والأعياد.") == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("تجمدت البحيرة في شتاء قارس.", "شتاء"),
        ("أمضت العائلة فصول صيف كثيرة على الشاطئ.", "فصول صيف"),
    ],
)
def test_indefinite_winter_or_summer(finder: DateFinder, text: str, surface: str) -> None:
    assert [d.text for d in finder.find(text, DCT)] == [surface]


def test_indefinite_spring_alone_is_no_date(finder: DateFinder) -> None:
    assert found(finder, "كان ربيع عمره مزدهرا بالأمل.") == []
