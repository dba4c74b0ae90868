"""Merging mentions of one act: ``reported`` survives when any mention reports it."""

from __future__ import annotations

from marsad.doc import Event, EventMention
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
