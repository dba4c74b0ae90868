"""Batch ingest: read sources, skip stored articles, analyse on an engine, write batches.

Each batch (articles, analyses, rows and the failures seen since the last batch) is one
transaction, so a killed run leaves whole batches only; rerunning skips stored keys.
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from marsad.corpus.engines import Chunk, run_dask, run_local, run_pool
from marsad.corpus.progress import make_progress
from marsad.corpus.worker import Result
from marsad.ingest.readers import iter_sources
from marsad.ingest.record import Failure, FieldMap, RawArticle
from marsad.settings import Settings
from marsad.store.rows import Analysed

# A spawned pool worker re-imports the parent's main script, which often imports this
# module: Store (SQLAlchemy, ~0.16 s of CPU per process) is only an annotation here.
if TYPE_CHECKING:
    from marsad.store.db import Store


@dataclass(frozen=True, slots=True)
class BatchOptions:
    workers: int = 1
    engine: Literal["local", "dask"] = "local"
    scheduler: Any = None  # tcp://host:port, a distributed Client; None: a local cluster
    chunk_size: int = 50
    batch_size: int = 500
    resume: bool = False
    error_log: Path | None = None
    progress: bool = True
    count_first: bool = True


@dataclass
class BatchReport:
    read: int = 0
    stored: int = 0
    skipped: int = 0  # already in the store
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)


class _Sink:
    """Buffers results and writes them in transactions; logs failures as they go."""

    def __init__(self, store: Store, opts: BatchOptions, report: BatchReport) -> None:
        self.store, self.opts, self.report = store, opts, report
        self.items: list[Analysed] = []
        self.failures: list[Failure] = []
        self.log = opts.error_log.open("a", encoding="utf-8") if opts.error_log else None
        # The pool's feeder thread reports read failures while this thread flushes.
        self.lock = threading.Lock()

    def add(self, result: Result) -> None:
        if isinstance(result, Failure):
            self.fail(result)
        else:
            self.items.append(result)
            if len(self.items) >= self.opts.batch_size:
                self.flush()

    def fail(self, failure: Failure) -> None:
        with self.lock:
            self._fail(failure)

    def _fail(self, failure: Failure) -> None:
        self.failures.append(failure)
        self.report.failed += 1
        self.report.failures.append(failure)
        if self.log:
            row = {"origin": failure.origin, "code": failure.code, "reason": failure.reason}
            self.log.write(json.dumps(row, ensure_ascii=False) + "\n")
            self.log.flush()

    def flush(self) -> None:
        with self.lock:
            if self.items or self.failures:
                self.report.stored += self.store.write(self.items, self.failures)
            self.items, self.failures = [], []

    def close(self) -> None:
        self.flush()
        if self.log:
            self.log.close()


def _file_stamp(path: Path) -> tuple[int, float]:
    st = path.stat()
    return st.st_size, st.st_mtime


def _expand(sources: Iterable[str]) -> list[str]:
    out: list[str] = []
    for s in sources:
        p = Path(s)
        if p.is_dir():
            out.extend(str(f) for f in sorted(p.rglob("*")) if f.is_file())
        else:
            out.append(s)
    return out


def pending_sources(store: Store, sources: Iterable[str], resume: bool) -> list[str]:
    """With ``resume``, files finished by an earlier run (same size and mtime) are skipped."""
    own = store.own_files
    files = [f for f in _expand(sources) if str(Path(f).resolve()) not in own]
    if not resume:
        return files
    done = store.done_files()
    return [f for f in files if not (Path(f).is_file() and done.get(f) == _file_stamp(Path(f)))]


def _chunks(
    items: Iterable[RawArticle | Failure], store: Store, sink: _Sink, opts: BatchOptions, tick: Any
) -> Iterator[Chunk]:
    """New articles in chunks; stored keys and read failures are accounted for here."""
    report = sink.report
    window: list[RawArticle] = []

    def drain() -> Iterator[Chunk]:
        keys = [r.key for r in window]  # a property: one hash of the text per call
        known = store.known_keys(keys)
        fresh = [r for r, k in zip(window, keys, strict=True) if k not in known]
        report.skipped += len(window) - len(fresh)
        tick(len(window) - len(fresh))
        for i in range(0, len(fresh), opts.chunk_size):
            yield fresh[i : i + opts.chunk_size]
        window.clear()

    for item in items:
        if isinstance(item, Failure):
            sink.fail(item)
            tick(1)
            continue
        report.read += 1
        window.append(item)
        if len(window) >= max(opts.chunk_size * 10, 500):
            yield from drain()
    yield from drain()


def _engine(
    settings: Settings, chunks: Iterable[Chunk], opts: BatchOptions
) -> Iterator[list[Result]]:
    if opts.engine == "dask":
        return run_dask(settings, chunks, opts.scheduler, workers=opts.workers)
    if opts.workers > 1:
        return run_pool(settings, chunks, opts.workers)
    return run_local(settings, chunks)


def run_ingest(
    sources: list[str], store: Store, settings: Settings, fields: FieldMap, opts: BatchOptions
) -> BatchReport:
    """Ingest every source into ``store``; bad documents are reported, never fatal."""
    from marsad.ingest.counting import count_records

    report = BatchReport()
    files = pending_sources(store, sources, opts.resume)
    total = count_records(files) if opts.count_first else None
    sink = _Sink(store, opts, report)
    # The objects alive now (modules, SQLAlchemy's metadata) stay out of the garbage
    # collections the writer's allocations trigger until the ingest ends: in a 2-worker
    # pool run they took 12% of this process's CPU, and 3% with the freeze.
    gc.freeze()
    try:
        _ingest_loop(files, store, settings, fields, opts, sink, total)
    finally:
        gc.unfreeze()
    local = [(f, *_file_stamp(Path(f))) for f in files if Path(f).is_file()]
    store.mark_files(local)
    if report.stored:
        store.refresh_statistics()  # so a read-only API server gets a good query plan
    return report


def _ingest_loop(
    files: list[str], store: Store, settings: Settings, fields: FieldMap, opts: BatchOptions,
    sink: _Sink, total: int | None,
) -> None:  # fmt: skip
    report = sink.report
    with make_progress(opts.progress) as bar:
        task = bar.add_task("ingest", total=total, failed=0)

        def tick(n: int) -> None:
            if n:
                bar.update(task, advance=n, failed=report.failed)

        items = iter_sources(files, fields, max_bytes=settings.max_chars * 4)
        for results in _engine(settings, _chunks(items, store, sink, opts, tick), opts):
            for result in results:
                sink.add(result)
            tick(len(results))
        sink.close()
