"""Export tables from the store as JSONL, CSV, Parquet, PLOVER JSONL or GDELT-style TSV.

Rows stream from the database in chunks, so exports of large stores run in flat memory.
PLOVER writes one record per coded event; GDELT writes one row per cross-article
aggregate (as GDELT counts mentions, sources and articles per event).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Select, select

from marsad.corpus.gdelt import GDELT_COLUMNS, gdelt_row
from marsad.corpus.plover import PloverRecord, event_day, quad_of, split_code
from marsad.errors import Err, MarsadError
from marsad.store import schema as S
from marsad.store.db import Store

CHUNK = 2000
Row = dict[str, Any]


def _select(what: str) -> Select[Any]:
    a = S.articles.c
    if what == "articles":
        cols = [c for c in S.articles.c if c.name not in ("minhash", "key", "text_hash")]
        return select(*cols).order_by(a.id)
    if what == "entities":
        e = S.entities
        return (select(e, a.doc_id, a.published, a.source.label("news_source"))
                .join(S.articles, a.id == e.c.article_id).order_by(e.c.id))  # fmt: skip
    if what == "events":
        e = S.events
        return (select(e, a.doc_id, a.url, a.story_id).join(S.articles, a.id == e.c.article_id)
                .order_by(e.c.id))  # fmt: skip
    return select(S.event_aggregates).order_by(S.event_aggregates.c.id)


def iter_rows(store: Store, what: str) -> Iterator[Row]:
    """Rows of a table in id order, read in chunks (one connection, streamed)."""
    with store.engine.connect() as conn:
        result = conn.execution_options(yield_per=CHUNK).execute(_select(what))
        for part in result.partitions():
            rows = [dict(r._mapping) for r in part]
            if what == "events":
                _attach_mentions(conn, rows)
            yield from rows


def _attach_mentions(conn: Any, rows: list[Row]) -> None:
    m = S.event_mentions.c
    ids = [r["id"] for r in rows]
    first: dict[int, Row] = {}
    q = select(m.event_id, m.trigger, m.evidence).where(m.event_id.in_(ids)).order_by(m.id)
    for r in conn.execute(q):
        first.setdefault(r.event_id, {"trigger": r.trigger, "evidence": r.evidence})
    for row in rows:
        row.update(first.get(row["id"], {"trigger": None, "evidence": ""}))


def plover_record(row: Row) -> PloverRecord:
    src_c, src_a = split_code(row["source_actor"])
    tgt_c, tgt_a = split_code(row["target_actor"])
    day, resolution = event_day(row["date"], row["published"])
    return PloverRecord(
        event_id=f"{row['doc_id']}:{row['local_id']}", event_date=day, date_resolution=resolution,
        event_type=row["type"], mode=row["mode"], context=[],
        quad_class=row["quad_class"] or quad_of(row["cameo"], row["type"]),
        source_actor=row["source_actor"], source_country=src_c, source_agent=src_a,
        source_text=row["source_text"], target_actor=row["target_actor"],
        target_country=tgt_c, target_agent=tgt_a, target_text=row["target_text"],
        location_text=row["place_text"], location_country=split_code(row["place_actor"])[0],
        event_text=row["evidence"] or row["trigger"] or "", trigger=row["trigger"],
        negated=row["negated"], intent=row["intent"], hypothetical=row["hypothetical"],
        reported=row["reported"], confidence=row["confidence"],
        cameo=row["cameo"], goldstein=row["goldstein"], story_id=str(row["doc_id"]),
        publisher=row["news_source"], publication_date=row["published"], url=row["url"],
    )  # fmt: skip


def _jsonable(row: Row) -> Row:
    return {k: (v.hex() if isinstance(v, bytes | memoryview) else v) for k, v in row.items()}


def _write_text(rows: Iterator[Row], fmt: str, out: IO[bytes]) -> int:
    n = 0
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer: Any = None
    for row in rows:
        if fmt == "jsonl":
            text.write(json.dumps(_jsonable(row), ensure_ascii=False) + "\n")
        else:
            if writer is None:
                delim = "\t" if fmt == "gdelt" else ","
                writer = csv.DictWriter(
                    text, fieldnames=list(row), delimiter=delim, extrasaction="ignore"
                )
                if fmt == "csv":
                    writer.writeheader()
            writer.writerow(_jsonable(row))
        n += 1
    text.flush()
    text.detach()
    return n


def _write_parquet(rows: Iterator[Row], out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer: Any = None
    n = 0
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK:
            writer = _parquet_batch(pa, pq, writer, batch, out)
            n, batch = n + len(batch), []
    if batch or writer is None:
        writer = _parquet_batch(pa, pq, writer, batch, out)
        n += len(batch)
    writer.close()
    return n


def _parquet_batch(pa: Any, pq: Any, writer: Any, batch: list[Row], out: Path) -> Any:
    table = pa.Table.from_pylist(batch)
    if writer is None:
        writer = pq.ParquetWriter(out, table.schema)
    else:
        table = table.cast(writer.schema)
    writer.write_table(table)
    return writer


def export_table(store: Store, what: str, fmt: str, out: Path | IO[bytes]) -> int:
    """Write ``what`` (articles, entities, events, aggregates) as ``fmt``; returns rows."""
    if fmt in ("plover", "gdelt") and what not in ("events", "aggregates"):
        raise MarsadError(
            Err.BAD_RECORD,
            source=f"--format {fmt}",
            detail=f"{fmt} applies to events, not {what}",
            fix="export events",
        )
    rows: Iterator[Row]
    if fmt == "plover":
        rows = (msgspec_builtins(plover_record(r)) for r in iter_rows(store, "events"))
        fmt = "jsonl"
    elif fmt == "gdelt":
        rows = (gdelt_row(r) for r in iter_gdelt(store))
    else:
        rows = iter_rows(store, what)
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise MarsadError(
                Err.BAD_RECORD,
                source="--format parquet",
                detail="parquet needs a file",
                fix="pass -o FILE.parquet",
            )
        return _write_parquet(rows, out)
    if isinstance(out, Path):
        with out.open("wb") as fh:
            return _write_text(rows, fmt, fh)
    return _write_text(rows, fmt, out)


def msgspec_builtins(rec: PloverRecord) -> Row:
    import msgspec

    return msgspec.to_builtins(rec)  # type: ignore[no-any-return]


def iter_gdelt(store: Store) -> Iterator[Row]:
    """Aggregate rows joined with their best event and its article (names, URL)."""
    g, e, a = S.event_aggregates, S.events.c, S.articles.c
    q = (select(g, e.source_text, e.target_text, e.place_text, e.place_actor, a.url)
         .join(S.events, e.id == g.c.best_event_id, isouter=True)
         .join(S.articles, a.id == e.article_id, isouter=True).order_by(g.c.id))  # fmt: skip
    with store.engine.connect() as conn:
        for r in conn.execution_options(yield_per=CHUNK).execute(q):
            yield dict(r._mapping)


__all__ = ["GDELT_COLUMNS", "export_table", "iter_rows", "plover_record"]
