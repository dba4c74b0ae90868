"""Opening a store and writing analysed batches: one transaction per batch, retried
when the server goes away (a PostgreSQL restart) so a long ingest completes."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    create_engine,
    event,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from marsad.errors import Err, MarsadError
from marsad.ingest.record import Failure
from marsad.store import schema as S
from marsad.store.migrations import migrate
from marsad.store.rows import Analysed

T = TypeVar("T")
DEFAULT_URL = "sqlite:///marsad.db"


def normalize_url(url: str | None) -> str:
    """``postgresql://`` uses psycopg 3; a bare path means an SQLite file."""
    if not url:
        return DEFAULT_URL
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        return f"sqlite:///{Path(url)}"
    return url


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers (the API) do not block the writer
    cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL is still crash-safe per commit
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


class Store:
    """A corpus store at ``url`` (SQLite file or PostgreSQL). Call ``migrate()`` once."""

    def __init__(self, url: str | None = None, *, retry_s: float = 180.0) -> None:
        self.url = normalize_url(url)
        self.retry_s = retry_s
        self.engine: Engine = self._engine()

    def _engine(self) -> Engine:
        try:
            if self.url.startswith("sqlite"):
                engine = create_engine(self.url)
                event.listen(engine, "connect", _sqlite_pragmas)
                return engine
            return create_engine(self.url, pool_pre_ping=True)
        except Exception as exc:  # bad URL, missing driver
            raise MarsadError(Err.STORE_UNAVAILABLE, url=self.url, detail=exc) from None

    @property
    def own_files(self) -> set[str]:
        """The SQLite file and its journals, which a directory ingest must not read."""
        db = self.engine.url.database
        if self.dialect != "sqlite" or not db:
            return set()
        base = str(Path(db).resolve())
        return {base, base + "-wal", base + "-shm", base + "-journal"}

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def migrate(self) -> list[str]:
        return self.transaction(migrate)

    def transaction(self, fn: Callable[[Connection], T]) -> T:
        """Run ``fn`` in one transaction, retrying on lost connections until ``retry_s``."""
        deadline = time.monotonic() + self.retry_s
        wait = 0.5
        while True:
            try:
                with self.engine.begin() as conn:
                    return fn(conn)
            except (OperationalError, InterfaceError) as exc:
                last: DBAPIError = exc
            except DBAPIError as exc:
                if not exc.connection_invalidated:
                    raise
                last = exc
            if time.monotonic() > deadline:
                raise MarsadError(Err.STORE_UNAVAILABLE, url=self.url, detail=last.orig) from None
            self.engine.dispose()  # drop pooled connections to the old server
            time.sleep(wait)
            wait = min(wait * 2, 5.0)

    def read(self, fn: Callable[[Connection], T]) -> T:
        return self.transaction(fn)

    def refresh_statistics(self) -> None:
        """Give the query planner row statistics after a load. Without them SQLite filters
        events by type before a far narrower date range or actor, and a read-only server
        cannot gather them itself. SQLite samples (``analysis_limit``) so this stays well
        under a second on a large store; PostgreSQL analyses marsad's own tables only."""

        def run(conn: Connection) -> None:
            if self.dialect == "sqlite":
                conn.exec_driver_sql("PRAGMA analysis_limit=2000")
                conn.exec_driver_sql("ANALYZE")
            else:
                for table in S.metadata.sorted_tables:
                    conn.exec_driver_sql(f'ANALYZE "{table.name}"')

        self.transaction(run)

    # -- writing -----------------------------------------------------------
    def write(self, items: Sequence[Analysed], failures: Sequence[Failure] = ()) -> int:
        """Store a batch and its failures atomically; returns the number of new articles."""
        return self.transaction(lambda conn: _write(conn, items, failures))

    def known_keys(self, keys: Iterable[str]) -> set[str]:
        keys = list(keys)

        def run(conn: Connection) -> set[str]:
            found: set[str] = set()
            for i in range(0, len(keys), 500):
                q = select(S.articles.c.key).where(S.articles.c.key.in_(keys[i : i + 500]))
                found.update(conn.execute(q).scalars())
            return found

        return self.read(run)

    def done_files(self) -> dict[str, tuple[int, float]]:
        def run(conn: Connection) -> dict[str, tuple[int, float]]:
            rows = conn.execute(select(S.ingested_files))
            return {r.path: (r.size, r.mtime) for r in rows}

        return self.read(run)

    def mark_files(self, files: Sequence[tuple[str, int, float]]) -> None:
        def run(conn: Connection) -> None:
            for path, size, mtime in files:
                conn.execute(S.ingested_files.delete().where(S.ingested_files.c.path == path))
                conn.execute(
                    insert(S.ingested_files).values(path=path, size=size, mtime=mtime, at=_now())
                )

        self.transaction(run)

    def count(self, table: str) -> int:
        tbl = S.metadata.tables[table]
        return self.read(
            lambda c: int(c.execute(select(func.count()).select_from(tbl)).scalar_one())
        )


def open_store(url: str | None = None, *, migrate_now: bool = True) -> Store:
    store = Store(url)
    if migrate_now:
        store.migrate()
    return store


