"""Writing one analysed batch: plain ``executemany`` of row tuples.

The writer is the serial share of a parallel ingest (the parent process writes while
the workers analyse), so each row costs as little Python as possible: rows are tuples
taken from the typed row structs in C (``msgspec.structs.astuple``) and sent to the
driver as they are, with no per-row SQLAlchemy parameter processing (which cost more
than SQLite's own work per row). Values are the ones ``insert()`` would bind.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from msgspec.structs import astuple
from sqlalchemy import Connection, Table, func, insert, select

from marsad.ingest.record import Failure
from marsad.store import schema as S
from marsad.store.rows import Analysed, EntityRow, EventMentionRow, EventRow, MentionRow, QuoteRow

Row = tuple[Any, ...]

# Column order of the tuples below; the struct fields name their table's columns.
ARTICLE_COLS = ("id", "key", "text_hash", "doc_id", "url", "source", "title", "author",
                "published", "category", "topic", "topic_score", "origin", "text", "n_chars",
                "minhash", "ingested_at")  # fmt: skip
ANALYSIS_COLS = ("article_id", "schema_version", "steps", "doc")
ENTITY_COLS = ("id", "article_id", *EntityRow.__struct_fields__[:-1], "n_mentions")
MENTION_COLS = ("entity_id", "article_id", *MentionRow.__struct_fields__)
QUOTE_COLS = ("article_id", *QuoteRow.__struct_fields__)
EVENT_COLS = ("id", "article_id", *EventRow.__struct_fields__[:-1], "news_source", "published")
EVENT_MENTION_COLS = ("event_id", "article_id", *EventMentionRow.__struct_fields__)
# The struct fields dropped above are the nested mention lists, stored in their own tables.
assert EntityRow.__struct_fields__[-1] == EventRow.__struct_fields__[-1] == "mentions"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def write_batch(conn: Connection, items: Sequence[Analysed], failures: Sequence[Failure]) -> int:
    """Store new articles of ``items`` (by key) with their rows; returns how many were new."""
    stamp = now()
    if failures:
        _write_failures(conn, failures, stamp)
    new = _fresh(conn, items)
    if not new:
        return 0
    ids = _article_ids(conn, new, stamp)
    insert_rows(conn, S.analyses, ANALYSIS_COLS, [
        (i, a.schema_version, " ".join(a.steps), a.doc) for i, a in zip(ids, new, strict=True)
    ])  # fmt: skip
    _write_fts(conn, ids, new)
    _write_entities(conn, ids, new)
    quotes = [(i, *astuple(q)) for i, a in zip(ids, new, strict=True) for q in a.quotes]
    insert_rows(conn, S.quotes, QUOTE_COLS, quotes)
    _write_events(conn, ids, new)
    return len(new)


def _fresh(conn: Connection, items: Sequence[Analysed]) -> list[Analysed]:
    """Items whose key is not stored yet, the first of each key only."""
    keys = [a.key for a in items]
    existing: set[str] = set()
    for i in range(0, len(keys), 500):
        q = select(S.articles.c.key).where(S.articles.c.key.in_(keys[i : i + 500]))
        existing.update(conn.execute(q).scalars())
    fresh: dict[str, Analysed] = {}
    for a in items:
        if a.key not in existing and a.key not in fresh:
            fresh[a.key] = a
    return list(fresh.values())


@lru_cache(maxsize=64)
def _insert_sql(paramstyle: str, table: str, columns: tuple[str, ...]) -> str:
    mark = "?" if paramstyle == "qmark" else "%s"
    names = ", ".join(f'"{c}"' for c in columns)  # quoted: "end" is reserved in PostgreSQL
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join([mark] * len(columns))})'


def insert_rows(conn: Connection, table: Table, columns: tuple[str, ...], rows: list[Row]) -> None:
    """One driver-level ``executemany`` of ``rows`` (tuples in ``columns`` order)."""
    if rows:
        conn.exec_driver_sql(_insert_sql(conn.dialect.paramstyle, table.name, columns), rows)


def _next_ids(conn: Connection, table: Table, n: int) -> list[int]:
    """SQLite: the ids the next ``n`` rows would get (max + 1, ...). The batch's first
    insert takes the database's write lock until commit, so no other writer can take them."""
    base = int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())
    return list(range(base + 1, base + 1 + n))


