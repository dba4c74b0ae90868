"""Corpus-engine benchmarks: ingest throughput by engine, duplicate checks.

    # articles/s for 1 worker, a 2-process pool and a 2-worker Dask LocalCluster, each
    # run once per round (order mirrored round to round); prints the rounds' median ratio
    .venv/bin/python bench/ingest.py throughput -n 6000 --rounds 3
    .venv/bin/python bench/ingest.py throughput -n 10000 --steps lines,tokens,sentences
    # write a random sample of cross-source "reworded" pairs for checking by hand
    .venv/bin/python bench/ingest.py pairs --db /tmp/marsad-ant.db -n 40 -o /tmp/pairs.txt
    # SaudiNewsNet exact duplicates: the store's count against an independent count
    .venv/bin/python bench/ingest.py exact --db /tmp/marsad-snn.db

Corpus text is read from ../shared/data and written only outside the repository.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import multiprocessing as mp
import os
import random
import re
import resource
import statistics
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

from marsad.corpus.batch import BatchOptions, run_ingest
from marsad.ingest.record import FieldMap
from marsad.settings import NormalizeOptions, Settings
from marsad.text.normalize import normalize

# Each spawned pool worker re-imports this script as its main module: dedup (datasketch,
# SciPy) and the store (SQLAlchemy) are imported in the functions that use them, so the
# throughput figures show what a worker of the engine costs, not this script's imports.

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ANT = DATA / "news/ant_multisource/articles.jsonl.gz"
SNN = DATA / "news/saudinewsnet/dataset"


def _slice(n: int, out: Path) -> Path:
    with gzip.open(ANT, "rt", encoding="utf-8") as fh:
        out.write_text("".join(itertools.islice(fh, n)), encoding="utf-8")
    return out


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


class Run(NamedTuple):
    name: str
    wall: float
    stored: int
    parent_cpu: float  # this process: reading, dispatch, decoding results, writing
    worker_cpu: float  # the worker processes (0 for the in-process run)

    @property
    def rate(self) -> float:
        return self.stored / self.wall

    def line(self) -> str:
        n = max(self.stored, 1)
        total = self.parent_cpu + self.worker_cpu
        return (
            f"{self.name}: {self.stored} articles in {self.wall:.1f} s = {self.rate:.1f} art/s; "
            f"CPU ms/article: parent {1000 * self.parent_cpu / n:.2f}, "
            f"workers {1000 * self.worker_cpu / n:.2f}; parent share {self.parent_cpu / total:.3f}"
        )


def _time_run(
    name: str, src: Path, settings: Settings, opts: BatchOptions, db: Path, worker_cpu: Any = None
) -> Run:
    """One ingest into a fresh store, with wall time and parent/worker CPU seconds.

    Pool workers are this process's children (counted once reaped, at the pool's end);
    Dask workers report their own CPU through ``worker_cpu``.
    """
    from marsad.store.db import open_store

    store = open_store(f"sqlite:///{db}")
    p0, c0 = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    w0 = worker_cpu() if worker_cpu else 0.0
    start = time.perf_counter()
    report = run_ingest([str(src)], store, settings, FieldMap(), opts)
    elapsed = time.perf_counter() - start
    store.close()
    parent = _cpu(resource.RUSAGE_SELF) - p0
    workers = (worker_cpu() - w0) if worker_cpu else _cpu(resource.RUSAGE_CHILDREN) - c0
    run = Run(name, elapsed, report.stored, parent, workers)
    print(run.line(), flush=True)
    for path in db.parent.glob(db.name + "*"):  # the store and its WAL: rounds add up
        path.unlink()
    return run


def _dask_worker_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


ONE, POOL, DASK = "1 worker", "2 workers (process pool)", "2 workers (Dask LocalCluster)"


def _one_round(
    k: int, names: list[str], src: Path, settings: Settings, base: dict[str, Any], tmp: Path
) -> dict[str, Run]:
    """One run of each configuration, in the order given, each into a fresh store."""
    runs: dict[str, Run] = {}
    for name in names:
        db = tmp / f"r{k}-{len(runs)}.db"
        if name == ONE:
            # In a fresh process, as pool and Dask workers are: a second pipeline build
            # in one process takes 0.6 s of CPU instead of 2.2 (the KB and models stay
            # loaded), which would favour later rounds' 1-worker runs.
            with mp.get_context("spawn").Pool(1) as fresh:
                args = (name, src, settings, BatchOptions(**base), db)
                runs[name] = fresh.apply(_time_run, args)
        elif name == POOL:
            runs[name] = _time_run(name, src, settings, BatchOptions(workers=2, **base), db)
        else:
            runs[name] = _dask_run(src, settings, base, db)
    return runs


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def throughput(args: argparse.Namespace) -> None:
    """Every configuration once per round; the order is mirrored from round to round
    (1w pool dask, dask pool 1w, ...), so a slow phase of a shared machine or a steady
    drift weighs on all of them, and each round's ratios compare runs close in time."""
    settings = Settings(steps=tuple(args.steps.split(","))) if args.steps else Settings()
    base = dict(progress=False, count_first=False, chunk_size=args.chunk, batch_size=args.batch)
    names = [ONE, POOL] + ([] if args.no_dask else [DASK])
    rounds: list[dict[str, Run]] = []
    with tempfile.TemporaryDirectory() as tmp:
        src = _slice(args.n, Path(tmp) / "ant.jsonl")
        for k in range(args.rounds):
            load = os.getloadavg()[0]
            order = names if k % 2 == 0 else names[::-1]
            print(f"round {k + 1} of {args.rounds} (load average {load:.1f})", flush=True)
            rounds.append(_one_round(k, order, src, settings, base, Path(tmp)))
            one = rounds[-1][ONE]
            print("  ratios: " + ", ".join(
                f"{n.split('(')[-1].rstrip(')')} {r.rate / one.rate:.2f}x"
                for n, r in rounds[-1].items() if n != ONE
            ), flush=True)  # fmt: skip
    print(f"steps: {args.steps or 'default installed'}; cpus: {os.cpu_count()}; "
          f"load average at end {os.getloadavg()[0]:.1f}")  # fmt: skip
    _summary(rounds, names)


