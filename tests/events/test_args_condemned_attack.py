"""Condemning an attack accuses its attacker (GUIDE: the condemned act's doer), named
right after the attack noun; the attack's victim (after على, or in a relative clause
after the noun) is not the one accused. A verb right after a relative pronoun it agrees
with has that relative (a thing) as its subject, and the actor after it as its object."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_condemning_an_attack_accuses_the_named_attacker(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأدانت الحكومة الأردنية الغارات الإسرائيلية على قطاع غزة.")
    assert ("JOR", "ACCUSE", "ISR") in triples(doc)


def test_the_victim_of_a_condemned_attack_is_not_accused(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وندد الاتحاد الأوروبي بالهجوم على القافلة التركية في ريف إدلب.")
    assert not any(t == "ACCUSE" for _, t, _ in triples(doc))


def test_relative_clause_victim_is_not_accused(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "وأدانت وزارة الخارجية القطرية التفجير الذي استهدف السفارة الروسية."
    )
    found = triples(doc)
    assert not any(t == "ACCUSE" for _, t, _ in found)
    assert ("RUS", "ASSAULT", "RUS") not in found  # the embassy is the object of استهدف
    assert ("UAF", "ASSAULT", "RUS") in found


def test_an_accused_state_before_the_attack_noun_stays(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "واتهمت سوريا إسرائيل بشن غارات على مطار دمشق.")
    assert ("SYR", "ACCUSE", "ISR") in triples(doc)


def test_attacker_named_in_a_claim_clause_is_accused(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأدانت تونس الهجمات التي نفذتها حركة طالبان في قندهار.")
    assert ("TUN", "ACCUSE", "AFG") in triples(doc)


def test_accusing_of_an_attack_keeps_the_accused(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وتطالب هولندا بمعاقبة روسيا بعدما اتهمتها بشن هجوم إلكتروني.")
    assert ("NLD", "ACCUSE", "RUS") in triples(doc)
