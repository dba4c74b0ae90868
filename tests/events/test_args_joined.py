"""Clauses and acts joined by و: a verbal noun after an earlier act noun shares its doer
(``coder._joined_act``); a verb after ، و goes on with the sentence's subject, not the
last actor before the comma (``coder._comma_joined``)."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_joined_act_noun_shares_the_doer(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقامت السلطات التركية باعتقال عشرات الصحفيين وإغلاق عدة صحف.")
    closing = [e for e in doc.events if "إغلاق" in e.mentions[0].trigger]
    assert closing and all(e.source and e.source.actor == "TURGOV" for e in closing)


def test_joined_act_noun_past_another_actor_is_left_alone(events_pipeline: Pipeline) -> None:
    # an actor between the two acts may be the second one's doer: no sharing
    text = "وقامت السلطات التركية باعتقال عشرات الصحفيين، فيما طالبت فرنسا وإغلاق عدة صحف."
    doc = code(events_pipeline, text)
    assert not any(
        "إغلاق" in e.mentions[0].trigger and e.source and e.source.actor == "TURGOV"
        for e in doc.events
    )


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "ووصف الرئيس الأمريكي الصين وروسيا بأنهما خصمان، وهدد بفرض رسوم عليهما.",
            ("USA", "THREATEN", None),
            ("RUS", "THREATEN", "USA"),
        ),
        (
            "ولم تتأخر طهران في الرد على العقوبات التي فرضتها واشنطن، فهددت بإغلاق مضيق هرمز.",
            ("IRN", "THREATEN", "USA"),
            ("USA", "THREATEN", "IRN"),
        ),
    ],
)
def test_comma_joined_verb_keeps_the_sentence_subject(
    events_pipeline: Pipeline,
    text: str,
    expected: tuple[str, str, str | None],
    wrong: tuple[str, str, str],
) -> None:
    found = triples(code(events_pipeline, text))
    assert any(t[:2] == expected[:2] for t in found)
    assert wrong not in found
