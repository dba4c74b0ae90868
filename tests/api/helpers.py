"""Stores for the API and dashboard tests: articles analysed by the real pipeline and
written through the corpus store, then aggregated, on SQLite or on PostgreSQL."""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, text

from marsad.corpus.aggregate import aggregate_events
from marsad.corpus.dedup import cluster
from marsad.corpus.worker import worker_for
from marsad.ingest.readers import iter_sources
from marsad.ingest.record import FieldMap, RawArticle
from marsad.settings import Settings
from marsad.store.db import open_store
from marsad.store.rows import Analysed

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "examples.jsonl"
PG_BASE = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def example_articles() -> list[RawArticle]:
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    return [
        RawArticle(origin=f"examples:{i}", text=r["text"], id=r["id"], url=r["url"],
                   source=r["source"], title=r["title"], published=r["published"],
                   category=r["category"])
        for i, r in enumerate(rows)
    ]  # fmt: skip


def corpus_articles(path: Path, n: int) -> list[RawArticle]:
    """The first ``n`` readable articles of a corpus file (read at run time, never copied)."""
    items = iter_sources([str(path)], FieldMap(), max_bytes=2_000_000)
    return list(itertools.islice((x for x in items if isinstance(x, RawArticle)), n))


def fill_store(url: str, raws: Iterable[RawArticle]) -> None:
    """Analyse ``raws`` with the corpus engine's worker (pipeline, topic, MinHash), store
    them, then cluster stories and aggregate events as ``marsad ingest`` does."""
    worker = worker_for(Settings())
    store = open_store(url)
    results = [worker(raw) for raw in raws]
    store.write([r for r in results if isinstance(r, Analysed)])
    cluster(store)
    aggregate_events(store)
    store.close()


def pg_schema_url(schema: str) -> str:
    """A URL whose connections see only ``schema`` (created here), so the tests' tables
    never touch other users of the shared database."""
    engine = create_engine(PG_BASE)
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    return f"{PG_BASE}?options=-csearch_path%3D{schema}"


def drop_pg_schema(schema: str) -> None:
    engine = create_engine(PG_BASE)
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


def pg_available() -> bool:
    try:
        engine = create_engine(PG_BASE, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


def unique_schema(prefix: str) -> str:
    return f"{prefix}_{os.getpid()}"


def chunks(items: list[RawArticle], size: int) -> Iterator[list[RawArticle]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
