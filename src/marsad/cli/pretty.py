"""A readable terminal view of a Document (rich): body right-to-left with spans
highlighted, then tables of entities, dates, quotes and events."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from marsad.doc import Document, Event

_STYLES = {
    "entity": "bold cyan",
    "date": "bold green",
    "quote": "italic yellow",
    "trigger": "bold red",
}


def _highlights(doc: Document) -> list[tuple[int, int, str]]:
    spans = [(m.start, m.end, "entity") for e in doc.entities for m in e.mentions]
    spans += [(d.start, d.end, "date") for d in doc.dates]
    spans += [(q.start, q.end, "quote") for q in doc.quotes]
    spans += [(m.trigger_start, m.trigger_end, "trigger") for ev in doc.events for m in ev.mentions]
    return spans


def _body(doc: Document) -> Text:
    out = Text(justify="right")
    spans = _highlights(doc)
    for sent in doc.sentences:
        line = Text(sent.text)
        for start, end, kind in spans:
            if start >= sent.start and end <= sent.end:
                line.stylize(_STYLES[kind], start - sent.start, end - sent.start)
        out.append(f"[{sent.index}] ", style="dim")
        out.append_text(line)
        out.append("\n")
    return out


def _table(title: str, columns: list[str], rows: list[list[str]]) -> Table:
    table = Table(title=title, show_lines=False, title_justify="left")
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def render(doc: Document, console: Console | None = None) -> None:
    con = console or Console()
    con.rule(f"{doc.id}  published={doc.published or '?'}  sentences={len(doc.sentences)}")
    con.print(_body(doc))
    if doc.related:
        con.print(
            _table(
                "Non-body lines",
                ["reason", "text"],
                [[ln.reason or "", ln.text] for ln in doc.lines if not ln.body],
            )
        )
    if doc.entities:
        con.print(
            _table(
                "Entities",
                ["type", "name", "name_en", "actor", "kb", "mentions"],
                [
                    [
                        e.type,
                        e.name,
                        e.name_en or "",
                        e.actor or "",
                        e.kb_id or "",
                        " | ".join(m.text for m in e.mentions),
                    ]
                    for e in doc.entities
                ],
            )
        )
    if doc.dates:
        con.print(
            _table(
                "Dates",
                ["text", "type", "value"],
                [[d.text, d.type, d.value or ""] for d in doc.dates],
            )
        )
    if doc.quotes:
        con.print(
            _table(
                "Quotes",
                ["speaker", "actor", "direct", "text"],
                [
                    [q.speaker or "?", q.speaker_actor or "", "yes" if q.direct else "no", q.text]
                    for q in doc.quotes
                ],
            )
        )
    if doc.events:
        con.print(
            _table(
                "Events",
                ["source", "type", "target", "date", "conf", "trigger", "flags"],
                [
                    [
                        (e.source.actor or "") if e.source else "",
                        e.type,
                        (e.target.actor or "") if e.target else "",
                        e.date or "",
                        f"{e.confidence:.2f}",
                        e.mentions[0].trigger if e.mentions else "",
                        _flags(e),
                    ]
                    for e in doc.events
                ],
            )
        )


def _flags(e: Event) -> str:
    """What keeps an event from being a plain report that it happened."""
    flags = [name for name, on in (("negated", e.negated), ("intent", e.intent),
             ("hypothetical", e.hypothetical), ("passing", not e.reported)) if on]  # fmt: skip
    return " ".join(flags)
