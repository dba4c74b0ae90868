"""Builders for analysed articles written from our own sentences (no corpus text)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text

from marsad.doc import Argument, Document, Event, EventMention
from marsad.ingest.record import RawArticle
from marsad.pipeline import Pipeline
from marsad.settings import NormalizeOptions, Settings
from marsad.store.rows import Analysed, analysed

PG_BASE = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
TEXT_ONLY = Settings(steps=("lines", "tokens", "sentences"))


def article(text: str, *, id: str, source: str = "paper", published: str = "2021-03-01",
            title: str | None = None) -> Analysed:  # fmt: skip
    raw = RawArticle(
        origin=f"test:{id}", text=text, id=id, source=source, published=published, title=title
    )
    doc = Pipeline(TEXT_ONLY)(Document(text=text, id=id, source=source, published=published))
    return analysed(raw, doc, NormalizeOptions())


def with_event(
    a: Analysed,
    *,
    src: str,
    tgt: str,
    type: str = "CONSULT",
    confidence: float = 0.7,
    reported: bool = True,
) -> Analysed:
    """Add one coded event spanning the whole text (as an events stage would);
    ``reported=False``: an act the text names only in passing."""
    doc = Document.from_json(__import__("zlib").decompress(a.doc))
    n = len(doc.text)
    doc.events = [Event(
        id="v1", type=type, confidence=confidence, cameo="040", quad_class=1, goldstein=1.0,  # type: ignore[arg-type]
        mentions=[EventMention(sentence=0, trigger_start=0, trigger_end=4, trigger=doc.text[:4],
                               evidence_start=0, evidence_end=n)],
        source=Argument(actor=src, text="الطرف الأول"), target=Argument(actor=tgt, text="الطرف الثاني"),
        date=doc.published, date_from="published", reported=reported,
    )]  # fmt: skip
    return analysed(a.raw, doc, NormalizeOptions())


@contextmanager
def pg_schema() -> Iterator[str]:
    """A throwaway PostgreSQL schema; yields a store URL whose search_path is that schema."""
    name = f"marsad_t_{uuid.uuid4().hex[:10]}"
    engine = create_engine(PG_BASE, pool_pre_ping=True)
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    try:
        yield f"{PG_BASE}?options=-csearch_path%3D{name}"
    finally:
        engine.dispose()  # pooled connections may predate a server restart
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
        engine.dispose()
