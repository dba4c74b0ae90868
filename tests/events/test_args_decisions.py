"""A definite act noun governed by a decision or announcement (قراره حول الانسحاب،
إعلان الانسحاب) states the act; a bare definite act noun still only refers back to a
known one (``coder._decided``, ``coder._refers_back``)."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_decision_about_a_withdrawal_states_it(events_pipeline: Pipeline) -> None:
    text = (
        "وتحدث ترامب لدى إعلان قراره حول الانسحاب من اتفاق فيينا النووي الإيراني عن عقوبات قاسية."
    )
    assert ("USA", "RETREAT", "IRN") in triples(code(events_pipeline, text))


def test_bare_definite_withdrawal_refers_back(events_pipeline: Pipeline) -> None:
    text = "وتحدث ترامب عن الانسحاب من الاتفاق النووي الإيراني."
    assert not any(kind == "RETREAT" for _, kind, _ in triples(code(events_pipeline, text)))


def test_resumptive_pronoun_after_a_harm_verb_keeps_the_passive(
    events_pipeline: Pipeline,
) -> None:
    # الذي قُتل فيه سبعة إيرانيين: the Iranians were killed; they attacked no one
    text = "غير أن إدانة موسكو لهجوم الثامن من مايو الذي قتل فيه 5 إيرانيين، أثار قلقا في إسرائيل."
    found = triples(code(events_pipeline, text))
    assert not any(src == "IRN" and kind == "ASSAULT" for src, kind, _ in found)
