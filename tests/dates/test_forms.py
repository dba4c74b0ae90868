"""Every date form the dates step reads, on sentences written for these tests.

The anchor (publication date) is Thursday 2021-01-14 unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates.extract import DateFinder
from marsad.doc import DateExpr

DCT = date(2021, 1, 14)


def only(finder: DateFinder, text: str, dct: date | None = DCT) -> DateExpr:
    found = finder.find(text, dct)
    assert len(found) == 1, [(d.text, d.value) for d in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("وقعت الحكومتان الاتفاق في 3 مارس 2019 بالعاصمة.", "3 مارس 2019", "2019-03-03"),
        ("افتتح المعرض يوم 21 أبريل 2018 وسط حضور كبير.", "21 أبريل 2018", "2018-04-21"),
        ("انطلقت الحملة في 5 تشرين الثاني 2018 من المدينة.", "5 تشرين الثاني 2018", "2018-11-05"),
        ("عاد الوفد في 9 أيار من عام 2017 إلى بلاده.", "9 أيار من عام 2017", "2017-05-09"),
        ("جرت الانتخابات في 12 جانفي 2020 بهدوء.", "12 جانفي 2020", "2020-01-12"),
        ("صدر القرار في 3 جويلية 2019 عن الوزارة.", "3 جويلية 2019", "2019-07-03"),
        ("أعلنت النتائج في 20 غشت 2018 رسميا.", "20 غشت 2018", "2018-08-20"),
        ("بدأ الموسم في 7 شتنبر 2016 بالرباط.", "7 شتنبر 2016", "2016-09-07"),
        ("وقع الحادث في 30 نونبر 2015 قرب الميناء.", "30 نونبر 2015", "2015-11-30"),
        ("أغلق المطار في 2 دجنبر 2014 بسبب الثلوج.", "2 دجنبر 2014", "2014-12-02"),
        ("انطلق المهرجان في 15 أوت 2019 بالساحة.", "15 أوت 2019", "2019-08-15"),
        ("عقد المؤتمر في 8 فيفري 2017 بتونس.", "8 فيفري 2017", "2017-02-08"),
        ("زار الرئيس المدينة في 25 ماي 2018 للمرة الأولى.", "25 ماي 2018", "2018-05-25"),
        ("أجريت المباراة في 11 جوان 2016 بالملعب.", "11 جوان 2016", "2016-06-11"),
        ("نشر التقرير في 4 يوليوز 2019 بالصحف.", "4 يوليوز 2019", "2019-07-04"),
        ("وصل السفير في 6 مايس 2017 إلى بغداد.", "6 مايس 2017", "2017-05-06"),
        ("تأسس الحزب في الثامن من حزيران 1990 بدمشق.", "الثامن من حزيران 1990", "1990-06-08"),
        ("رفعت الجلسة في 7 كانون الثاني 2019 دون قرار.", "7 كانون الثاني 2019", "2019-01-07"),
        ("افتتح الجسر في 22 نيسان 2013 بحضور المحافظ.", "22 نيسان 2013", "2013-04-22"),
        ("بدأ العام الدراسي في 16 أيلول 2018 بالمدارس.", "16 أيلول 2018", "2018-09-16"),
    ],
)
def test_day_month_year_in_every_month_naming(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    d = only(finder, text)
    assert (d.text, d.value, d.anchor) == (surface, value, "absolute")


def test_levantine_month_with_min_and_no_year_is_the_latest_past_one(finder: DateFinder) -> None:
    d = only(finder, "وفي 14 من كانون الأول فرضت الحكومة رسوما جديدة على الواردات.")
    assert (d.text, d.value, d.anchor) == ("14 من كانون الأول", "2020-12-14", "published")


def test_month_without_year_in_a_future_sentence_is_the_next_one(finder: DateFinder) -> None:
    d = only(finder, "ستعقد القمة المقبلة في 10 آذار بالعاصمة.")
    assert d.value == "2021-03-10"


def test_paired_month_names_are_one_month(finder: DateFinder) -> None:
    d = only(finder, "انسحبت القوات في 15 تموز/يوليو 2016 من المنطقة.")
    assert (d.text, d.value) == ("15 تموز/يوليو 2016", "2016-07-15")


def test_month_and_year(finder: DateFinder) -> None:
    assert only(finder, "توقفت المفاوضات في تشرين الثاني/نوفمبر 2015 فجأة.").value == "2015-11"


def test_weekday_before_a_date_picks_the_year_it_falls_in(finder: DateFinder) -> None:
    d = only(finder, "تبدأ الجلسات الخميس 30 آب المقبل.", date(2018, 7, 26))
    assert d.value == "2018-08-30"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("أعلنت البلدية الخبر في 15 رمضان 1441 هـ أمام الصحفيين.", "2020-05-08"),
        ("بدأ العمل بالقانون في محرم 1442 هـ في أنحاء البلاد.", "2020-08"),
        ("وصل الحجاج في 8 ذو الحجة 1440 هـ إلى منى.", "2019-08-09"),
        ("صدر التعميم بتاريخ 1442/5/1هـ عن الوزارة.", "2020-12-16"),
    ],
)
def test_hijri_dates_are_converted(finder: DateFinder, text: str, value: str) -> None:
    assert only(finder, text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "صدر المرسوم بتاريخ 14/12/2020 عن الديوان.",
        "صدر المرسوم بتاريخ 2020-12-14 عن الديوان.",
        "صدر المرسوم بتاريخ ١٤/١٢/٢٠٢٠ عن الديوان.",
    ],
)
def test_numeric_dates_in_either_digits(finder: DateFinder, text: str) -> None:
    assert only(finder, text).value == "2020-12-14"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("أقر البرلمان القانون العام 2017 بالإجماع.", "العام 2017", "2017"),
        ("انتخب رئيسا للبلدية عام 2009 لأول مرة.", "عام 2009", "2009"),
        ("تراجعت الصادرات في 2016 بشكل حاد.", "2016", "2016"),
    ],
)
def test_years(finder: DateFinder, text: str, surface: str, value: str) -> None:
    d = only(finder, text)
    assert (d.text, d.value) == (surface, value)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("ارتفعت الأسعار الشهر الماضي بنسبة كبيرة.", "الشهر الماضي", "2020-12"),
        ("تنطلق الحملة مطلع الشهر المقبل في كل المدن.", "مطلع الشهر المقبل", "2021-02"),
        ("زار الوفد المدينة منتصف آذار الماضي لأيام.", "منتصف آذار الماضي", "2020-03"),
        ("توقف المصنع أواخر العام الماضي عن الإنتاج.", "أواخر العام الماضي", "2020"),
        ("بدأت الأزمة أوائل 2019 في القطاع المصرفي.", "أوائل 2019", "2019"),
        ("تراجع النمو هذا العام بسبب الجفاف.", "هذا العام", "2021"),
    ],
)
def test_months_years_and_their_parts(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    d = only(finder, text)
    assert (d.text, d.value) == (surface, value)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("وصل الوزير إلى العاصمة أمس في زيارة رسمية.", "أمس", "2021-01-13"),
        ("سقطت الأمطار أول أمس على المناطق الساحلية.", "أول أمس", "2021-01-12"),
        ("يلتقي الرئيسان اليوم في القصر.", "اليوم", "2021-01-14"),
        ("تنطلق المباريات غداً في الملعب الكبير.", "غداً", "2021-01-15"),
        ("يصوت النواب بعد غد على الميزانية.", "بعد غد", "2021-01-16"),
        ("صرح خلال لقاء صحفي أمس الأربعاء بأنه متفائل.", "أمس الأربعاء", "2021-01-13"),
        ("وقعت الاشتباكات الاثنين الماضي في الضاحية.", "الاثنين الماضي", "2021-01-11"),
        ("يصل الوفد الأحد المقبل إلى المدينة.", "الأحد المقبل", "2021-01-17"),
        ("أفرجت السلطات عن المعتقلين قبل يومين بعد وساطة.", "قبل يومين", "2021-01-12"),
        ("انقطعت الكهرباء منذ ثلاثة أسابيع عن القرى.", "منذ ثلاثة أسابيع", "2020-12-24"),
        ("تستأنف المحادثات الأسبوع المقبل في جنيف.", "الأسبوع المقبل", "2021-W03"),
        ("اجتمع المجلس الثلاثاء لمناقشة الأزمة.", "الثلاثاء", "2021-01-12"),
    ],
)
def test_relative_days_weeks_and_weekdays(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    d = only(finder, text)
    assert (d.text, d.value, d.anchor) == (surface, value, "published")


def test_range_has_start_and_end(finder: DateFinder) -> None:
    d = only(finder, "تقام الدورة بين 1 و3 مارس 2021 في المدينة الرياضية.")
    assert (d.value, d.end_value) == ("2021-03-01", "2021-03-03")


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("تعمل اللجنة حاليا على صياغة التقرير.", "DATE", "PRESENT_REF"),
        ("أصبح الوضع الآن أكثر هدوءا.", "DATE", "PRESENT_REF"),
        ("تقلصت المساحات الخضراء مؤخرا بشكل ملحوظ.", "DATE", "PAST_REF"),
        ("تشتد موجات الحر في صيف 2018 على الساحل.", "DATE", "2018-SU"),
        ("شهدت المنطقة فيضانات في الشتاء الماضي.", "DATE", "2020-WI"),
        ("ازدهرت الموسيقى الشعبية في الثمانينيات من القرن الماضي.", "DATE", "198"),
        ("بنيت القلعة في القرن التاسع عشر على التل.", "DATE", "18"),
        ("استمرت الإضرابات ثلاثة أيام في الموانئ.", "DURATION", "P3D"),
        ("تصل الشحنات يوميا إلى الميناء.", "SET", "P1D"),
    ],
)
def test_timeml_values(finder: DateFinder, text: str, type_: str, value: str) -> None:
    found = [(d.type, d.value) for d in finder.find(text, DCT)]
    assert (type_, value) in found


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("زار المهندسون السد قبل أيام لتفقد الأضرار.", "قبل أيام", "PAST_REF"),
        ("هاجرت العائلة قبل سنوات إلى الشمال.", "قبل سنوات", "PAST_REF"),
        ("تنطلق أشغال الطريق بعد أسابيع حسب البلدية.", "بعد أسابيع", "FUTURE_REF"),
        ("كانت البلدة سابقا مركزا لصناعة الفخار.", "سابقا", "PAST_REF"),
        ("عرفت الجزيرة في الماضي حركة صيد كبيرة.", "في الماضي", "PAST_REF"),
        ("ارتفع عدد الطلاب في السنوات الماضية بشكل مطرد.", "السنوات الماضية", "PAST_REF"),
        ("وعد المدير بالرد على الشكاوى في أقرب وقت.", "في أقرب وقت", "FUTURE_REF"),
        ("ارتفعت الأسعار قبل عدة أيام في الأسواق.", "قبل عدة أيام", "PAST_REF"),
        ("تراجعت المبيعات خلال الأسابيع الفائتة بوضوح.", "الأسابيع الفائتة", "PAST_REF"),
        ("تستعد المدارس للامتحانات في الأشهر المقبلة.", "الأشهر المقبلة", "FUTURE_REF"),
    ],
)
def test_unplaced_past_and_future(finder: DateFinder, text: str, surface: str, value: str) -> None:
    # an unnamed stretch before or after now is a TimeML reference value, not a date
    d = only(finder, text)
    assert (d.text, d.value) == (surface, value)


@pytest.mark.parametrize(
    "text",
    [
        "وصلت المساعدات قبل أيام من بدء العاصفة.",  # counted from an event
        "يعيش الحي منذ أيام على وقع الانقطاعات.",  # a stretch of time, not placed
    ],
)
def test_unplaced_stretch_that_is_no_reference(finder: DateFinder, text: str) -> None:
    assert finder.find(text, DCT) == []


@pytest.mark.parametrize(
    "text",
    [
        "قتل 2000 شخص في المعارك.",
        "طالب المجلس بتطبيق القرار 2254 دون تأخير.",
        "مارس الضغط على الحكومة لتغيير موقفها.",
        "تحدث الكاتب عن الربيع العربي وآثاره.",
        "كان أب الشهيد حاضرا في الجنازة.",
    ],
)
def test_numbers_and_words_that_are_not_dates(finder: DateFinder, text: str) -> None:
    assert [d.text for d in finder.find(text, DCT) if d.type == "DATE"] == []


def test_without_a_publication_date_relative_dates_keep_their_span_only(
    finder: DateFinder,
) -> None:
    d = only(finder, "وصل الوزير أمس إلى العاصمة.", None)
    assert (d.text, d.value, d.anchor) == ("أمس", None, "none")


def test_spans_map_back_to_the_original_text(finder: DateFinder) -> None:
    text = "وصل الوفد غداً صباحا وبالأمسِ غادر الآخر في 3 مارس 2019."
    for d in finder.find(text, DCT):
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("ارتفعت الأسعار خلال شهر جوان الفارط بشكل لافت.", "شهر جوان الفارط", "2020-06"),
        ("تصرف المنحة في غرة أفريل 2019 لكل المستحقين.", "غرة أفريل 2019", "2019-04-01"),
        ("ففي جانفي وجهت الوزارة مراسلة إلى البلديات.", "جانفي", "2021-01"),
    ],
)
def test_maghrebi_usage(finder: DateFinder, text: str, surface: str, value: str) -> None:
    d = only(finder, text)
    assert (d.text, d.value) == (surface, value)


def test_shahr_before_a_month_name_is_no_duration(finder: DateFinder) -> None:
    found = [(d.type, d.text) for d in finder.find("تتواصل الأشغال خلال شهر آذار.", DCT)]
    assert found == [("DATE", "شهر آذار")]


def test_day_after_an_event_counts_from_the_last_date_in_the_text(finder: DateFinder) -> None:
    text = "وقع الانفجار الاثنين الماضي. وغداة الانفجار اجتمع المجلس."
    last = finder.find(text, DCT)[-1]
    assert (last.text, last.value, last.anchor) == ("غداة الانفجار", "2021-01-12", "text")


def test_day_after_an_event_without_a_date_has_no_value(finder: DateFinder) -> None:
    d = only(finder, "وغداة الانفجار اجتمع المجلس.")
    assert (d.value, d.anchor) == (None, "none")


def test_next_day_alone_counts_from_the_publication_date(finder: DateFinder) -> None:
    d = only(finder, "اجتمع المجلس في اليوم التالي.")
    assert (d.text, d.value, d.anchor) == ("اليوم التالي", "2021-01-15", "published")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("رصدت البلدية ميزانية أكبر للعام المقبل لصيانة الطرق.", "للعام المقبل", "2022"),
        ("تراجعت المبيعات للعام الماضي بنسبة طفيفة.", "للعام الماضي", "2020"),
        ("أعلن النادي برنامجه للشهر الجاري في مؤتمر صحفي.", "للشهر الجاري", "2021-01"),
        ("نشرت الوزارة جدول المباريات للأسبوع القادم.", "للأسبوع القادم", "2021-W03"),
    ],
)
def test_a_period_after_lam_keeps_its_article(
    finder: DateFinder, text: str, surface: str, value: str
) -> None:
    d = only(finder, text)
    assert (d.text, d.value) == (surface, value)


@pytest.mark.parametrize(
    "text",
    ["خصصت الجمعية المبلغ لعام كامل من العمل.", "فاز الفريق للعام الثالث على التوالي."],
)
def test_lam_and_a_period_word_without_a_modifier_is_no_date(finder: DateFinder, text: str) -> None:
    assert finder.find(text, DCT) == []
