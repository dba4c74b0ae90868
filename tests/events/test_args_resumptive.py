"""في الوقت الذي فرضت فيه X ...: a resumptive فيه after a relative clause's verb takes
up a time or place, so the actor past it is the verb's subject (``coder._resumptive``)."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وارتفعت الأسعار في الوقت الذي فرضت فيه الولايات المتحدة عقوبات على إيران.",
            ("USA", "SANCTION", "IRN"),
        ),
        (
            "وجاء القرار في الوقت الذي ضاعف فيه الرئيس التركي التهديدات بمهاجمة "
            "وحدات حماية الشعب الكردية.",
            ("TUR", "THREATEN", "SYR"),
        ),
    ],
)
def test_subject_after_a_resumptive_pronoun(
    events_pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(code(events_pipeline, text))


def test_subject_relative_still_reads_its_antecedent(events_pipeline: Pipeline) -> None:
    # no فيه: the actor before the relative pronoun is the verb's subject
    text = "وقالت الصحيفة إن الولايات المتحدة التي فرضت عقوبات على إيران تدرس خطوات أخرى."
    assert ("USA", "SANCTION", "IRN") in triples(code(events_pipeline, text))
