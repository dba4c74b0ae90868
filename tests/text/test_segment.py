"""Conservative clitic segmentation with restored forms."""

from __future__ import annotations

import pytest
from tests.text.helpers import tokens, words_of

from marsad.text.lexicon import Lexicon
from marsad.text.segment import Segmenter, segment


@pytest.mark.parametrize(
    "word",
    [
        "ولد",
        "بريطانيا",
        "فلسطين",
        "كندا",
        "وزير",
        "بيروت",
        "لبنان",
        "كابول",
        "فرنسا",
        "سوريا",
        "كان",
        "كما",
        "لكن",
        "واحد",
        "بين",
        "ذلك",
        "بان",
        "باري",
        "بالي",
        "كرمان",
        "ولايات",
        # Val- names: the whole word is known, the "definite noun" after ف never alone
        "فالنسيا",
        "فالفيردي",
    ],
)
def test_words_that_merely_begin_or_end_with_clitic_letters_stay_whole(word: str) -> None:
    assert words_of(word) == [word]


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("وبالعقوبات", "و+ب+العقوبات"),
        ("والحكومة", "و+الحكومة"),
        ("وقال", "و+قال"),
        ("فالمسألة", "ف+المسألة"),
        ("كالعادة", "ك+العادة"),
        ("وسيقول", "و+س+يقول"),
        ("وكان", "و+كان"),
        ("باستخدام", "ب+استخدام"),
        ("باسم", "ب+اسم"),
        ("وتم", "و+تم"),
        ("ولكن", "و+لكن"),
    ],
)
def test_proclitics_are_split_and_the_article_stays_attached(word: str, forms: str) -> None:
    assert words_of(word) == [forms]


def test_swallowed_article_alef_is_restored_in_form_but_not_text() -> None:
    (tok,) = tokens("للأمم")
    assert [(w.text, w.form) for w in tok.words] == [("ل", "ل"), ("لأمم", "الأمم")]


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("منه", "من+ه"),
        ("بلادهم", "بلاد+هم"),
        ("لها", "ل+ها"),
        ("حكومته", "حكومة+ه"),
        ("عليه", "على+ه"),
        ("أنها", "أن+ها"),
        ("وبلاده", "و+بلاد+ه"),
        ("حكومتكم", "حكومة+كم"),
    ],
)
def test_pronoun_enclitics_are_split_with_restored_stems(word: str, forms: str) -> None:
    assert words_of(word) == [forms]


def test_definite_noun_takes_no_enclitic() -> None:
    assert words_of("المهم") == ["المهم"]


def test_second_person_suffix_is_not_split_off_ordinary_words() -> None:
    assert words_of("بنك") == ["بنك"]
    assert words_of("عربي") == ["عربي"]
    assert words_of("يمكن") == ["يمكن"]
    assert words_of("تراكم") == ["تراكم"]


def test_word_texts_are_exact_substrings_with_diacritics() -> None:
    text = "وَبِالعُقُوبَاتِ"
    (tok,) = tokens(text)
    assert "".join(w.text for w in tok.words) == text
    assert [w.form for w in tok.words] == ["و", "ب", "العقوبات"]


def test_unknown_stem_is_not_split_without_lexicon_evidence() -> None:
    seg = Segmenter(Lexicon(counts={}))
    assert [p.form for p in seg.split("وزنكلت")] == ["وزنكلت"]


def test_attested_stem_is_split_with_lexicon_evidence() -> None:
    seg = Segmenter(Lexicon(counts={"زنكلت": 50, "وزنكلت": 10}))
    assert [p.form for p in seg.split("وزنكلت")] == ["و", "زنكلت"]


def test_never_split_list_wins_over_lexicon_evidence() -> None:
    seg = Segmenter(Lexicon(counts={"زنكلت": 50}), frozenset({"وزنكلت"}))
    assert len(seg.split("وزنكلت")) == 1


def test_segment_function_offsets_words_from_token_start() -> None:
    words = segment("وقال", 10)
    assert [(w.start, w.end) for w in words] == [(10, 11), (11, 14)]


def test_clitic_segmentation_can_be_switched_off() -> None:
    from marsad.settings import Settings
    from marsad.text.steps import TextLayer

    (tok,) = TextLayer(Settings(segment_clitics=False)).tokens("وبالعقوبات")
    assert len(tok.words) == 1