def _insert_with_ids(
    conn: Connection, table: Table, columns: tuple[str, ...], rows: list[Row]
) -> list[int]:
    """Insert rows whose first column is ``id`` (None here) and return their ids in order."""
    if conn.dialect.name != "sqlite":
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        params = [dict(zip(columns[1:], r[1:], strict=True)) for r in rows]
        return list(conn.execute(stmt, params).scalars())
    ids = _next_ids(conn, table, len(rows))
    insert_rows(conn, table, columns, [(i, *r[1:]) for i, r in zip(ids, rows, strict=True)])
    return ids


def _article_ids(conn: Connection, new: list[Analysed], stamp: str) -> list[int]:
    rows = []
    for a in new:
        r = a.raw
        rows.append((None, a.key, a.text_hash, r.id, r.url, r.source, r.title, r.author,
                     r.published, r.category, a.topic, a.topic_score, r.origin, r.text,
                     len(r.text), a.minhash, stamp))  # fmt: skip
    return _insert_with_ids(conn, S.articles, ARTICLE_COLS, rows)


def _write_fts(conn: Connection, ids: list[int], new: list[Analysed]) -> None:
    if conn.dialect.name == "sqlite":
        sql = "INSERT INTO article_fts(rowid, search) VALUES (?, ?)"
    else:
        sql = "INSERT INTO article_fts(article_id, tsv) VALUES (%s, to_tsvector('arabic', %s))"
    conn.exec_driver_sql(sql, [(i, a.search) for i, a in zip(ids, new, strict=True)])


def _write_entities(conn: Connection, ids: list[int], new: list[Analysed]) -> None:
    pairs = [(aid, e) for aid, a in zip(ids, new, strict=True) for e in a.entities]
    if not pairs:
        return
    rows = [(None, aid, *astuple(e)[:-1], len(e.mentions)) for aid, e in pairs]
    eids = _insert_with_ids(conn, S.entities, ENTITY_COLS, rows)
    mentions = [
        (eid, aid, *astuple(m))
        for eid, (aid, e) in zip(eids, pairs, strict=True)
        for m in e.mentions
    ]
    insert_rows(conn, S.mentions, MENTION_COLS, mentions)


def _write_events(conn: Connection, ids: list[int], new: list[Analysed]) -> None:
    triples = [(aid, a, ev) for aid, a in zip(ids, new, strict=True) for ev in a.events]
    if not triples:
        return
    rows = [(None, aid, *astuple(ev)[:-1], a.raw.source, a.raw.published) for aid, a, ev in triples]
    evids = _insert_with_ids(conn, S.events, EVENT_COLS, rows)
    mentions = [
        (evid, aid, *astuple(m))
        for evid, (aid, _a, ev) in zip(evids, triples, strict=True)
        for m in ev.mentions
    ]
    insert_rows(conn, S.event_mentions, EVENT_MENTION_COLS, mentions)


def _write_failures(conn: Connection, failures: Sequence[Failure], stamp: str) -> None:
    """Log failures once per (origin, code): a rerun over the same bad file adds nothing."""
    e = S.errors.c
    origins = list({f.origin for f in failures})
    seen = {
        (r[0], r[1]) for r in conn.execute(select(e.origin, e.code).where(e.origin.in_(origins)))
    }
    rows, added = [], set()
    for f in failures:
        if (f.origin, f.code) not in seen and (f.origin, f.code) not in added:
            added.add((f.origin, f.code))
            rows.append(dict(origin=f.origin, code=f.code, reason=f.reason, at=stamp))
    if rows:
        conn.execute(insert(S.errors), rows)
