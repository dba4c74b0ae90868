"""Where chunks are analysed: this process, a local process pool, or a Dask cluster.

Each engine maps the worker over chunks and yields result lists as they finish
(order does not matter: the store keys articles by content hash). Chunks go to other
processes as one MessagePack blob (``pack_chunk``), and each comes back as one
(``process_packed``), decoded here.
"""

from __future__ import annotations

import multiprocessing as mp
import multiprocessing.pool
from collections import deque
from collections.abc import Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from marsad.corpus.worker import Result, pack_chunk, process_chunk, process_packed, unpack
from marsad.ingest.record import RawArticle
from marsad.settings import Settings

if TYPE_CHECKING:
    from distributed import LocalCluster

Chunk = list[RawArticle]

# Dask settings for a cluster that runs marsad's ingest: ``local_cluster`` applies them,
# and README.md gives them for workers started by hand. On two cores every bit of CPU
# the workers' and scheduler's event loops use is taken from the analysis.
DASK_CONFIG: dict[str, Any] = {
    # The statistical profiler wakes each worker's loop every 10 ms and walks the
    # running task's stack (40+ frames in the pipeline) each time.
    "distributed.worker.profile.enabled": False,
    # Event-loop health checks, 50 a second in the scheduler, each nanny and worker.
    "distributed.admin.tick.interval": "1s",
    # Host samples (CPU, network, disk) for the dashboard, twice a second per server.
    "distributed.admin.system-monitor.interval": "2s",
    # Memory checks (pause, spill, restart) of every worker, by the worker and nanny.
    "distributed.worker.memory.monitor-interval": "500ms",
    # glibc trimming at 64 KiB (Dask's default) returns and refaults the pipeline's
    # temporary buffers: twice the page faults of a pool worker.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # Queue the next chunk on a worker before its current one ends, as a pool does,
    # instead of waiting for a round trip to the scheduler between chunks.
    "distributed.scheduler.worker-saturation": "inf",
}


def run_local(settings: Settings, chunks: Iterable[Chunk]) -> Iterator[list[Result]]:
    for chunk in chunks:
        yield process_chunk(settings, chunk)


class _Pool(mp.pool.Pool):
    """A process pool whose worker-watching thread sleeps while results arrive.

    CPython's pool thread that replaces dead workers also wakes when the result pipe is
    readable, which it stays while a chunk's rows (about 1 MB) pass through the 64 KiB
    pipe: that thread then spun for as much CPU as reading the articles. Worker exits
    and pool state changes (close, terminate, all tasks done) still wake it, as in
    ``ThreadPool``, which makes the same override.
    """

    def _get_sentinels(self) -> list[Any]:
        return [self._change_notifier._reader]  # type: ignore[attr-defined]


def run_pool(settings: Settings, chunks: Iterable[Chunk], workers: int) -> Iterator[list[Result]]:
    # spawn: workers must not inherit the parent's open database connections.
    with _Pool(workers, context=mp.get_context("spawn")) as pool:
        packed = map(pack_chunk, chunks)  # encoded by the pool's feeder thread
        for blob in pool.imap_unordered(partial(process_packed, settings), packed):
            yield unpack(blob)


def local_cluster(workers: int) -> LocalCluster:
    """A LocalCluster of ``workers`` single-threaded processes with ``DASK_CONFIG``."""
    import dask
    from distributed import LocalCluster

    # The scheduler reads its settings when built; each nanny hands the config it
    # saw to the worker it starts (and to a replacement after a crash).
    with dask.config.set(DASK_CONFIG):
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )


def run_dask(
    settings: Settings, chunks: Iterable[Chunk], scheduler: Any, window: int = 0, workers: int = 2
) -> Iterator[list[Result]]:
    """Run on a Dask cluster (``tcp://host:port``, a ``Client`` or a cluster object); with
    no scheduler, on a ``local_cluster`` of ``workers`` processes made for this run.

    A bounded window of futures keeps memory flat; tasks of a lost worker are
    recomputed by the scheduler, so a killed worker does not change the results.
    """
    from distributed import Client

    own = local_cluster(max(workers, 1)) if scheduler is None else None
    client = scheduler if isinstance(scheduler, Client) else Client(own or scheduler)
    try:
        n = window or max(4, 3 * len(client.scheduler_info().get("workers", {})))
        pending: deque[Any] = deque()

        # A cluster in this process: rows come straight from the worker that holds them,
        # not relayed by the scheduler. A remote one may hide its workers behind the
        # scheduler, so there the client's own setting (default: relayed) holds.
        direct = True if client.cluster is not None else None

        def take() -> list[Result]:
            return unpack(client.gather(pending.popleft(), direct=direct))

        for chunk in chunks:
            task = pack_chunk(chunk)
            pending.append(client.submit(process_packed, settings, task, pure=False, retries=3))
            while len(pending) >= n:
                yield take()
        while pending:
            yield take()
    finally:
        if client is not scheduler:
            client.close()
        if own is not None:
            own.close()
