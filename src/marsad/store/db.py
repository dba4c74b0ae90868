"""Opening a store and writing analysed batches: one transaction per batch, retried
when the server goes away (a PostgreSQL restart) so a long ingest completes."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    event,
    func,
    insert,
    select,
)
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from marsad.errors import Err, MarsadError
from marsad.ingest.record import Failure
from marsad.store import schema as S
from marsad.store.migrations import migrate
from marsad.store.rows import Analysed
from marsad.store.write import now as _now
from marsad.store.write import write_batch

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
        return self.transaction(lambda conn: write_batch(conn, items, failures))

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
