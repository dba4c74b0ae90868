"""The tokenizer keeps names, numbers, dates, URLs and Latin words whole."""

from __future__ import annotations

import pytest
from tests.text.helpers import surfaces, tokens

from marsad.text.tokenize import iter_tokens


@pytest.mark.parametrize(
    ("text", "whole", "kind"),
    [
        ("وصلت منظومة إس-400 إلى القاعدة", "إس-400", "model"),
        ("نشرت تركيا S-400 قرب أنقرة", "S-400", "model"),
        ("حلقت طائرة F-35 فوق البحر", "F-35", "model"),
        ("وقع الاتفاق في 14/12/2020 بالعاصمة", "14/12/2020", "date"),
        ("ارتفع المؤشر 3.75 نقطة", "3.75", "number"),
        ("بلغ العدد 1,250,000 شخص", "1,250,000", "number"),
        ("بلغ العدد ١٢٬٥٠٠ شخص", "١٢٬٥٠٠", "number"),
        (
            "التفاصيل على https://example.org/news?id=7 اليوم",
            "https://example.org/news?id=7",
            "url",
        ),
        ("راسلونا على desk@example.org للتصحيح", "desk@example.org", "email"),
        ("انتشر وسم #الانتخابات_المحلية بسرعة", "#الانتخابات_المحلية", "hashtag"),
        ("قالت صحيفة Guardian's اليوم", "Guardian's", "latin"),
    ],
)
def test_special_tokens_stay_whole(text: str, whole: str, kind: str) -> None:
    toks = tokens(text)
    match = [t for t in toks if t.text == whole]
    assert match, [t.text for t in toks]
    assert match[0].kind == kind


def test_url_does_not_swallow_final_full_stop() -> None:
    assert surfaces("زوروا www.example.org.")[-2:] == ["www.example.org", "."]


def test_arabic_comma_and_question_mark_are_separate_tokens() -> None:
    assert surfaces("هل انتهى، أم لا؟") == ["هل", "انتهى", "،", "أم", "لا", "؟"]


def test_proclitic_glued_to_latin_model_is_one_token_with_two_words() -> None:
    (tok,) = tokens("وS-400")
    assert tok.kind == "model"
    assert [(w.text, w.form, w.role) for w in tok.words] == [
        ("و", "و", "proclitic"),
        ("S-400", "S-400", "stem"),
    ]


def test_proclitic_with_tatweel_keeps_tatweel_in_its_word_text() -> None:
    (tok,) = tokens("بـF-35")
    assert [(w.text, w.form) for w in tok.words] == [("بـ", "ب"), ("F-35", "F-35")]


def test_proclitic_before_latin_name_is_split() -> None:
    (tok,) = tokens("لـCNN")
    assert tok.kind == "latin"
    assert [w.form for w in tok.words] == ["ل", "CNN"]


def test_proclitic_before_arabic_model_name_is_split() -> None:
    (tok,) = tokens("وإس-400")
    assert [w.text for w in tok.words] == ["و", "إس-400"]


def test_iter_tokens_reports_only_document_token_kinds() -> None:
    kinds = {k for _, _, k in iter_tokens("وS-400 لـCNN كلمة 12")}
    assert kinds == {"model", "latin", "word", "number"}


def test_tokens_carry_normalised_form() -> None:
    (tok,) = tokens("إسرائيلَ")
    assert tok.norm == "اسراءيل"