def _cpu_per_article(run: Run) -> float:
    return 1000 * (run.parent_cpu + run.worker_cpu) / max(run.stored, 1)


def _summary(rounds: list[dict[str, Run]], names: list[str]) -> None:
    """Median art/s of each configuration, the median of the rounds' ratios, and the CPU
    an article costs in all processes against the 1-worker run (two CPUs give 2x only
    if that extra is nil: IPC, the second pipeline build, Dask's messages, contention)."""
    one_cpu = _median([_cpu_per_article(r[ONE]) for r in rounds])
    for name in names:
        rates = [r[name].rate for r in rounds]
        line = f"{name}: median {_median(rates):.1f} art/s over {len(rounds)} rounds"
        if name != ONE:
            ratios = sorted(r[name].rate / r[ONE].rate for r in rounds)
            shares = [r[name].parent_cpu / max(r[name].parent_cpu + r[name].worker_cpu, 1e-9)
                      for r in rounds]  # fmt: skip
            parent = [1000 * r[name].parent_cpu / max(r[name].stored, 1) for r in rounds]
            cpu = _median([_cpu_per_article(r[name]) for r in rounds])
            line += (
                f"; speed-up median {_median(ratios):.2f}x (rounds: "
                f"{', '.join(f'{x:.2f}' for x in ratios)}); median parent "
                f"{_median(parent):.2f} ms CPU/article, share {_median(shares):.3f}; all "
                f"processes {cpu:.2f} ms CPU/article, {100 * (cpu / one_cpu - 1):+.1f} % "
                f"against 1 worker's {one_cpu:.2f}"
            )
        print(line)


