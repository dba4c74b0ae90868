"""Typed rows a worker hands to the store writer (no untyped dicts between stages)."""

from __future__ import annotations

import hashlib
import re
import zlib

import msgspec

from marsad.doc import Argument, Document
from marsad.ingest.record import RawArticle
from marsad.settings import NormalizeOptions
from marsad.store.fts import search_text
from marsad.text.normalize import normalize


class MentionRow(msgspec.Struct, kw_only=True):
    start: int
    end: int
    text: str
    sentence: int


class EntityRow(msgspec.Struct, kw_only=True):
    local_id: str
    type: str
    name: str
    name_norm: str
    name_en: str | None
    kb_id: str | None
    actor: str | None
    confidence: float
    mentions: list[MentionRow]


class QuoteRow(msgspec.Struct, kw_only=True):
    start: int
    end: int
    text: str
    direct: bool
    speaker: str | None
    speaker_text: str | None
    speaker_actor: str | None
    cue: str | None


class EventMentionRow(msgspec.Struct, kw_only=True):
    sentence: int
    trigger: str
    trigger_start: int
    trigger_end: int
    evidence: str


class EventRow(msgspec.Struct, kw_only=True):
    local_id: str
    type: str
    mode: str | None
    source_actor: str | None
    source_text: str | None
    target_actor: str | None
    target_text: str | None
    place_actor: str | None
    place_text: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    date: str | None
    date_from: str
    negated: bool
    intent: bool
    hypothetical: bool
    reported: bool
    confidence: float
    mentions: list[EventMentionRow]


class Analysed(msgspec.Struct, kw_only=True):
    """One analysed article, ready to store in one transaction with its batch."""

    key: str
    text_hash: str
    raw: RawArticle
    doc: bytes  # zlib-compressed Document JSON
    steps: list[str]
    schema_version: str
    search: str
    topic: str | None = None
    topic_score: float | None = None
    minhash: bytes | None = None
    entities: list[EntityRow] = msgspec.field(default_factory=list)
    quotes: list[QuoteRow] = msgspec.field(default_factory=list)
    events: list[EventRow] = msgspec.field(default_factory=list)


_SPACE = re.compile(r"\s+")


def text_hash(text: str, opts: NormalizeOptions) -> str:
    """Hash of the normalised, space-collapsed text: equal for exact duplicates."""
    flat = _SPACE.sub(" ", normalize(text, opts)).strip()
    return hashlib.sha256(flat.encode("utf-8", "surrogatepass")).hexdigest()


def _arg(arg: Argument | None, doc: Document) -> tuple[str | None, str | None]:
    if arg is None:
        return None, None
    ent = doc.entity(arg.entity)
    return arg.actor or (ent.actor if ent else None), arg.text or (ent.name if ent else None)


def entity_rows(doc: Document, opts: NormalizeOptions) -> list[EntityRow]:
    return [
        EntityRow(
            local_id=e.id,
            type=e.type,
            name=e.name,
            name_norm=normalize(e.name, opts),
            name_en=e.name_en,
            kb_id=e.kb_id,
            actor=e.actor,
            confidence=e.confidence,
            mentions=[
                MentionRow(start=m.start, end=m.end, text=m.text, sentence=m.sentence)
                for m in e.mentions
            ],
        )
        for e in doc.entities
    ]


def quote_rows(doc: Document) -> list[QuoteRow]:
    return [
        QuoteRow(
            start=q.start,
            end=q.end,
            text=q.text,
            direct=q.direct,
            speaker=q.speaker,
            speaker_text=q.speaker_text,
            speaker_actor=q.speaker_actor,
            cue=q.cue,
        )
        for q in doc.quotes
    ]


def event_rows(doc: Document) -> list[EventRow]:
    rows = []
    for ev in doc.events:
        src, src_text = _arg(ev.source, doc)
        tgt, tgt_text = _arg(ev.target, doc)
        place, place_text = _arg(ev.place, doc)
        mentions = [
            EventMentionRow(
                sentence=m.sentence,
                trigger=m.trigger,
                trigger_start=m.trigger_start,
                trigger_end=m.trigger_end,
                evidence=doc.text[m.evidence_start : m.evidence_end],
            )
            for m in ev.mentions
        ]
        rows.append(
            EventRow(
                local_id=ev.id, type=ev.type, mode=ev.mode,
                source_actor=src, source_text=src_text,
                target_actor=tgt, target_text=tgt_text,
                place_actor=place, place_text=place_text,
                cameo=ev.cameo, quad_class=ev.quad_class, goldstein=ev.goldstein,
                date=ev.date or doc.published, date_from=ev.date_from if ev.date else ("published" if doc.published else "none"),
                negated=ev.negated, intent=ev.intent, hypothetical=ev.hypothetical,
                reported=ev.reported, confidence=ev.confidence, mentions=mentions,
            )
        )  # fmt: skip
    return rows


def analysed(
    raw: RawArticle, doc: Document, opts: NormalizeOptions, search: str | None = None
) -> Analysed:
    """Rows for one analysed article; topic and MinHash are filled by the caller."""
    return Analysed(
        key=raw.key,
        text_hash=text_hash(raw.text, opts),
        raw=raw,
        doc=zlib.compress(doc.to_json(), 1),
        steps=list(doc.steps),
        schema_version=doc.schema_version,
        search=search
        if search is not None
        else search_text(f"{raw.title or ''}\n{raw.text}", opts),
        entities=entity_rows(doc, opts),
        quotes=quote_rows(doc),
        events=event_rows(doc),
    )


def load_doc(blob: bytes) -> Document:
    return Document.from_json(zlib.decompress(blob))
