"""A visit or meeting noun with a possessive pronoun and a ل/إلى object (رحلته إلى بكين):
its source is the one coded side named before it (``coder._sole_antecedent``)."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتحدث الرئيس الفرنسي عن نتائج زيارته إلى موسكو.", ("FRA", "CONSULT", "RUS")),
        ("وكشف ترامب تفاصيل رحلته إلى بكين.", ("USA", "CONSULT", "CHN")),
    ],
)
def test_possessive_visit_takes_the_sole_side_before_it(
    events_pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(code(events_pipeline, text))


def test_possessive_visit_with_two_sides_before_it_stays_open(events_pipeline: Pipeline) -> None:
    # the pronoun may point to either president: no guess is coded for the visit
    text = (
        "وهاتف الرئيس الفرنسي نظيره الروسي ليطلعه على نتائج محادثاته مع ترامب أثناء زيارته لواشنطن."
    )
    found = triples(code(events_pipeline, text))
    assert not any(t == "USA" and kind == "CONSULT" and s != "FRA" for s, kind, t in found)
    assert ("RUS", "CONSULT", "USA") not in found
