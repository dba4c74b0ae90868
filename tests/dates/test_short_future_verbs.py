"""Four-letter future verbs (سيصل، سيتم) govern a weekday as longer ones do; a
four-letter word of that shape that is no verb (لا سيما) does not. Sentences
written for the tests."""

from __future__ import annotations

from marsad.dates.lexicon import load_lexicon
from marsad.dates.model import future_verb
from marsad.pipeline import analyze
from marsad.settings import NormalizeOptions


def _values(text: str) -> list[str | None]:
    return [d.value for d in analyze(text, "2025-11-16").dates]  # a Sunday


def test_short_future_verbs_are_read_with_and_without_a_conjunction() -> None:
    lex = load_lexicon(NormalizeOptions())
    assert future_verb("سيصل", lex)
    assert future_verb("وسيتم", lex)
    assert not future_verb("سيما", lex)
    assert not future_verb("سيدي", lex)


def test_a_weekday_after_a_short_future_verb_is_the_next_one() -> None:
    assert _values("وقال مسؤولون إن الوفد سيصل يوم الثلاثاء إلى العاصمة.") == ["2025-11-18"]


def test_a_weekday_after_a_past_verb_stays_the_last_one() -> None:
    assert _values("وقال مسؤولون إن الوفد وصل يوم الثلاثاء إلى العاصمة.") == ["2025-11-11"]


def test_a_weekday_in_a_clause_opened_by_an_imperfective_is_the_next_one() -> None:
    assert _values("ويجتمع مجلس الإدارة الأربعاء لبحث الموازنة الجديدة.") == ["2025-11-19"]
    assert _values("ويستمر المعرض حتى الخميس في قاعة المدينة.") == ["2025-11-20"]


def test_a_weekday_after_a_subjunctive_or_a_past_clause_stays_the_last_one() -> None:
    assert _values("وزار الوفد المصنع قبل أن يغادر المدينة الأربعاء.") == ["2025-11-12"]
    assert _values("وتجددت المواجهات في المدينة مساء الأربعاء.") == ["2025-11-12"]


def _spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.value, d.end_value) for d in analyze(text, "2025-11-16").dates]


def test_a_range_of_days_before_a_relative_month_keeps_its_first_day() -> None:
    assert _spans("وتعقد الجولة ما بين 10 و12 من الشهر المقبل في الرياض.") == [
        ("بين 10 و12 من الشهر المقبل", "2025-12-10", "2025-12-12")
    ]
    assert _spans("وتستمر الفعاليات من 5 حتى 9 من الشهر القادم.")[0][1:] == (
        "2025-12-05",
        "2025-12-09",
    )


def test_two_days_joined_by_and_without_between_are_no_range() -> None:
    assert _spans("وأجريت الجولتان في 3 و10 من الشهر الماضي.")[-1][2] is None
