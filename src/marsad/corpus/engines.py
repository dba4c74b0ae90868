"""Where chunks are analysed: this process, a local process pool, or a Dask cluster.

Each engine maps ``process_chunk`` over chunks and yields result lists as they finish
(order does not matter: the store keys articles by content hash).
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any

from marsad.corpus.worker import Result, process_chunk
from marsad.ingest.record import RawArticle
from marsad.settings import Settings

Chunk = list[RawArticle]


def run_local(settings: Settings, chunks: Iterable[Chunk]) -> Iterator[list[Result]]:
    for chunk in chunks:
        yield process_chunk(settings, chunk)


def run_pool(settings: Settings, chunks: Iterable[Chunk], workers: int) -> Iterator[list[Result]]:
    # spawn: workers must not inherit the parent's open database connections.
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers) as pool:
        yield from pool.imap_unordered(partial(process_chunk, settings), chunks)


def run_dask(
    settings: Settings, chunks: Iterable[Chunk], scheduler: Any, window: int = 0
) -> Iterator[list[Result]]:
    """Run on a Dask cluster (``tcp://host:port`` or a ``Client``/cluster object).

    A bounded window of futures keeps memory flat; tasks of a lost worker are
    recomputed by the scheduler, so a killed worker does not change the results.
    """
    from distributed import Client, wait

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        n = window or max(4, 3 * len(client.scheduler_info().get("workers", {})))
        pending: deque[Any] = deque()
        for chunk in chunks:
            pending.append(client.submit(process_chunk, settings, chunk, pure=False, retries=3))
            while len(pending) >= n:
                wait([pending[0]])
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        if client is not scheduler:
            client.close()
