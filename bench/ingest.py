"""Corpus-engine benchmarks: ingest throughput by engine, duplicate checks.

    # articles/s for 1 worker, a 2-process pool and a 2-worker Dask LocalCluster
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
import os
import random
import re
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

from marsad.corpus.batch import BatchOptions, run_ingest
from marsad.corpus.dedup import ClusterOptions, cluster, find_pairs, load
from marsad.ingest.record import FieldMap
from marsad.settings import NormalizeOptions, Settings
from marsad.store.db import Store, open_store
from marsad.text.normalize import normalize

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ANT = DATA / "news/ant_multisource/articles.jsonl.gz"
SNN = DATA / "news/saudinewsnet/dataset"


def _slice(n: int, out: Path) -> Path:
    with gzip.open(ANT, "rt", encoding="utf-8") as fh:
        out.write_text("".join(itertools.islice(fh, n)), encoding="utf-8")
    return out


def _time_run(src: Path, settings: Settings, opts: BatchOptions, db: Path) -> tuple[float, int]:
    store = open_store(f"sqlite:///{db}")
    start = time.perf_counter()
    report = run_ingest([str(src)], store, settings, FieldMap(), opts)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed, report.stored


def throughput(args: argparse.Namespace) -> None:
    settings = Settings(steps=tuple(args.steps.split(","))) if args.steps else Settings()
    base = dict(progress=False, count_first=False, chunk_size=50, batch_size=500)
    with tempfile.TemporaryDirectory() as tmp:
        src = _slice(args.n, Path(tmp) / "ant.jsonl")
        runs: list[tuple[str, BatchOptions]] = [
            ("1 worker", BatchOptions(**base)),  # type: ignore[arg-type]
            ("2 workers (process pool)", BatchOptions(workers=2, **base)),  # type: ignore[arg-type]
        ]
        results = []
        for name, opts in runs:
            elapsed, stored = _time_run(src, settings, opts, Path(tmp) / f"{len(results)}.db")
            results.append((name, stored / elapsed, stored))
            print(
                f"{name}: {stored} articles in {elapsed:.1f} s = {stored / elapsed:.1f} articles/s",
                flush=True,
            )
        from distributed import Client, LocalCluster

        with (
            LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as lc,
            Client(lc) as client,
        ):
            client.run(
                lambda: __import__("marsad.corpus.worker")
            )  # warm imports, as a long job would
            opts = BatchOptions(engine="dask", scheduler=client, **base)  # type: ignore[arg-type]
            elapsed, stored = _time_run(src, settings, opts, Path(tmp) / "dask.db")
            print(
                f"2 workers (Dask LocalCluster): {stored} articles in {elapsed:.1f} s = {stored / elapsed:.1f} articles/s"
            )
            results.append(("dask", stored / elapsed, stored))
        print(f"steps: {args.steps or 'default installed'}; cpus: {os.cpu_count()}; "
              f"load average at end: {os.getloadavg()[0]:.1f}")  # fmt: skip
        print(f"speed-up 2 workers / 1 worker: {results[1][1] / results[0][1]:.2f}x; "
              f"dask / 1 worker: {results[2][1] / results[0][1]:.2f}x")  # fmt: skip


def pairs(args: argparse.Namespace) -> None:
    store = Store(f"sqlite:///{args.db}")
    items, sigs = store.read(load)
    by = {it.id: it for it in items}
    found = [p for p in find_pairs(items, sigs, ClusterOptions()) if p.kind == args.kind]
    cross = [p for p in found if by[p.a].source != by[p.b].source]
    print(f"{len(found)} {args.kind} pairs, {len(cross)} across sources")
    random.seed(args.seed)
    sample = random.sample(cross, min(args.n, len(cross)))
    texts = dict(
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
    t.add_argument("--steps", default=None)
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
