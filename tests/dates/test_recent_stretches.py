"""The last or next few units (PAST_REF / FUTURE_REF), the last n units (durations)
and a quarter of an unnamed year, on sentences written for these tests.

The anchor (publication date) is Thursday 2021-01-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.extract import DateFinder

DCT = date(2021, 1, 14)


def found(finder: DateFinder, text: str) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.type, d.value) for d in finder.find(text, DCT)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("ارتفعت أسعار الخبز خلال الأيام القليلة الماضية.", "الأيام القليلة الماضية", "PAST_REF"),
        ("تغير المشهد في السنوات القليلة الماضية كثيرا.", "السنوات القليلة الماضية", "PAST_REF"),
        (
            "ستصدر اللجنة تقريرها خلال الأسابيع القليلة المقبلة.",
            "الأسابيع القليلة المقبلة",
            "FUTURE_REF",
        ),
        ("زادت الهجرة إلى المدن في السنوات الأخيرة.", "السنوات الأخيرة", "PAST_REF"),
        ("تراجعت الصادرات في الآونة الأخيرة بسبب الجفاف.", "الآونة الأخيرة", "PAST_REF"),
        ("تحسن أداء الفريق في الفترة الأخيرة من خلال التدريب.", "الفترة الأخيرة", "PAST_REF"),
    ],
)
def test_recent_and_coming_stretches(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, "DATE", value)]


@pytest.mark.parametrize(
    "text",
    [
        "نزح آلاف السكان في الأيام الأخيرة من الحصار.",  # the last days of the siege
        "سجل الفريق هدفين في الدقائق الأخيرة وفاز بالمباراة.",  # of the match
    ],
)
def test_last_units_of_something_else_are_no_past(finder: DateFinder, text: str) -> None:
    assert found(finder, text) == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("نما الاقتصاد في السنوات الثلاث الماضية بثبات.", "السنوات الثلاث الماضية", "P3Y"),
        ("تخطط الشركة لتوسعة مصانعها خلال السنوات الخمس المقبلة.", "السنوات الخمس المقبلة", "P5Y"),
        ("ارتفعت الأسعار خلال الأيام العشرة الأخيرة.", "الأيام العشرة الأخيرة", "P10D"),
        ("سقط المطر بغزارة خلال الـ24 ساعة الماضية.", "الـ24 ساعة الماضية", "PT24H"),
        ("قتل عشرة أشخاص في الساعات الـ48 الماضية.", "الساعات الـ48 الماضية", "PT48H"),
        ("تراجعت المبيعات في الأشهر الـ 12 الماضية.", "الأشهر الـ 12 الماضية", "P12M"),
        (
            "هدأت الجبهة خلال الساعات الأربع والعشرين الماضية.",
            "الساعات الأربع والعشرين الماضية",
            "PT24H",
        ),
        ("تغيرت المنطقة كثيرا خلال العقود الثلاثة الماضية.", "العقود الثلاثة الماضية", "P3DE"),
    ],
)
def test_the_last_or_next_n_units_are_a_duration(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, "DURATION", value)]


def test_the_first_n_months_of_a_year_last_n_months(finder: DateFinder) -> None:
    assert found(finder, "ارتفعت الإيرادات في الأشهر التسعة الأولى من 2020.") == [
        ("الأشهر التسعة الأولى", "DURATION", "P9M"),
        ("2020", "DATE", "2020"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "نمت الصادرات 3% في الربع الأول من العام، وفق البيانات.",
            "الربع الأول من العام",
            "2021-Q1",
        ),
        ("تتوقع الوزارة تحسنا بالربع الثالث من العام.", "الربع الثالث من العام", "2021-Q3"),
        ("تراجع العجز في النصف الثاني من العام.", "النصف الثاني من العام", "2021-H2"),
    ],
)
def test_a_quarter_of_an_unnamed_year_is_the_publication_years(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert found(finder, text) == [(surface, "DATE", value)]


def test_a_quarter_of_a_fiscal_year_is_no_calendar_quarter(finder: DateFinder) -> None:
    assert found(finder, "تراجع العجز في الربع الأول من العام المالي الحالي.") == []


def test_a_bare_year_word_alone_is_no_date(finder: DateFinder) -> None:
    assert found(finder, "وصل العام إلى نهايته دون اتفاق.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # beyond the near span (60 days) on either side, where the tense decides
        ("تجري الانتخابات المقررة في 24 مارس وسط توتر.", "2021-03-24"),
        ("يشارك الفريق في البطولة المزمع إقامتها في 2 نوفمبر.", "2021-11-02"),
    ],
)
def test_a_scheduled_day_is_the_coming_one(finder: DateFinder, text: str, value: str) -> None:
    assert [d.value for d in finder.find(text, DCT)] == [value]


def test_a_rapporteur_is_no_schedule(finder: DateFinder) -> None:
    # المقرر الخاص: the UN's special rapporteur, no future marker
    text = "قال المقرر الخاص للأمم المتحدة في 2 يناير إن الوضع خطير."
    assert [d.value for d in finder.find(text, DCT)] == ["2021-01-02"]
