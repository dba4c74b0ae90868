"""A small read layer over the store for the CLI and the API (issue 7).

Queries return typed rows; filters map onto indexed columns (event date/type/actors,
article source/published/topic) and full-text search uses the backend's index.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec
from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    asc,
    desc,
    func,
    literal_column,
    or_,
    select,
    text,
    true,
)

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
    reported: bool = True  # False: an act named only in passing (listed when asked for)


SORTS = {name: getattr(S.events.c, name) for name in ("date", "confidence", "goldstein", "id")}


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Which articles to read; every field narrows, None or empty means any."""

    q: str | None = None  # full-text query, normalised like the index
    source: str | None = None
    category: str | None = None
    topic: str | None = None
    actor: str | None = None  # an actor code among the article's entities
    date_from: str | None = None
    date_to: str | None = None
    story_id: int | None = None
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to read; every field narrows, None or empty means any."""

    types: tuple[str, ...] = ()
    actor: str | None = None  # source or target
    source_actor: str | None = None
    target_actor: str | None = None
    country: str | None = None  # ISO3 prefix of the source or target code
    quad_class: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    min_confidence: float = 0.0
    article_ids: tuple[int, ...] = ()
    source: str | None = None  # the news source
    passing: bool = False  # also acts named only in passing (``reported`` False)
    sort: str = "date"  # a key of SORTS
    order: str = "desc"
    limit: int = 50
    offset: int = 0


def prefix_range(col: Any, prefix: str) -> ColumnElement[bool]:
    """``col LIKE 'prefix%'`` as a range, which uses the column's index on both backends."""
    return and_(col >= prefix, col < prefix[:-1] + chr(ord(prefix[-1]) + 1))


def quad_of(col: Any) -> Any:
    """Stored QuadClass, else 1 (verbal cooperation): events lacking one are rare."""
    return func.coalesce(col, 1)


def fts_ids(conn: Connection, q: str) -> Select[Any] | None:
    """Ids of articles matching ``q`` (normalised like the index), or None for no words."""
    opts = NormalizeOptions()
    words = search_text(q, opts)
    if not words:
        return None
    if conn.dialect.name == "sqlite":
        match = text("article_fts MATCH :m").bindparams(m=fts5_query(q, opts))
        return select(literal_column("rowid")).select_from(text("article_fts")).where(match)
    tsq = text("tsv @@ plainto_tsquery('arabic', :m)").bindparams(m=words)
    return select(literal_column("article_id")).select_from(text("article_fts")).where(tsq)


def article_select(conn: Connection, f: ArticleFilter) -> Select[Any] | None:
    """The articles matching ``f``, or None when its text query has no searchable word."""
    art = S.articles.c
    s = select(*(getattr(art, name) for name in ArticleHit.__struct_fields__))
    if f.q:
        ids = fts_ids(conn, f.q)
        if ids is None:
            return None
        s = s.where(art.id.in_(ids))
    pairs = ((art.source, f.source), (art.category, f.category), (art.topic, f.topic),
             (art.story_id, f.story_id))  # fmt: skip
    for col, val in pairs:
        if val is not None:
            s = s.where(col == val)
    if f.actor:
        ent = S.entities.c
        s = s.where(art.id.in_(select(ent.article_id).where(ent.actor == f.actor)))
    if f.date_from:
        s = s.where(art.published >= f.date_from)
    if f.date_to:
        s = s.where(art.published <= f.date_to)
    return s


def event_where(s: Select[Any], f: EventFilter) -> Select[Any]:
    """``s`` (a select over ``events``) narrowed by ``f``; sort and paging are left out."""
    ev = S.events.c
    if not f.passing:
        s = s.where(ev.reported == true())
    if f.types:
        s = s.where(ev.type.in_(f.types))
    for col, val in ((ev.source_actor, f.source_actor), (ev.target_actor, f.target_actor),
                     (ev.news_source, f.source)):  # fmt: skip
        if val is not None:
            s = s.where(col == val)
    if f.actor:
        s = s.where(or_(ev.source_actor == f.actor, ev.target_actor == f.actor))
    if f.country:
        c = f.country
        s = s.where(or_(prefix_range(ev.source_actor, c), prefix_range(ev.target_actor, c)))
    if f.quad_class is not None:
        s = s.where(quad_of(ev.quad_class) == f.quad_class)
    if f.date_from:
        s = s.where(ev.date >= f.date_from)
    if f.date_to:
        s = s.where(ev.date <= f.date_to)
    if f.min_confidence:
        s = s.where(ev.confidence >= f.min_confidence)
    if f.article_ids:
        s = s.where(ev.article_id.in_(f.article_ids))
    return s


def search_articles(store: Store, f: ArticleFilter) -> list[ArticleHit]:
    """One page of articles, newest first."""
    art = S.articles.c

    def run(conn: Connection) -> list[ArticleHit]:
        s = article_select(conn, f)
        if s is None:
            return []
        s = s.order_by(desc(art.published), desc(art.id)).limit(f.limit).offset(f.offset)
        return [ArticleHit(**r) for r in conn.execute(s).mappings()]

    return store.read(run)


def events(store: Store, f: EventFilter) -> list[EventHit]:
    """One page of events, by date newest first unless ``f`` says otherwise."""
    ev = S.events.c
    cols = [getattr(ev, name) for name in EventHit.__struct_fields__]
    direction = asc if f.order == "asc" else desc
    order = [direction(SORTS[f.sort]), direction(ev.id)]

    def run(conn: Connection) -> list[EventHit]:
        s = event_where(select(*cols), f).order_by(*order).limit(f.limit).offset(f.offset)
        return [EventHit(**r) for r in conn.execute(s).mappings()]

    return store.read(run)


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
