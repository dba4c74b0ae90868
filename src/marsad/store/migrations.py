"""Named, ordered schema migrations. Applied names are recorded in ``migrations``.

A migration runs once per store; add new ones at the end (never edit an applied one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select, text

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


MIGRATIONS: list[Migration] = [
    Migration("0001_core_tables", _core),
    Migration("0002_fulltext_search", _fts),
    Migration("0003_event_actor_indexes", _event_actor_indexes),
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
