"""Normalisation for matching: folds letters, digits and marks; never touches the input."""

from __future__ import annotations

from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize


def test_alef_forms_fold_to_bare_alef() -> None:
    assert normalize("أحمد إبراهيم آمال ٱلله") == "احمد ابراهيم امال الله"


def test_alef_maqsura_folds_to_yaa() -> None:
    assert normalize("مستشفى") == "مستشفي"


def test_taa_marbuta_folds_by_default_and_is_configurable() -> None:
    assert normalize("مدينة") == "مدينه"
    assert normalize("مدينة", NormalizeOptions(taa_marbuta=False)) == "مدينة"


def test_hamza_carriers_fold_to_hamza() -> None:
    assert normalize("مسؤول رئيس") == "مسءول رءيس"


def test_diacritics_and_tatweel_are_removed() -> None:
    assert normalize("كَتَبَ الـوزيـر") == "كتب الوزير"


def test_arabic_indic_and_persian_digits_become_ascii() -> None:
    assert normalize("٢٠٢١ ۱۴۰۰ ٣٫٥") == "2021 1400 3.5"


def test_presentation_forms_fold_to_base_letters() -> None:
    assert normalize("\ufefb\ufe8e") == "لا" + "ا"


def test_zero_width_and_bidi_controls_are_removed() -> None:
    assert normalize("سو\u200cريا\u200f \u202bلبنان\u202c") == "سوريا لبنان"


def test_options_can_switch_every_fold_off() -> None:
    off = NormalizeOptions(
        alef=False,
        alef_maqsura=False,
        taa_marbuta=False,
        hamza_carriers=False,
        diacritics=False,
        tatweel=False,
        digits=False,
        presentation_forms=False,
        controls=False,
    )
    assert normalize("أَمـة ٣", off).startswith("أَمـة")


def test_persian_and_urdu_letter_variants_fold_to_arabic() -> None:
    assert normalize("کرمانشاه ی ھ") == "كرمانشاه ي ه"


def test_normalising_twice_changes_nothing() -> None:
    once = normalize("إِسْرَائِيلُ ٢٠٢١ مؤسسة")
    assert normalize(once) == once
