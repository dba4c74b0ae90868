"""The TIMEX3 reading of marsad's date expressions, on sentences written for these
tests. The anchor (publication date) is Thursday 2021-01-14."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.extract import DateFinder
from marsad.dates.timex3 import (
    at_token_start,
    bare_words,
    dual_past,
    listed,
    news_reading,
    timex3,
)

DCT = date(2021, 1, 14)


def readings(
    finder: DateFinder, text: str, quirks: bool = False
) -> list[tuple[str, str, str | None]]:
    found = finder.find(text, DCT)
    return [(d.text, *timex3(d, finder.lex, finder.opts, quirks)) for d in found]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("زار المحافظ المستشفى صباح الثلاثاء برفقة الأطباء.", "صباح الثلاثاء", "2021-01-12TMO"),
        ("اندلع الحريق مساء أمس في المخزن.", "مساء أمس", "2021-01-13TNI"),  # HeidelTime: NI
        ("هطلت أمطار غزيرة الليلة الماضية على القرى.", "الليلة الماضية", "2021-01-13TNI"),
        ("وصلت القافلة بعد ظهر اليوم إلى المعبر.", "بعد ظهر اليوم", "2021-01-14TAF"),
    ],
)
def test_part_of_a_day_is_a_time(finder: DateFinder, text: str, surface: str, value: str) -> None:
    assert readings(finder, text) == [(surface, "TIME", value)]


def test_marsad_keeps_the_day_as_its_own_value(finder: DateFinder) -> None:
    got = [(d.type, d.value) for d in finder.find("اندلع الحريق مساء أمس في المخزن.", DCT)]
    assert got == [("DATE", "2021-01-13")]


def test_other_expressions_are_unchanged(finder: DateFinder) -> None:
    assert readings(finder, "افتتح الجسر في 3 مارس 2020 رسميا.") == [
        ("3 مارس 2020", "DATE", "2020-03-03")
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("افتتحت الحديقة قبل أسبوعين بحضور السكان.", "قبل أسبوعين", "2020-W53"),
        ("تفتتح المدرسة الجديدة بعد ثلاثة أسابيع.", "بعد ثلاثة أسابيع", "2021-W05"),
    ],
)
def test_weeks_from_the_anchor_are_a_week(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert readings(finder, text)[0] == (surface, "DATE", value)


def test_news_reading_counts_from_the_anchor_not_the_text(finder: DateFinder) -> None:
    text = "انتخب النائب عام 1990 ثم استقال في العام التالي."
    following = finder.find(text, DCT)[-1]
    assert (following.text, following.value) == ("العام التالي", "1991")
    assert news_reading(following, finder, DCT) == "2022"


def test_news_reading_keeps_what_the_anchor_gave(finder: DateFinder) -> None:
    last_year = finder.find("ارتفعت الأسعار في العام الماضي.", DCT)[0]
    assert news_reading(last_year, finder, DCT) == "2020"


def test_news_reading_counts_a_day_after_an_event_from_the_anchor(finder: DateFinder) -> None:
    after = finder.find("أعيد فتح الطريق بعد يومين من الانهيار.", DCT)[0]
    assert (after.text, after.value) == ("بعد يومين", None)
    assert news_reading(after, finder, DCT) == "2021-01-16"


@pytest.mark.parametrize(
    ("text", "own", "news"),
    [
        # DCT Thursday 2021-01-14: marsad follows the future verb, the news reading
        # (HeidelTime's Arabic, no tense) the creation year / the last such weekday;
        # a day within 60 days of the anchor is the near one for marsad too
        ("ستفتتح الوزارة المعرض في 5 يناير.", "2021-01-05", "2021-01-05"),
        ("ستفتتح الوزارة الثلاثاء معرضا للكتاب.", "2021-01-19", "2021-01-12"),
        ("سيقضي اللاعبون عطلة نهاية الأسبوع في المعسكر.", "2021-W02-WE", "2021-W01-WE"),
    ],
)
def test_news_reading_ignores_the_tense(finder: DateFinder, text: str, own: str, news: str) -> None:
    d = finder.find(text, DCT)[0]
    assert (d.value, news_reading(d, finder, DCT)) == (own, news)


def test_news_reading_keeps_an_explicit_modifier(finder: DateFinder) -> None:
    d = finder.find("ستفتتح الوزارة المعرض في مارس المقبل.", DCT)[0]
    assert news_reading(d, finder, DCT) == "2021-03"


@pytest.mark.parametrize(
    ("text", "own", "news"),
    [
        # a past verb puts a day after the anchor's in last year for marsad; with no
        # tense HeidelTime keeps the creation year (UNDEF-year), and so does the corpus
        # (beyond 60 days: a nearer day is the near one whatever the verb)
        ("افتتحت الوزارة المعرض في 20 مايو.", "2020-05-20", "2021-05-20"),
        ("افتتحت الوزارة المعرض في 20 أيار.", "2020-05-20", "2021-05-20"),
        ("افتتحت الوزارة المعرض في 20 يناير.", "2021-01-20", "2021-01-20"),
        ("افتتحت الوزارة المعرض في مايو.", "2020-05", "2021-05"),
    ],
)
def test_news_reading_puts_a_bare_month_name_in_the_creation_year(
    finder: DateFinder, text: str, own: str, news: str
) -> None:
    d = finder.find(text, DCT)[0]
    assert (d.value, news_reading(d, finder, DCT)) == (own, news)


@pytest.mark.parametrize(
    ("text", "news"),
    [
        ("افتتحت الوزارة المعرض في 20 يناير الماضي.", "2020-01-20"),  # the modifier places it
        ("افتتحت الوزارة المعرض قبل أربعة أشهر.", "2020-09"),  # counted, no month name
    ],
)
def test_news_reading_keeps_last_year_when_the_text_gives_it(
    finder: DateFinder, text: str, news: str
) -> None:
    d = finder.find(text, DCT)[0]
    assert news_reading(d, finder, DCT) == news


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ازدهرت المطابع في العقد الأول من القرن الماضي.", "191"),
        ("تغيرت المدينة كثيرا في العقد الثالث من القرن الحالي.", "193"),
        ("انتشرت الإذاعة في الثلاثينيات من القرن الماضي.", "193"),  # not ordinal: kept
    ],
)
def test_quirks_read_an_ordinal_decade_in_the_1900s(
    finder: DateFinder, text: str, value: str
) -> None:
    assert [v for _, t, v in readings(finder, text, True) if t == "DATE"][:1] == [value]


def test_without_quirks_an_ordinal_decade_is_of_its_century(finder: DateFinder) -> None:
    got = readings(finder, "تغيرت المدينة كثيرا في العقد الثالث من القرن الحالي.")
    assert [v for _, t, v in got if t == "DATE"][:1] == ["202"]


def test_an_ordinal_decade_keeps_marsads_own_value(finder: DateFinder) -> None:
    got = finder.find("تغيرت المدينة كثيرا في العقد الثالث من القرن الحالي.", DCT)
    assert got[0].value == "202"


@pytest.mark.parametrize(
    ("text", "typ", "value"),
    [
        ("عاد الوزير من جولته أمس الأول بعد غياب طويل.", "DATE", "2021-01-13"),
        ("سقطت الثلوج مساء أمس الأول على الجبال.", "TIME", "2021-01-13TNI"),
        ("عاد الوزير من جولته أول أمس بعد غياب طويل.", "DATE", "2021-01-12"),
    ],
)
def test_quirks_read_first_yesterday_as_yesterday(
    finder: DateFinder, text: str, typ: str, value: str
) -> None:
    assert [(t, v) for _, t, v in readings(finder, text, True)] == [(typ, value)]


def test_without_quirks_first_yesterday_is_the_day_before(finder: DateFinder) -> None:
    got = readings(finder, "عاد الوزير من جولته أمس الأول بعد غياب طويل.")
    assert [(t, v) for _, t, v in got] == [("DATE", "2021-01-12")]


def test_first_yesterday_keeps_marsads_own_value(finder: DateFinder) -> None:
    got = finder.find("عاد الوزير من جولته أمس الأول بعد غياب طويل.", DCT)
    assert [d.value for d in got] == ["2021-01-12"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ستبدأ الامتحانات يوم الأربعاء المقبل في كل المدارس.", "2021-01-13"),
        ("ستبدأ الامتحانات يوم الخميس القادم في كل المدارس.", "2021-01-14"),
        ("ستبدأ الامتحانات الأربعاء المقبل في كل المدارس.", "2021-01-20"),  # no يوم: next
    ],
)
def test_quirks_read_a_modified_weekday_after_yawm_as_the_weekday(
    finder: DateFinder, text: str, value: str
) -> None:
    (d,) = finder.find(text, DCT)
    assert news_reading(d, finder, DCT, quirks=True) == value


def test_without_quirks_a_modified_weekday_keeps_its_modifier(finder: DateFinder) -> None:
    (d,) = finder.find("ستبدأ الامتحانات يوم الأربعاء المقبل في كل المدارس.", DCT)
    assert news_reading(d, finder, DCT) == "2021-01-20"


def test_quirks_make_every_bare_today_the_creation_day() -> None:
    text = "نحتفل بهذا اليوم كل عام، وننتظر اليوم الذي يعود فيه الغائبون باليوم نفسه."
    got = bare_words(text, [], DCT, quirks=True)
    assert [(text[s:e], v) for s, e, v in got] == [("اليوم", "2021-01-14")] * 2
    assert bare_words(text, [], DCT) == []  # "the day": no date without quirks


def test_a_bare_today_inside_a_found_expression_is_not_repeated() -> None:
    text = "وصلت القافلة بعد ظهر اليوم إلى المعبر."
    start = text.index("بعد ظهر")
    assert bare_words(text, [(start, start + len("بعد ظهر اليوم"))], DCT) == []


def test_newly_is_present_ref_wherever_it_stands() -> None:
    text = "افتتحت المكتبة حديثا في وسط المدينة."
    assert [(text[s:e], v) for s, e, v in bare_words(text, [], DCT)] == [("حديثا", "PRESENT_REF")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("تصرف الرواتب نهاية الشهر عادة.", "UNDEF-month"),
        ("يعود المعلمون إلى المدارس مطلع الأسبوع في كل المدن.", "UNDEF-week"),
        ("تصرف الرواتب نهاية الشهر الجاري بعد تأخير.", "2021-01"),  # modified: placed
        ("يعود المعلمون إلى المدارس مطلع العام في كل المدن.", "2021"),  # a year: resolved
    ],
)
def test_a_part_of_a_bare_unit_is_undefined(finder: DateFinder, text: str, value: str) -> None:
    assert [v for _, _, v in readings(finder, text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وقع الزلزال في 3 مايو من العام الماضي على الساحل.", "2021-05-03"),
        ("تنتهي الأشغال في 3 مايو من العام المقبل على الأرجح.", "2021-05-03"),
        ("وقع الزلزال في مايو من العام الماضي على الساحل.", "2020-05"),  # no day: placed
    ],
)
def test_quirks_put_a_day_before_a_relative_year_in_the_creation_year(
    finder: DateFinder, text: str, value: str
) -> None:
    (d,) = finder.find(text, DCT)
    assert news_reading(d, finder, DCT, quirks=True) == value


def test_without_quirks_a_day_before_last_year_is_last_years(finder: DateFinder) -> None:
    (d,) = finder.find("وقع الزلزال في 3 مايو من العام الماضي على الساحل.", DCT)
    assert news_reading(d, finder, DCT) == "2020-05-03"


def _token_start(finder: DateFinder, text: str) -> list[tuple[str, str | None]]:
    out = []
    for d in finder.find(text, DCT):
        e = at_token_start(d, text, finder, DCT)
        if e is not None:
            assert text[e.start : e.end] == e.text
            out.append((e.text, e.value))
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("أعدت الوزارة خطة لهذا العام تشمل المدارس.", []),
        ("وصلت البعثة واليوم تبدأ عملها.", []),
        ("تنتهي الأشغال بنهاية الشهر في كل الأحياء.", []),
        ("تراجعت الأرباح بنهاية العام الماضي في كل الفروع.", [("العام الماضي", "2020")]),
        ("صدر التقرير السنوي لعام 2019 متأخرا.", [("عام 2019", "2019")]),
        ("تستعد الفرق للعام المقبل بخطط جديدة.", [("للعام المقبل", "2022")]),
        ("ذكر الناطق بالأمس أن الطريق مفتوح.", [("الأمس", "2021-01-13")]),
        ("قال الناطق اليوم إن الطريق مفتوح.", [("اليوم", "2021-01-14")]),
        ("انتهى السباق و30 متسابقا في الطريق.", []),
        ("يبدأ الموسم و3 مايو موعد الافتتاح.", [("3 مايو", "2021-05-03")]),
    ],
)
def test_heideltime_marks_from_a_word_start(
    finder: DateFinder, text: str, want: list[tuple[str, str | None]]
) -> None:
    assert _token_start(finder, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("تبدأ الدورة بعد غد في الملعب الكبير.", []),
        ("تبدأ الدورة يوم غد الأحد في الملعب الكبير.", [("الأحد", "2021-01-10")]),
        ("تبدأ الدورة غدا في الملعب الكبير.", [("غدا", "2021-01-15")]),
        ("كانت الحكومة انذاك تدرس المشروع.", []),
        ("كانت الحكومة آنذاك تدرس المشروع.", [("آنذاك", "PAST_REF")]),
        ("شيد الجسر الحجري قبل مائة عام فوق الوادي.", []),  # hundreds in words
        ("يعمل المرفأ منذ مئة عام دون توقف.", []),
        ("شيد الجسر الحجري قبل 100 عام فوق الوادي.", [("قبل 100 عام", "1921")]),
        ("شيد الجسر الحجري قبل ثلاثين عاما فوق الوادي.", [("قبل ثلاثين عاما", "1991")]),
    ],
)
def test_forms_missing_from_heideltimes_list(
    finder: DateFinder, text: str, want: list[tuple[str, str | None]]
) -> None:
    kept = [listed(d, finder, DCT) for d in finder.find(text, DCT)]
    assert [(d.text, d.value) for d in kept if d is not None] == want


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("نفذت البلدية مشاريع كثيرة نهاية الأسبوع الماضي في الأحياء.", "PAST_REF"),
        ("تنطلق المسابقة في عطلة نهاية الأسبوع المقبل بمشاركة واسعة.", "FUTURE_REF"),
    ],
)
def test_a_modified_weekend_is_a_reference(finder: DateFinder, text: str, value: str) -> None:
    # HeidelTime lists نهاية الأسبوع among its plural units: a modifier makes a reference
    assert [r[1:] for r in readings(finder, text)] == [("DATE", value)]


def test_a_bare_weekend_keeps_its_week(finder: DateFinder) -> None:
    got = readings(finder, "يزدحم السوق في نهاية الأسبوع عادة.")
    assert all(v != "PAST_REF" for _, _, v in got)


def duals(finder: DateFinder, text: str) -> list[tuple[str, str, str | None]]:
    out = []
    for d in finder.find(text, DCT):
        e = dual_past(d, text, finder.lex, finder.opts, DCT) or d
        out.append((e.text, e.type, e.value))
    return out


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("تضاعفت الصادرات خلال العامين الماضيين بفضل الطلب.", "العامين الماضيين", "2019"),
        ("ارتفعت الأسعار في الشهرين الماضيين ارتفاعا حادا.", "الشهرين الماضيين", "2020-11"),
        ("هطلت الأمطار في اليومين السابقين على الجبال.", "اليومين السابقين", "2021-01-12"),
        ("تغيرت المدينة كثيرا في العقدين الماضيين على نحو لافت.", "العقدين الماضيين", "200"),
    ],
)
def test_a_dual_with_a_past_modifier_is_dated(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    assert duals(finder, text) == [(surface, "DATE", value)]


@pytest.mark.parametrize(
    "text",
    [
        "تراجع الإنتاج في السنتين الماضيتين بسبب الجفاف.",  # feminine: not HeidelTime's rule
        "سيبنى السد خلال العامين المقبلين على النهر.",  # future: stays a duration
        "عمل في المصنع عامين كاملين قبل أن يغادر.",
    ],
)
def test_other_duals_stay_durations(finder: DateFinder, text: str) -> None:
    assert all(t == "DURATION" for _, t, _ in duals(finder, text))
