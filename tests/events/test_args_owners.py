"""A suffering subject with a possessive pronoun (تعرض موكبه لهجوم، تعرضت قافلته لهجوم)
is its owner's: the victim is the side named before the verb
(``coder._possessor_victim``)."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("ونجا وزير الداخلية الأفغاني بعد أن تعرض موكبه لهجوم في كابل.", "AFG"),
        (
            "وأصيب سفير بولندا عندما تعرضت قافلته لهجوم بالقنابل وسط بغداد أمس، "
            "بحسب مصادر بولندية.",
            "POL",
        ),
    ],
)
def test_possessed_subject_of_an_attack_is_its_owners(
    events_pipeline: Pipeline, text: str, victim: str
) -> None:
    found = triples(code(events_pipeline, text))
    assert any(kind == "ASSAULT" and tgt == victim for _, kind, tgt in found)
    assert not any(kind == "ASSAULT" and tgt == "IRQ" for _, kind, tgt in found)
