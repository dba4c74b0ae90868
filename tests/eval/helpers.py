"""Builders for hand-made predictions: spans are located in the text by substring."""

from __future__ import annotations

from marsad.doc import (
    Argument,
    DateExpr,
    Document,
    Entity,
    Event,
    EventMention,
    Line,
    Mention,
    Quote,
)


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def lines_of(text: str, non_body: tuple[int, ...] = ()) -> list[Line]:
    """The lines of ``text``; the line numbers in ``non_body`` are marked non-body."""
    out, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        body = i not in non_body
        out.append(Line(start=pos, end=pos + len(line), text=line, body=body))
        pos += len(line) + 1
    return out


def entity(
    doc: Document,
    type_: str,
    *forms: str,
    actor: str | None = None,
    name_en: str | None = None,
) -> Entity:
    mentions = [Mention(start=s, end=e, text=f) for f in forms for s, e in [span(doc.text, f)]]
    ent = Entity(
        id=f"e{len(doc.entities) + 1}",
        type=type_,  # type: ignore[arg-type]
        mentions=mentions,
        name=forms[0],
        actor=actor,
        name_en=name_en,
    )
    doc.entities.append(ent)
    return ent


def date(doc: Document, text: str, value: str | None, type_: str = "DATE") -> None:
    s, e = span(doc.text, text)
    doc.dates.append(DateExpr(start=s, end=e, text=text, value=value, type=type_))  # type: ignore[arg-type]


def quote(
    doc: Document,
    text: str,
    *,
    speaker: str | None = None,
    actor: str | None = None,
    direct: bool = True,
) -> None:
    s, e = span(doc.text, text)
    doc.quotes.append(
        Quote(start=s, end=e, text=text, direct=direct, speaker=speaker, speaker_actor=actor)
    )


def event(
    doc: Document,
    source: str | None,
    type_: str,
    target: str | None,
    *,
    trigger: str | None = None,
    date: str | None = None,
    **flags: bool,
) -> Event:
    s, e = span(doc.text, trigger) if trigger else (0, 1)
    mention = EventMention(
        sentence=0,
        trigger_start=s,
        trigger_end=e,
        trigger=doc.text[s:e],
        evidence_start=s,
        evidence_end=e,
    )
    ev = Event(
        id=f"v{len(doc.events) + 1}",
        type=type_,  # type: ignore[arg-type]
        mentions=[mention],
        source=Argument(actor=source) if source else None,
        target=Argument(actor=target) if target else None,
        date=date,
        **flags,
    )
    doc.events.append(ev)
    return ev
