"""A small read layer over the store for the CLI and the API (issue 7).

Queries return typed rows; filters map onto indexed columns (event date/type/actors,
article source/published/topic) and full-text search uses the backend's index.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec
from sqlalchemy import Connection, Select, desc, func, or_, select, text

from marsad.settings import NormalizeOptions
from marsad.store import schema as S
from marsad.store.db import Store
from marsad.store.fts import fts5_query, search_text
from marsad.store.rows import load_doc


class ArticleHit(msgspec.Struct, kw_only=True):
    id: int
    doc_id: str | None
    url: str | None
    source: str | None
    title: str | None
    published: str | None
    topic: str | None
    story_id: int | None
    dup_of: int | None


class EventHit(msgspec.Struct, kw_only=True):
    id: int
    article_id: int
    type: str
    mode: str | None
    source_actor: str | None
    source_text: str | None
    target_actor: str | None
    target_text: str | None
    date: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    confidence: float
    news_source: str | None
    aggregate_id: int | None


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    q: str | None = None
    source: str | None = None
    topic: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    story_id: int | None = None
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True, slots=True)
class EventQuery:
    type: str | None = None
    actor: str | None = None  # source or target
    source_actor: str | None = None
    target_actor: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    article_id: int | None = None
    min_confidence: float = 0.0
    limit: int = 100
    offset: int = 0


def _fts_ids(conn: Connection, q: str, opts: NormalizeOptions) -> Select[Any]:
    """A subquery of article ids matching ``q`` on this backend."""
    if conn.dialect.name == "sqlite":
        return (
            select(text("rowid"))
            .select_from(text("article_fts"))
            .where(text("article_fts MATCH :m").bindparams(m=fts5_query(q, opts) or '""'))
        )
    return (
        select(text("article_id"))
        .select_from(text("article_fts"))
        .where(text("tsv @@ plainto_tsquery('arabic', :m)").bindparams(m=search_text(q, opts)))
    )


def _article_select(conn: Connection, f: ArticleQuery) -> Select[Any]:
    a = S.articles.c
    cols = [a.id, a.doc_id, a.url, a.source, a.title, a.published, a.topic, a.story_id, a.dup_of]
    s = select(*cols)
    if f.q:
        s = s.where(a.id.in_(_fts_ids(conn, f.q, NormalizeOptions())))
    for col, val in ((a.source, f.source), (a.topic, f.topic), (a.story_id, f.story_id)):
        if val is not None:
            s = s.where(col == val)
    if f.date_from:
        s = s.where(a.published >= f.date_from)
    if f.date_to:
        s = s.where(a.published <= f.date_to)
    return s


def search_articles(store: Store, f: ArticleQuery) -> list[ArticleHit]:
    def run(conn: Connection) -> list[ArticleHit]:
        s = _article_select(conn, f).order_by(desc(S.articles.c.published), S.articles.c.id)
        rows = conn.execute(s.limit(f.limit).offset(f.offset)).mappings()
        return [ArticleHit(**r) for r in rows]

    return store.read(run)


def count_articles(store: Store, f: ArticleQuery) -> int:
    def run(conn: Connection) -> int:
        sub = _article_select(conn, f).subquery()
        return int(conn.execute(select(func.count()).select_from(sub)).scalar_one())

    return store.read(run)


def _event_select(f: EventQuery) -> Select[Any]:
    e = S.events.c
    s = select(*(getattr(e, name) for name in EventHit.__struct_fields__))
    for col, val in ((e.type, f.type), (e.source_actor, f.source_actor),
                     (e.target_actor, f.target_actor), (e.article_id, f.article_id)):  # fmt: skip
        if val is not None:
            s = s.where(col == val)
    if f.actor:
        s = s.where(or_(e.source_actor == f.actor, e.target_actor == f.actor))
    if f.date_from:
        s = s.where(e.date >= f.date_from)
    if f.date_to:
        s = s.where(e.date <= f.date_to)
    if f.min_confidence:
        s = s.where(e.confidence >= f.min_confidence)
    return s


def events(store: Store, f: EventQuery) -> list[EventHit]:
    def run(conn: Connection) -> list[EventHit]:
        s = _event_select(f).order_by(desc(S.events.c.date), S.events.c.id)
        return [EventHit(**r) for r in conn.execute(s.limit(f.limit).offset(f.offset)).mappings()]

    return store.read(run)


def network(store: Store, f: EventQuery, limit: int = 500) -> list[dict[str, Any]]:
    """Actor-to-actor edges: event count, articles, and mean Goldstein per pair and type."""
    e = S.events.c

    def run(conn: Connection) -> list[dict[str, Any]]:
        sub = (
            _event_select(f)
            .where(e.source_actor.is_not(None), e.target_actor.is_not(None))
            .subquery()
        )
        s = (select(sub.c.source_actor, sub.c.target_actor, sub.c.type,
                    func.count().label("n_events"),
                    func.count(func.distinct(sub.c.article_id)).label("n_articles"),
                    func.avg(sub.c.goldstein).label("goldstein"))
             .group_by(sub.c.source_actor, sub.c.target_actor, sub.c.type)
             .order_by(desc("n_events")).limit(limit))  # fmt: skip
        return [dict(r) for r in conn.execute(s).mappings()]

    return store.read(run)


def actors(store: Store, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    a = S.actors.c
    s = select(S.actors).order_by(desc(a.n_events), desc(a.n_articles), a.code)
    return store.read(
        lambda c: [dict(r) for r in c.execute(s.limit(limit).offset(offset)).mappings()]
    )


def stories(store: Store, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    st = S.stories.c
    s = select(S.stories).order_by(desc(st.n_sources), desc(st.n_articles), st.id)
    return store.read(
        lambda c: [dict(r) for r in c.execute(s.limit(limit).offset(offset)).mappings()]
    )


def article_doc(store: Store, article_id: int) -> Any:
    """The stored ``Document`` of an article, or None."""
    s = select(S.analyses.c.doc).where(S.analyses.c.article_id == article_id)
    blob = store.read(lambda c: c.execute(s).scalar_one_or_none())
    return load_doc(bytes(blob)) if blob is not None else None


def stats(store: Store) -> dict[str, int]:
    tables = ["articles", "analyses", "entities", "mentions", "quotes", "events",
              "event_mentions", "event_aggregates", "stories", "actors", "errors"]  # fmt: skip

    def run(conn: Connection) -> dict[str, int]:
        out = {
            t: int(
                conn.execute(select(func.count()).select_from(S.metadata.tables[t])).scalar_one()
            )
            for t in tables
        }
        a = S.articles.c
        out["duplicates"] = int(
            conn.execute(select(func.count()).where(a.dup_of.is_not(None))).scalar_one()
        )
        out["sources"] = int(conn.execute(select(func.count(func.distinct(a.source)))).scalar_one())
        return out

    return store.read(run)
