"""Named, ordered schema migrations. Applied names are recorded in ``migrations``.

A migration runs once per store; add new ones at the end (never edit an applied one).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import msgspec
from sqlalchemy import Connection, bindparam, false, insert, inspect, select, text, update

from marsad.store import schema

CORE_TABLES = [
    schema.articles,
    schema.analyses,
    schema.entities,
    schema.mentions,
    schema.quotes,
    schema.events,
    schema.event_mentions,
    schema.stories,
    schema.event_aggregates,
    schema.actors,
    schema.errors,
    schema.ingested_files,
]


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    apply: Callable[[Connection], None]


def _core(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=CORE_TABLES, checkfirst=True)


def _fts(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        # Contentless: the index holds normalised words only; rowid is articles.id.
        conn.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5("
                "search, content='', tokenize='unicode61 remove_diacritics 0')"
            )
        )
    else:
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS article_fts ("
                "article_id INTEGER PRIMARY KEY REFERENCES articles(id), tsv tsvector NOT NULL)"
            )
        )
        conn.execute(
            text("CREATE INDEX IF NOT EXISTS ix_article_fts_tsv ON article_fts USING GIN (tsv)")
        )


def _event_actor_indexes(conn: Connection) -> None:
    # The API filters events by actor pairs and dates together.
    conn.execute(
        text(
            "CREATE INDEX IF NOT EXISTS ix_events_pair ON events (source_actor, target_actor, date)"
        )
    )
    conn.execute(
        text("CREATE INDEX IF NOT EXISTS ix_articles_pub_src ON articles (published, source)")
    )


class _EventFlag(msgspec.Struct):
    id: str
    reported: bool = True


class _DocEvents(msgspec.Struct):
    events: list[_EventFlag] = msgspec.field(default_factory=list)


def _event_reported(conn: Connection) -> None:
    """Events get ``reported`` (False: an act named only in passing). A store made
    before it has the flag in each stored document, so the column is filled from there."""
    if "reported" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN reported BOOLEAN NOT NULL DEFAULT TRUE"))
    decode = msgspec.json.Decoder(_DocEvents).decode
    a, e = schema.analyses.c, schema.events.c
    rows = conn.execute(select(a.article_id, a.doc).execution_options(yield_per=500))
    passing = [
        {"aid": aid, "lid": ev.id}
        for aid, blob in rows
        for ev in decode(zlib.decompress(blob)).events
        if not ev.reported
    ]
    if passing:
        where = (e.article_id == bindparam("aid")) & (e.local_id == bindparam("lid"))
        conn.execute(update(schema.events).where(where).values(reported=false()), passing)


MIGRATIONS: list[Migration] = [
    Migration("0001_core_tables", _core),
    Migration("0002_fulltext_search", _fts),
    Migration("0003_event_actor_indexes", _event_actor_indexes),
    Migration("0004_event_reported", _event_reported),
]


def applied(conn: Connection) -> set[str]:
    return set(conn.execute(select(schema.migrations.c.name)).scalars())


def migrate(conn: Connection) -> list[str]:
    """Apply pending migrations in order; returns the names applied now."""
    schema.migrations.create(conn, checkfirst=True)
    done = applied(conn)
    now: list[str] = []
    for m in MIGRATIONS:
        if m.name in done:
            continue
        m.apply(conn)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        conn.execute(insert(schema.migrations).values(name=m.name, applied_at=stamp))
        now.append(m.name)
    return now
