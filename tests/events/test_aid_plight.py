"""Aid given with a phrase between the verb and its sum (قدم ... window=12), and aid that
eases the humanitarian plight of a place goes to that place's people; a humanitarian
conference's venue is no recipient. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "وقدمت الكويت في إطار مساعيها لتخفيف الأزمة الإنسانية في سوريا مبلغ عشرة ملايين دولار",
            ("KWT", "AID", "SYR"),
        ),
        ("وأرسلت تركيا مساعدات عاجلة لتخفيف الوضع الإنساني في اليمن", ("TUR", "AID", "YEM")),
    ],
)
def test_aid_eases_a_plight(events_pipeline: Pipeline, text: str, triple: tuple) -> None:
    assert triple in triples(code(events_pipeline, text))


def test_humanitarian_venue_is_no_recipient(events_pipeline: Pipeline) -> None:
    text = "وقدمت ألمانيا مساعدات بقيمة مليون يورو خلال مؤتمر العمل الإنساني في جنيف"
    assert not any(t == "CHE" for _, _, t in triples(code(events_pipeline, text)))
