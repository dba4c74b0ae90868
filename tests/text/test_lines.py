"""Body vs non-body lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import GOLD, need

from marsad.text.lines import classify, split_lines


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("اقرأ أيضاً: الحكومة تعلن خطة جديدة للطاقة", "read-also"),
        ("إقرأ المزيد: تفاصيل الميزانية", "read-also"),
        ("شاهد أيضا: لقطات من موقع الحادث", "read-also"),
        ("للمزيد: تقرير عن أسعار القمح", "read-also"),
        ("تابعونا على تويتر وفيسبوك", "follow"),
        ("شارك المقال على فيسبوك", "share"),
        ("اشترك في النشرة البريدية", "share"),
        ("المصدر: وكالات", "source"),
        ("كتب: سامي الخطيب", "byline"),
        ("بقلم - هدى المصري", "byline"),
        ("الصورة: متظاهرون قرب البرلمان", "caption"),
        ("صورة أرشيفية", "caption"),
        ("(رويترز)", "caption"),
        ("أ ف ب", "agency"),
        ("فرانس24/ أ ف ب", "agency"),
        ("*نقلاً عن صحيفة محلية", "source"),
        ("حمل تطبيق الموقع الآن", "share"),
        ("بقلم هدى المصري", "byline"),
    ],
)
def test_non_body_lines_are_recognised(line: str, reason: str) -> None:
    assert classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "قال الوزير إن المصدر الرئيسي للتمويل هو القطاع الخاص.",
        "وتابع المسؤول حديثه عن الخطة الجديدة للنقل العام.",
        "وشاهد السكان الدخان يتصاعد من المصنع.",
        "شارك الوزير في المؤتمر الصحفي الذي عقد في العاصمة اليوم.",
        "سجل اللاعب هدفا في الدقيقة العشرين من عمر المباراة.",
        "تابعنا خلال الأسبوع الماضي تطورات كثيرة على الصعيد المحلي والدولي.",
    ],
)
def test_body_lines_that_mention_cue_words_stay_body(line: str) -> None:
    assert classify(line) is None


def test_line_offsets_map_to_the_input() -> None:
    text = "  عنوان الخبر  \n\nاقرأ أيضاً: خبر آخر\nنص الخبر الأول."
    for line in split_lines(text):
        assert text[line.start : line.end] == line.text
    assert [ln.body for ln in split_lines(text)] == [True, False, True]


def _cnn_article(teasers: list[str]) -> str:
    body = [
        "عمّان، الأردن (CNN)-- أعلنت وزارة الزراعة، الأحد، خطة لدعم مزارعي الزيتون في الشمال.",
        "وقال الوزير في مؤتمر صحفي إن الخطة تشمل قروضا ميسرة وبذورا محسنة للموسم المقبل.",
        "يذكر أن الموسم الماضي شهد تراجعا في الإنتاج بسبب موجة جفاف طويلة ضربت المنطقة.",
    ]
    return "\n".join(body + teasers)


_TEASERS = [
    "أعلنت شركة طيران محلية، السبت، تعليق رحلاتها إلى ثلاث مدن بسبب الأحوال الجوية السيئة.",
    "قال رئيس بلدية العاصمة إن أعمال صيانة الطرق الرئيسية ستنتهي قبل نهاية الشهر المقبل.",
]


def test_trailing_cnn_teaser_paragraphs_are_non_body() -> None:
    lines = split_lines(_cnn_article(_TEASERS))
    assert [ln.reason for ln in lines[-2:]] == ["teaser", "teaser"]
    assert all(ln.body for ln in lines[:3])


def test_single_trailing_lead_paragraph_stays_body() -> None:
    lines = split_lines(_cnn_article(_TEASERS[:1]))
    assert all(ln.body for ln in lines)


def test_teaser_rule_applies_only_to_cnn_articles() -> None:
    text = _cnn_article(_TEASERS).replace("(CNN)", "")
    assert all(ln.body for ln in split_lines(text))


def _gold_files() -> list[Path]:
    return sorted(need(GOLD / "dev").glob("*.json"))


@pytest.mark.slow
def test_every_gold_related_line_is_non_body_and_no_body_line_is_dropped() -> None:
    for path in _gold_files():
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = gold.get("text")
        if text is None:
            text = (path.parent / gold["text_file"]).read_text(encoding="utf-8")
        non_body = {ln.text for ln in split_lines(text) if not ln.body}
        related = {line.strip() for line in gold.get("related", [])}
        assert related <= non_body, (path.name, related - non_body)
        assert non_body <= related, (path.name, non_body - related)


def test_headline_links_under_a_bare_read_also_line_are_related() -> None:
    text = (
        "قال الوزير إن الخطة ستنفذ على مراحل.\n"
        "اقرأ أيضاً:\n"
        "الحكومة تناقش ميزانية العام المقبل\n"
        "ارتفاع أسعار الخبز في الأسواق المحلية\n"
        "وأضاف الوزير أن المرحلة الأولى تبدأ الشهر المقبل."
    )
    lines = split_lines(text)
    assert [ln.body for ln in lines] == [True, False, False, False, True]


def test_disclaimer_and_cooperation_notes_are_non_body() -> None:
    assert classify("** جميع المقالات المنشورة تعبر عن رأي كتابها") == "disclaimer"
    assert classify("نشر هذا المقال بالتعاون مع موقع شريك") == "source"
    assert classify("لمتابعة المباراة على الحواسيب اضغط هنا") == "share"
