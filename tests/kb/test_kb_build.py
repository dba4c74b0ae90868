"""The KB generator: adjective rules, and packaged files match the curated tables."""

from __future__ import annotations

from marsad.kb.build.adjectives import adjective_forms, feminine_definite
from marsad.kb.build.generate import model_forms, outputs
from marsad.kb.loader import data_dir


def test_single_word_adjective_forms() -> None:
    forms = adjective_forms("تركي", ["أتراك"])
    for form in ("تركي", "التركية", "تركيان", "التركيين", "التركيتان", "الأتراك"):
        assert form in forms


def test_two_nisba_words_inflect_together() -> None:
    assert feminine_definite("كوري شمالي") == "الكورية الشمالية"


def test_compound_adjective_takes_one_article() -> None:
    assert "الجنوب أفريقية" in adjective_forms("جنوب أفريقي")


def test_model_names_in_every_joiner() -> None:
    assert model_forms(["إس"], "400") == ["إس-400", "إس 400", "إس400"]


def test_packaged_files_are_up_to_date() -> None:
    for name, content in outputs().items():
        assert (data_dir() / name).read_bytes() == content, f"rerun the generator for {name}"
