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


UNKNOWN = "UAF"  # CAMEO unidentified forces: the side is not known


def _side_known(arg: Argument | None) -> bool:
    return arg is not None and _arg_key(arg) not in ("-", UNKNOWN)


def _covers(full: Event, part: Event) -> bool:
    """``full`` states the same act as ``part`` with more known: the same sentence, type
    and modality, each side of ``part`` unknown or the same as ``full``'s, and fewer sides
    known (قصفت الطائرات الروسية البلدة وأسفر القصف عن مقتل ...: one attack, its toll)."""
    if full is part or full.mentions[0].sentence != part.mentions[0].sentence:
        return False
    if (full.type, full.negated, full.intent, full.hypothetical) != (
        part.type,
        part.negated,
        part.intent,
        part.hypothetical,
    ):
        return False
    for mine, theirs in ((part.source, full.source), (part.target, full.target)):
        if _side_known(mine) and _arg_key(mine) != _arg_key(theirs):
            return False
    known = _side_known(full.source) + _side_known(full.target)
    return _side_known(part.source) + _side_known(part.target) < known


def _absorb(first: Event, ev: Event) -> None:
    """Add ``ev``'s mentions, confidence, date and reporting to ``first``."""
    seen = {(m.sentence, m.trigger_start) for m in first.mentions}
    first.mentions.extend(m for m in ev.mentions if (m.sentence, m.trigger_start) not in seen)
    first.confidence = max(first.confidence, ev.confidence)
    if first.date_from != "text" and ev.date_from == "text":
        first.date, first.date_from = ev.date, ev.date_from
    first.place = first.place or ev.place
    first.reported_by = first.reported_by or ev.reported_by
    first.reported = first.reported or ev.reported  # one mention reporting it is enough


def fold_partial(events: list[Event]) -> list[Event]:
    """An event of a sentence with a side missing or unidentified, where the same sentence
    codes the same act with that side known, is that act named again (its toll, a
    resumptive noun): it joins the fuller event instead of standing as a second one."""
    out: list[Event] = []
    for ev in events:
        covers = [f for f in events if _covers(f, ev)]
        # the fullest cover, which no other event covers in turn
        full = max(
            covers, key=lambda f: _side_known(f.source) + _side_known(f.target), default=None
        )
        if full is None:
            out.append(ev)
        else:
            _absorb(full, ev)
    return out


def merge_events(events: list[Event]) -> list[Event]:
    """Merge events with the same key, keeping every mention, the text date over the
    publication date, the highest confidence, and ``reported`` when any mention reports
    the act; a partial event joins the fuller one of its sentence (``fold_partial``); ids
    are renumbered ``ev1 ev2 ...``."""
    merged: dict[tuple[object, ...], Event] = {}
    for ev in fold_partial(events):
        key = event_key(ev)
        first = merged.get(key)
        if first is not None and _dated_apart(first, ev):
            key = (*key, ev.date)  # the same act on two stated dates is two events
            first = merged.get(key)
        if first is None:
            merged[key] = ev
            continue
        _absorb(first, ev)
    out = list(merged.values())
    for n, ev in enumerate(out, 1):
        ev.id = f"ev{n}"
    return out
