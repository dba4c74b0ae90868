"""Merging mentions of one act: ``reported`` survives when any mention reports it."""

from __future__ import annotations

from marsad.doc import Argument, Event, EventMention
from marsad.events.merge import merge_events


def _event(sentence: int, reported: bool) -> Event:
    mention = EventMention(
        sentence=sentence,
        trigger_start=sentence * 10,
        trigger_end=sentence * 10 + 4,
        trigger="هجوم",
        evidence_start=sentence * 10,
        evidence_end=sentence * 10 + 9,
    )
    return Event(id="", type="ASSAULT", mentions=[mention], reported=reported)


def test_a_mention_in_passing_and_a_report_merge_as_reported() -> None:
    merged = merge_events([_event(0, False), _event(1, True)])
    assert len(merged) == 1 and merged[0].reported and len(merged[0].mentions) == 2


def test_passing_mentions_alone_stay_unreported() -> None:
    merged = merge_events([_event(0, False), _event(1, False)])
    assert [e.reported for e in merged] == [False]


def _sided(sentence: int, source: str | None, target: str | None, start: int = 0) -> Event:
    ev = _event(sentence, True)
    ev.mentions[0].trigger_start += start
    ev.source = Argument(actor=source) if source else None
    ev.target = Argument(actor=target) if target else None
    return ev


def test_an_attack_missing_its_target_joins_the_full_one_of_its_sentence() -> None:
    merged = merge_events([_sided(0, "RUS", "SYR"), _sided(0, "RUS", None, start=5)])
    assert len(merged) == 1 and len(merged[0].mentions) == 2


def test_an_unidentified_attacker_joins_the_named_one_of_its_sentence() -> None:
    merged = merge_events([_sided(0, "UAF", "SYR", start=5), _sided(0, "RUS", "SYR")])
    assert [e.source.actor if e.source else None for e in merged] == ["RUS"]


def test_a_sideless_attack_joins_the_fullest_of_its_sentence() -> None:
    events = [_sided(0, None, None, 5), _sided(0, "RUS", None, 7), _sided(0, "RUS", "SYR")]
    [merged] = merge_events(events)
    assert len(merged.mentions) == 3


def test_partial_events_of_other_sentences_stay_apart() -> None:
    assert len(merge_events([_sided(0, "RUS", "SYR"), _sided(1, "RUS", None)])) == 2


def test_a_partial_event_with_another_known_side_stays_apart() -> None:
    assert len(merge_events([_sided(0, "RUS", "SYR"), _sided(0, "TUR", None, start=5)])) == 2
