"""TimeML values beyond calendar days, on sentences written for these tests.

The anchor (publication date) is Thursday 2021-01-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.extract import DateFinder

DCT = date(2021, 1, 14)


def found(finder: DateFinder, text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in finder.find(text, DCT)]


def test_relative_day_and_a_weekday_it_contradicts_are_two_dates(finder: DateFinder) -> None:
    # 2021-01-16 is a Saturday, not a Tuesday: neither reading hides the other
    got = found(finder, "يفتتح المحافظ الجسر الجديد بعد غد الثلاثاء وسط حضور رسمي.")
    assert got == [("بعد غد", "2021-01-16"), ("الثلاثاء", "2021-01-12")]


def test_relative_day_and_a_weekday_that_agree_stay_one_date(finder: DateFinder) -> None:
    got = found(finder, "وصلت البعثة الطبية أمس الأربعاء إلى المخيم.")
    assert got == [("أمس الأربعاء", "2021-01-13")]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("يدفع المستأجرون الإيجار في نهاية كل شهر للبلدية.", "نهاية كل شهر", "UNDEF-month"),
        ("تراجعت صادرات القطن منذ مطلع عقد مضى.", "مطلع عقد", "UNDEF-decade"),
    ],
)
def test_part_of_an_unnamed_unit_is_undefined(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, value)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("تجري الجمعية جردها في ختام عام حافل.", "ختام عام", "2021"),
        ("يستمر العمل بالتسعيرة حتى نهاية العام.", "نهاية العام", "2021"),
        ("ارتفعت الصادرات منذ بداية السنة بنسبة طفيفة.", "بداية السنة", "2021"),
        ("تتوقف الرحلات الجوية أواخر العام 2019 للصيانة.", "أواخر العام 2019", "2019"),
    ],
)
def test_part_of_one_year_is_the_publication_year(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    # HeidelTime resolves an unnamed year to the creation year; a written one wins
    assert found(finder, text) == [(surface, value)]


def test_part_of_every_year_stays_undefined(finder: DateFinder) -> None:
    assert found(finder, "تقام السوق مطلع كل عام في الساحة.") == [("مطلع كل عام", "UNDEF-year")]


def test_part_of_a_year_named_by_a_word_after_it_is_no_date(finder: DateFinder) -> None:
    assert found(finder, "تسلم الشهادات نهاية العام الدراسي للطلاب.") == []


def test_first_of_an_unnamed_unit_counts_it_and_is_no_date(finder: DateFinder) -> None:
    assert found(finder, "قضى المدرب أول عام له مع النادي دون ألقاب.") == []


def test_part_of_a_named_month_stays_the_month(finder: DateFinder) -> None:
    assert found(finder, "تنتهي الأشغال نهاية شهر مارس 2022 حسب الخطة.") == [
        ("نهاية شهر مارس 2022", "2022-03")
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "أمضى الفريق عطلة نهاية الأسبوع الماضي في المعسكر.",
            "عطلة نهاية الأسبوع الماضي",
            "2021-W01-WE",
        ),
        ("يعود الوفد نهاية الأسبوع المقبل إلى العاصمة.", "نهاية الأسبوع المقبل", "2021-W03-WE"),
    ],
)
def test_weekend_is_the_week_with_we(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, value)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("ازدهرت صناعة النسيج في العقد الثاني من القرن العشرين بالمدينة.", "العقد الثاني", "191"),
        ("شهد العقد الأول من هذا القرن موجة هجرة واسعة.", "العقد الأول", "200"),
    ],
)
def test_ordinal_decade_counts_inside_the_century_after_it(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert (surface, value) in found(finder, text)


def test_ordinal_decade_with_no_century_is_no_date(finder: DateFinder) -> None:
    assert found(finder, "احتفل الزوجان ببلوغ العقد الثاني من زواجهما.") == []


def test_four_digit_number_before_a_spaced_separator_is_a_numeric_date(
    finder: DateFinder,
) -> None:
    assert found(finder, "صدر المرسوم بتاريخ 2019 - 03 - 07 في الجريدة الرسمية.") == [
        ("2019 - 03 - 07", "2019-03-07")
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("تفتتح البلدية السوق يوم 20 من الشهر الجاري.", "يوم 20 من الشهر الجاري", "2021-01-20"),
        (
            "وقّع الطرفان الاتفاق في الثامن والعشرين من الشهر الماضي.",
            "الثامن والعشرين من الشهر الماضي",
            "2020-12-28",
        ),
        ("تبدأ الامتحانات في 3 الشهر المقبل.", "3 الشهر المقبل", "2021-02-03"),
        ("تنطلق الدورة مساء الـ15 من الشهر الجاري.", "الـ15 من الشهر الجاري", "2021-01-15"),
        ("وتجري الجولة الثانية في ال22 من الشهر المقبل.", "ال22 من الشهر المقبل", "2021-02-22"),
        (
            "عاد الصيادون في اليوم العاشر من الشهر الماضي.",
            "اليوم العاشر من الشهر الماضي",
            "2020-12-10",
        ),
    ],
)
def test_day_of_a_relative_month_is_a_full_date(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, value)]


def test_ordinal_week_of_a_relative_month_is_no_day(finder: DateFinder) -> None:
    got = found(finder, "تصل الشحنة في الأسبوع الثاني من الشهر المقبل.")
    assert got == [("الشهر المقبل", "2021-02")]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("نمت المبيعات في الربع الثالث من عام 2019.", "الربع الثالث من عام 2019", "2019-Q3"),
        (
            "تصدر النتائج في الربع الأخير من العام الجاري.",
            "الربع الأخير من العام الجاري",
            "2021-Q4",
        ),
        (
            "تراجع الإنتاج في النصف الثاني من العام الماضي.",
            "النصف الثاني من العام الماضي",
            "2020-H2",
        ),
    ],
)
def test_quarter_or_half_of_a_year(finder: DateFinder, text: str, surface: str, value: str) -> None:
    assert found(finder, text) == [(surface, value)]


def test_quarter_of_no_year_is_no_date(finder: DateFinder) -> None:
    assert found(finder, "سجل الفريق هدفين في الربع الأول من المباراة.") == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("افتتح المعرض العام قبل الماضي بحضور الوزير.", "العام قبل الماضي", "2019"),
        ("وصل الوفد الأسبوع قبل الماضي إلى الميناء.", "الأسبوع قبل الماضي", "2020-W53"),
    ],
)
def test_the_one_before_the_last(finder: DateFinder, text: str, surface: str, value: str) -> None:
    assert found(finder, text) == [(surface, value)]


def test_following_year_counts_from_the_year_the_text_names(finder: DateFinder) -> None:
    got = found(finder, "افتتح المصنع عام 1998 ثم توسع في العام التالي ومرة أخرى في العام التالي.")
    assert got == [("عام 1998", "1998"), ("العام التالي", "1999"), ("العام التالي", "2000")]


def test_following_month_counts_from_the_month_the_text_names(finder: DateFinder) -> None:
    got = found(finder, "بدأ الإضراب في نوفمبر 2009 وانتهى في الشهر التالي.")
    assert got == [("نوفمبر 2009", "2009-11"), ("الشهر التالي", "2009-12")]


def test_previous_year_with_no_year_before_is_the_anchor_year_before(
    finder: DateFinder,
) -> None:
    got = found(finder, "زادت الصادرات مقارنة بالعام السابق بنسبة ضئيلة.")
    assert got == [("العام السابق", "2020")]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("تراجع عدد الزوار في الأشهر الأخيرة بشكل ملحوظ.", "الأشهر الأخيرة", "PAST_REF"),
        ("أغلق المصنع قبل بضعة أشهر بسبب الديون.", "قبل بضعة أشهر", "PAST_REF"),
    ],
)
def test_recent_and_some_months_ago_are_past_ref(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وصل الوفد الثلاثاء 12/1/2021 إلى الميناء.", "2021-01-12"),
        ("وصل الوفد الأحد الموافق 20 ديسمبر 2009 إلى الميناء.", "2009-12-20"),
    ],
)
def test_weekday_before_a_date_is_that_date(finder: DateFinder, text: str, value: str) -> None:
    assert {v for _, v in found(finder, text)} == {value}


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("زار السياح الواحة في صيف العام الماضي.", "صيف العام الماضي", "2020-SU"),
        ("تزهر الحقول في ربيع العام المقبل.", "ربيع العام المقبل", "2022-SP"),
    ],
)
def test_season_of_a_relative_year(finder: DateFinder, text: str, surface: str, value: str) -> None:
    assert found(finder, text) == [(surface, value)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("هاجر الرسام إلى باريس عام 1961 وفي ذلك العام أقام معرضه الأول.", "ذلك العام", "1961"),
        ("افتتح المتحف في أبريل 2007 وزاره الرئيس في الشهر نفسه.", "الشهر نفسه", "2007-04"),
    ],
)
def test_that_year_is_the_year_the_text_named(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert (surface, value) in found(finder, text)


def test_that_year_with_no_year_before_has_no_value(finder: DateFinder) -> None:
    assert found(finder, "في ذلك العام أقام الرسام معرضه الأول.") == [("ذلك العام", None)]


def test_that_day_is_the_day_the_text_named(finder: DateFinder) -> None:
    got = found(finder, "انطلقت الرحلة في 5 مايو 2012 وفي ذلك اليوم غرق القارب.")
    assert got == [("5 مايو 2012", "2012-05-05"), ("ذلك اليوم", "2012-05-05")]


@pytest.mark.parametrize(
    ("text", "surface", "values"),
    [
        ("حكم الوالي الإقليم في الفترة 1881-1899 بيد من حديد.", "1881", ["1881", "1899"]),
        ("بنيت القلعة في القرن الـ12 على التل.", "القرن الـ12", ["11"]),
        ("تصرف الرواتب مطلع الشهر عادة.", "مطلع الشهر", ["2021-01"]),
    ],
)
def test_year_pairs_centuries_and_the_month_start(
    finder: DateFinder, text: str, surface: str, values: list[str]
) -> None:
    got = found(finder, text)
    assert [v for _, v in got] == values
    assert got[0][0] == surface


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("ظل المركب عالقا عدة أشهر في الميناء.", "عدة أشهر", "PXM"),
        ("تأخرت الطائرة نصف ساعة عن موعدها.", "نصف ساعة", "PT30M"),
        ("حكم الملك البلاد ربع قرن كامل.", "ربع قرن", "P25Y"),
    ],
)
def test_unknown_and_fractional_durations(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert [(d.text, d.type, d.value) for d in finder.find(text, DCT)] == [
        (surface, "DURATION", value)
    ]


def test_same_month_of_another_year_is_left_to_the_year(finder: DateFinder) -> None:
    got = found(finder, "زادت المبيعات في يوليو مقارنة مع الشهر نفسه من العام الماضي.")
    assert ("الشهر نفسه", "2020-07") not in got
    assert ("العام الماضي", "2020") in got


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("ازدهرت المدينة في القرن الرابع الهجري.", "القرن الرابع", "09"),
        ("بني المسجد في القرن الثالث عشر الهجري.", "القرن الثالث عشر", "17"),
    ],
)
def test_hijri_century_is_the_gregorian_century_of_its_start(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, value)]


def test_month_after_shahr_is_no_duration(finder: DateFinder) -> None:
    assert found(finder, "تغلق المحال أبوابها خلال شهر رمضان عند الإفطار.") == []
