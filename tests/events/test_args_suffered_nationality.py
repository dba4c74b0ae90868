"""تعرض X لقصف إسرائيلي: a nationality adjective right after the suffered act noun is who
did it (``coder._noun_nationality``); a member noun in the plural before من + a body
(مقاتلون من حزب الله) stands for that body, as the singular does."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_nationality_after_the_suffered_attack_is_the_attacker(events_pipeline: Pipeline) -> None:
    text = "وقال المرصد إن البلدة تعرضت لغارات روسية عنيفة طوال الليل."
    found = triples(code(events_pipeline, text))
    assert any(s == "RUS" for s, t, _ in found if t == "ASSAULT")
    assert ("UAF", "ASSAULT", "RUS") not in found


def test_sanctions_suffered_name_their_imposer(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وتعرضت كوريا الشمالية لعقوبات يابانية جديدة."))
    assert ("JPN", "SANCTION", "PRK") in found


def test_plural_members_stand_for_their_body(events_pipeline: Pipeline) -> None:
    text = "وتعرض مقاتلون من حزب الله لقصف إسرائيلي قرب الحدود."
    found = triples(code(events_pipeline, text))
    assert ("ISR", "ASSAULT", "LBN") in found
