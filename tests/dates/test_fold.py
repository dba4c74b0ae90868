"""Folding: the folded text is what ``str.translate`` with the options' table gives,
whichever changed characters a text holds."""

from __future__ import annotations

from marsad.dates.fold import fold
from marsad.settings import NormalizeOptions
from marsad.text.normalize import table_for

OPTS = NormalizeOptions()


def test_a_text_with_only_common_changes_folds_as_translate() -> None:
    text = "أعلنت الوزارةُ إنشاء مدرسةٍ جديدة في القرى"
    assert fold(text, OPTS).text == text.translate(table_for(OPTS))


def test_a_rare_changed_character_is_folded_too() -> None:
    # Arabic-Indic digits and a Persian kaf are none of the common changes
    text = "بلغ العدد ٢٣ في الصباح وکان الجو باردا"
    folded = fold(text, OPTS).text
    assert folded == text.translate(table_for(OPTS))
    assert "23" in folded


def test_a_text_without_changes_is_kept() -> None:
    text = "plain text 2020"
    assert fold(text, OPTS).text == text


def test_the_same_text_folded_twice_is_one_result() -> None:
    # the quotes step folds the document the dates step folded just before
    text = "قالت الوزارةُ إنّ الاجتماعَ انتهى"
    first = fold(text, OPTS)
    assert fold(text, OPTS) is first
    assert fold("".join(text), OPTS).text == first.text  # an equal text, another object


def test_offsets_after_deleted_marks_map_back_to_the_original() -> None:
    text = "عادَ الوفدُ أمسِ إلى المدينةِ"
    folded = fold(text, OPTS)
    at = folded.text.index("امس")
    assert text[folded.orig_start(at) : folded.orig_end(at + 3)] == "أمسِ"
    assert folded.positions([text.index("إلى")]) == [folded.text.index("الي")]


def test_a_text_opening_with_a_deleted_mark_maps_offsets_with_its_shift() -> None:
    # a right-to-left mark first and no other change: one breakpoint, shifted by one
    text = "\u200fوصل الوفد يوم 5 مارس"
    folded = fold(text, OPTS)
    at = text.index("5")
    assert folded.positions([at]) == [folded.folded_pos(at)] == [at - 1]


def test_equal_options_built_apart_find_the_text_folded() -> None:
    # two steps given equal options (two Settings) still share the last fold
    text = "وصلَ الوفدُ صباحَ اليوم"
    first = fold(text, NormalizeOptions())
    assert fold(text, NormalizeOptions()) is first