def _dask_run(src: Path, settings: Settings, base: dict[str, Any], db: Path) -> Run:
    from distributed import Client

    from marsad.corpus.engines import local_cluster

    # The cluster marsad makes for itself (engines.DASK_CONFIG), as `BatchOptions(engine=
    # "dask")` with no scheduler would; started before the clock, as a standing cluster.
    with local_cluster(2) as lc, Client(lc) as client:
        client.run(lambda: __import__("marsad.corpus.worker"))  # warm imports, as a long job would

        def worker_cpu() -> float:
            return sum(client.run(_dask_worker_cpu).values())

        opts = BatchOptions(engine="dask", scheduler=client, **base)  # type: ignore[arg-type]
        return _time_run(DASK, src, settings, opts, db, worker_cpu)


def pairs(args: argparse.Namespace) -> None:
    from marsad.corpus.dedup import ClusterOptions, find_pairs, load
    from marsad.store.db import Store

    store = Store(f"sqlite:///{args.db}")
    items, sigs = store.read(load)
    by = {it.id: it for it in items}
    found = [p for p in find_pairs(items, sigs, ClusterOptions()) if p.kind == args.kind]
    cross = [p for p in found if by[p.a].source != by[p.b].source]
    print(f"{len(found)} {args.kind} pairs, {len(cross)} across sources")
    random.seed(args.seed)
    sample = random.sample(cross, min(args.n, len(cross)))
    texts: dict[int, str] = dict(
        store.read(
            lambda c: c.exec_driver_sql("SELECT id, substr(text, 1, 300) FROM articles").all()
        )
    )
    with Path(args.output).open("w", encoding="utf-8") as out:
        for k, p in enumerate(sample, 1):
            a, b = by[p.a], by[p.b]
            out.write(f"#{k} sim={p.similarity:.2f} {a.published} {b.published}\n")
            out.write(
                f"  A {a.source}: {a.title}\n    {texts[p.a]}\n  B {b.source}: {b.title}\n    {texts[p.b]}\n\n"
            )
    print(f"wrote {len(sample)} pairs to {args.output}")


_SPACE = re.compile(r"\s+")


def _independent_exact_dups() -> tuple[int, int]:
    """Exact duplicate articles in SaudiNewsNet counted straight from the zip files."""
    counts: Counter[str] = Counter()
    opts = NormalizeOptions()
    for path in sorted(SNN.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for member in zf.namelist():
                for rec in json.loads(zf.read(member)):
                    body = (rec.get("content") or "").strip() or (rec.get("title") or "").strip()
                    if body:
                        flat = _SPACE.sub(" ", normalize(body, opts)).strip()
                        counts[hashlib.sha256(flat.encode()).hexdigest()] += 1
    return sum(c - 1 for c in counts.values() if c > 1), sum(1 for c in counts.values() if c > 1)


def exact(args: argparse.Namespace) -> None:
    from marsad.corpus.dedup import cluster
    from marsad.store.db import open_store

    store = open_store(f"sqlite:///{args.db}")
    settings = Settings(steps=("lines",))  # duplicates need the text, not the analysis
    opts = BatchOptions(progress=False, workers=args.workers, count_first=False)
    start = time.perf_counter()
    rep = run_ingest([str(SNN)], store, settings, FieldMap(), opts)
    print(f"SaudiNewsNet: {rep.stored} stored, {rep.skipped} already stored, {rep.failed} failed "
          f"in {time.perf_counter() - start:.0f} s")  # fmt: skip
    report = cluster(store)
    print(f"store: {report}")
    dups, groups = _independent_exact_dups()
    print(f"independent count: {dups} exact duplicate articles in {groups} groups")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("-n", type=int, default=10000)
    t.add_argument("--steps", default=None, help="default: the full installed pipeline")
    t.add_argument("--chunk", type=int, default=50, help="articles per task")
    t.add_argument("--batch", type=int, default=500, help="articles per transaction")
    t.add_argument("--no-dask", action="store_true")
    t.add_argument("--rounds", type=int, default=3, help="alternated runs of each configuration")
    p = sub.add_parser("pairs")
    p.add_argument("--db", required=True)
    p.add_argument("-n", type=int, default=40)
    p.add_argument("--kind", default="reworded")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("-o", "--output", required=True)
    e = sub.add_parser("exact")
    e.add_argument("--db", required=True)
    e.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    {"throughput": throughput, "pairs": pairs, "exact": exact}[args.cmd](args)


if __name__ == "__main__":
    main()
