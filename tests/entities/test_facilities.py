"""Places and bodies named after a person. Sentences written for the tests."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(steps=("lines", "tokens", "sentences", "entities")))


def _names(pipe: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = analyze(text, pipeline=pipe)
    return [(m.text, e.type) for e in doc.entities for m in e.mentions]


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("هبطت الطائرة في مطار الملك خالد الدولي مساء أمس.", "مطار الملك خالد الدولي", "LOC"),
        ("نقل المصاب إلى مستشفى الملك فيصل التخصصي للعلاج.", "مستشفى الملك فيصل التخصصي", "ORG"),
        (
            "أقيمت المباراة على ستاد الأمير فيصل بن فهد في العاصمة.",
            "ستاد الأمير فيصل بن فهد",
            "LOC",
        ),
        ("صلى الوفد في جامع محمد علي قبل الجولة.", "جامع محمد علي", "LOC"),
        (
            "افتتحت مدينة خليفة بن سلمان الرياضية أبوابها للجمهور.",
            "مدينة خليفة بن سلمان الرياضية",
            "LOC",
        ),
    ],
)
def test_a_name_after_a_facility_noun_is_the_facility(
    pipe: Pipeline, text: str, name: str, type_: str
) -> None:
    names = _names(pipe, text)
    assert (name, type_) in names
    assert not [n for n, t in names if t == "PER"]


def test_a_town_after_its_noun_is_the_name_alone(pipe: Pipeline) -> None:
    names = _names(pipe, "وصل الفريق إلى مدينة بورتو أليغري البرازيلية استعدادا للمباراة.")
    assert ("بورتو أليغري", "GPE") in names


def test_a_relative_pronoun_does_not_close_the_name(pipe: Pipeline) -> None:
    names = _names(pipe, "افتتح مطار الملك خالد الذي وسعته الحكومة أمام الرحلات الجديدة.")
    assert ("مطار الملك خالد", "LOC") in names


def test_a_person_after_by_means_of_stays_a_person(pipe: Pipeline) -> None:
    names = _names(pipe, "سجل الفريق هدفه الأول عن طريق جيسي لينغارد في الدقيقة العاشرة.")
    assert ("جيسي لينغارد", "PER") in names
