"""One event per fact: the same act stated twice in an article becomes one ``Event`` with
two mentions. Events match on type, source, target and modality."""

from __future__ import annotations

from marsad.doc import Argument, Event


def _arg_key(arg: Argument | None) -> str:
    if arg is None:
        return "-"
    return arg.actor or arg.entity or (arg.text or "-")


def event_key(ev: Event) -> tuple[object, ...]:
    return (
        ev.type,
        ev.cameo,
        _arg_key(ev.source),
        _arg_key(ev.target),
        ev.negated,
        ev.intent,
        ev.hypothetical,
    )


def _dated_apart(a: Event, b: Event) -> bool:
    return a.date_from == "text" and b.date_from == "text" and a.date != b.date


def merge_events(events: list[Event]) -> list[Event]:
    """Merge events with the same key, keeping every mention, the text date over the
    publication date, the highest confidence, and ``reported`` when any mention reports
    the act; ids are renumbered ``ev1 ev2 ...``."""
    merged: dict[tuple[object, ...], Event] = {}
    for ev in events:
        key = event_key(ev)
        first = merged.get(key)
        if first is not None and _dated_apart(first, ev):
            key = (*key, ev.date)  # the same act on two stated dates is two events
            first = merged.get(key)
        if first is None:
            merged[key] = ev
            continue
        seen = {(m.sentence, m.trigger_start) for m in first.mentions}
        first.mentions.extend(m for m in ev.mentions if (m.sentence, m.trigger_start) not in seen)
        first.confidence = max(first.confidence, ev.confidence)
        if first.date_from != "text" and ev.date_from == "text":
            first.date, first.date_from = ev.date, ev.date_from
        first.place = first.place or ev.place
        first.reported_by = first.reported_by or ev.reported_by
        first.reported = first.reported or ev.reported  # one mention reporting it is enough
    out = list(merged.values())
    for n, ev in enumerate(out, 1):
        ev.id = f"ev{n}"
    return out
