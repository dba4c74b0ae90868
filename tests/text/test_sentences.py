"""News sentence splitting."""

from __future__ import annotations

import pytest
from tests.text.helpers import TEXT_STEPS, analyse

from marsad.pipeline import analyze
from marsad.settings import Settings


def sentences(text: str) -> list[str]:
    return [s.text for s in analyse(text).sentences]


def test_full_stops_and_question_marks_split() -> None:
    assert sentences("وصل الوفد صباحا. هل يلتقي الرئيس؟ لم يتأكد ذلك بعد!") == [
        "وصل الوفد صباحا.",
        "هل يلتقي الرئيس؟",
        "لم يتأكد ذلك بعد!",
    ]


def test_arabic_comma_is_not_a_boundary() -> None:
    assert len(sentences("وصل الوزير إلى عمّان، والتقى نظيره، ثم عاد.")) == 1


def test_quoted_speech_stays_whole() -> None:
    text = "قال المتحدث: «لن نقبل. لن نتراجع؟ أبدا» ثم غادر القاعة."
    assert sentences(text) == [text]


def test_quote_ending_with_a_stop_closes_the_sentence() -> None:
    assert sentences('قال الوزير: "انتهى الأمر." وأضاف أن المحادثات ستستمر.') == [
        'قال الوزير: "انتهى الأمر."',
        "وأضاف أن المحادثات ستستمر.",
    ]


def test_unbalanced_quote_does_not_glue_the_paragraph() -> None:
    assert len(sentences('كتب "عنوان واحد. ثم جملة ثانية. وثالثة.')) == 3


@pytest.mark.parametrize(
    "text",
    [
        "بلغت نسبة النمو 3.5 في المئة هذا العام.",
        "التقى د. سامر الوزير في مكتبه.",
        "زار Dr. Smith المستشفى أمس.",
        "قالت U.S. Army إن التدريب انتهى.",
    ],
)
def test_numbers_and_abbreviations_do_not_split(text: str) -> None:
    assert len(sentences(text)) == 1


def test_line_end_is_a_boundary() -> None:
    assert len(sentences("عنوان بلا نقطة\nوجملة في الفقرة التالية.")) == 2


def test_seed_article_has_14_body_sentences_and_three_read_also_lines(seed_text: str) -> None:
    doc = analyze(seed_text, "2021-01-14", settings=Settings(steps=TEXT_STEPS))
    assert len(doc.sentences) == 14
    assert len(doc.related) == 3
    assert all(line.startswith("اقرأ أيضاً") for line in doc.related)


def test_latin_initials_spelt_in_arabic_do_not_split() -> None:
    assert len(sentences("قال مراسل سي. إن. إن. إن الوضع هادئ.")) == 1


def test_repeated_stops_stay_with_their_sentence() -> None:
    assert sentences("هل هذا معقول؟! لا أظن.") == ["هل هذا معقول؟!", "لا أظن."]


def test_list_number_opening_a_line_does_not_split() -> None:
    assert len(sentences("2. البند الثاني من القائمة")) == 1