def _write(conn: Connection, items: Sequence[Analysed], failures: Sequence[Failure]) -> int:
    stamp = _now()
    if failures:
        _write_failures(conn, failures, stamp)
    keys = [a.key for a in items]
    existing = set(
        conn.execute(select(S.articles.c.key).where(S.articles.c.key.in_(keys))).scalars()
    )
    fresh: dict[str, Analysed] = {}
    for a in items:
        if a.key not in existing and a.key not in fresh:
            fresh[a.key] = a
    if not fresh:
        return 0
    new = list(fresh.values())
    ids = _insert_articles(conn, [_article_row(a, stamp) for a in new])
    conn.execute(
        insert(S.analyses),
        [
            dict(article_id=i, schema_version=a.schema_version, steps=" ".join(a.steps), doc=a.doc)
            for i, a in zip(ids, new, strict=True)
        ],
    )
    _write_fts(conn, ids, new)
    _write_entities(conn, ids, new)
    _write_quotes(conn, ids, new)
    _write_events(conn, ids, new)
    return len(new)


def _insert_articles(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Insert article rows; their ids in row order.

    SQLite cannot return ids in order from one multi-row insert, so SQLAlchemy would
    send one statement per row; a plain executemany and one lookup by the unique key
    keep the writer (this process's serial share of an ingest) cheap.
    """
    if conn.dialect.name != "sqlite":
        stmt = insert(S.articles).returning(S.articles.c.id, sort_by_parameter_order=True)
        return list(conn.execute(stmt, rows).scalars())
    conn.execute(insert(S.articles), rows)
    keys = [r["key"] for r in rows]
    by_key: dict[str, int] = {}
    for i in range(0, len(keys), 500):
        q = select(S.articles.c.key, S.articles.c.id).where(S.articles.c.key.in_(keys[i : i + 500]))
        by_key.update((k, int(v)) for k, v in conn.execute(q))
    return [by_key[k] for k in keys]


def _insert_ids(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert child rows (entities, events) and return their ids in row order.

    On SQLite the ids are assigned here after the batch's article insert, which holds
    the database's write lock until commit, so no other writer can take them.
    """
    if conn.dialect.name != "sqlite":
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(conn.execute(stmt, rows).scalars())
    base = int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())
    ids = list(range(base + 1, base + 1 + len(rows)))
    conn.execute(insert(table), [dict(r, id=i) for r, i in zip(rows, ids, strict=True)])
    return ids


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


def _article_row(a: Analysed, stamp: str) -> dict[str, Any]:
    r = a.raw
    return dict(
        key=a.key, text_hash=a.text_hash, doc_id=r.id, url=r.url, source=r.source,
        title=r.title, author=r.author, published=r.published, category=r.category,
        topic=a.topic, topic_score=a.topic_score, origin=r.origin, text=r.text,
        n_chars=len(r.text), minhash=a.minhash, ingested_at=stamp,
    )  # fmt: skip


def _write_fts(conn: Connection, ids: list[int], new: list[Analysed]) -> None:
    rows = [dict(id=i, search=a.search) for i, a in zip(ids, new, strict=True)]
    if conn.dialect.name == "sqlite":
        sql = "INSERT INTO article_fts(rowid, search) VALUES (:id, :search)"
    else:
        sql = (
            "INSERT INTO article_fts(article_id, tsv) VALUES (:id, to_tsvector('arabic', :search))"
        )
    conn.execute(text(sql), rows)


def _write_entities(conn: Connection, ids: list[int], new: list[Analysed]) -> None:
    pairs = [(aid, e) for aid, a in zip(ids, new, strict=True) for e in a.entities]
    if not pairs:
        return
    rows = [
        dict(
            article_id=aid, local_id=e.local_id, type=e.type, name=e.name,
            name_norm=e.name_norm, name_en=e.name_en, kb_id=e.kb_id, actor=e.actor,
            confidence=e.confidence, n_mentions=len(e.mentions),
        )
        for aid, e in pairs
    ]  # fmt: skip
    eids = _insert_ids(conn, S.entities, rows)
    mrows = [
        dict(
            entity_id=eid,
            article_id=aid,
            start=m.start,
            end=m.end,
            text=m.text,
            sentence=m.sentence,
        )
        for eid, (aid, e) in zip(eids, pairs, strict=True)
        for m in e.mentions
    ]
    if mrows:
        conn.execute(insert(S.mentions), mrows)


def _write_quotes(conn: Connection, ids: list[int], new: list[Analysed]) -> None:
    rows = [
        dict(article_id=aid, **{f: getattr(q, f) for f in q.__struct_fields__})
        for aid, a in zip(ids, new, strict=True)
        for q in a.quotes
    ]
    if rows:
        conn.execute(insert(S.quotes), rows)


def _write_events(conn: Connection, ids: list[int], new: list[Analysed]) -> None:
    pairs = [(aid, a, ev) for aid, a in zip(ids, new, strict=True) for ev in a.events]
    if not pairs:
        return
    rows = []
    for aid, a, ev in pairs:
        row = {f: getattr(ev, f) for f in ev.__struct_fields__ if f != "mentions"}
        row.update(article_id=aid, news_source=a.raw.source, published=a.raw.published)
        rows.append(row)
    evids = _insert_ids(conn, S.events, rows)
    mrows = [
        dict(event_id=evid, article_id=aid, **{f: getattr(m, f) for f in m.__struct_fields__})
        for evid, (aid, _a, ev) in zip(evids, pairs, strict=True)
        for m in ev.mentions
    ]
    if mrows:
        conn.execute(insert(S.event_mentions), mrows)
