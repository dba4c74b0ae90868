"""Throughput of the marsad pipeline over the first N articles of the ANT corpus.

One process, one pipeline built once; each step is timed separately so the share of
each stage shows. Prints articles/s, sentences/s, words/s (analysed words, i.e.
``Token.words``) and peak RSS.

    .venv/bin/python bench/throughput.py -n 2000
    .venv/bin/python bench/throughput.py --steps lines,tokens,sentences
    .venv/bin/python bench/throughput.py -n 500 --profile    # cProfile, top functions
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import os
import platform
import pstats
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from marsad.doc import Document
from marsad.errors import MarsadError
from marsad.pipeline import Pipeline
from marsad.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "shared/data/news/ant_multisource/articles.jsonl.gz"


@dataclass
class Tally:
    articles: int = 0
    sentences: int = 0
    tokens: int = 0
    words: int = 0
    errors: int = 0
    step_s: dict[str, float] = field(default_factory=dict)


def read_articles(path: Path, n: int) -> Iterator[tuple[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            rec = json.loads(line)
            yield rec.get("docno", str(i)), rec.get("text") or ""


def run(pipe: Pipeline, articles: list[tuple[str, str]]) -> Tally:
    """Analyse each article and drop it, as a streaming job would."""
    tally = Tally(step_s={name: 0.0 for name in pipe.names})
    # CPU time of this process: the machine is shared, and wall time would measure
    # the neighbours' load as much as marsad.
    clock = time.process_time
    for doc_id, text in articles:
        doc = Document(text=text, id=doc_id)
        try:
            for info, fn in zip(pipe.infos, pipe.fns, strict=True):
                t0 = clock()
                doc = fn(doc)
                tally.step_s[info.name] += clock() - t0
                # as Pipeline.__call__ does: later steps read which ones ran
                doc.steps.append(info.name)
        except MarsadError:
            tally.errors += 1  # counted, not fatal: a benchmark measures, it does not judge
            continue
        tally.articles += 1
        tally.sentences += len(doc.sentences)
        tally.tokens += len(doc.tokens)
        tally.words += sum(len(t.words) for t in doc.tokens)
    return tally


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def report(tally: Tally, steps: list[str], n: int) -> str:
    total = sum(tally.step_s.values()) or 1e-9
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        f"date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}; machine: {os.cpu_count()} "
        f"cores (nproc), {cpu_model()}; Python {platform.python_version()}",
        f"steps: {','.join(steps)}; articles requested: {n}, analysed: {tally.articles}, "
        f"errors: {tally.errors}",
        f"CPU time in steps: {total:.2f} s (rates below are per CPU-second, one core)",
        f"articles/s: {tally.articles / total:,.1f}",
        f"sentences/s: {tally.sentences / total:,.0f}",
        f"tokens/s: {tally.tokens / total:,.0f}",
        f"words/s: {tally.words / total:,.0f}",
        f"peak RSS: {rss_mb:,.0f} MB",
        "step share: "
        + ", ".join(f"{k} {v / total:.0%} ({v:.2f} s)" for k, v in tally.step_s.items()),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=2000, help="number of articles (default 2000)")
    ap.add_argument("--steps", default=None, help="comma-separated steps (default: all installed)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--profile", action="store_true", help="print the top cProfile functions")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: corpus not found (pass --corpus)", file=sys.stderr)
        return 1
    steps = tuple(s.strip() for s in args.steps.split(",")) if args.steps else None
    try:
        pipe = Pipeline(Settings(steps=steps))
    except MarsadError as exc:
        print(exc, file=sys.stderr)
        return 1
    docs = list(read_articles(args.corpus, args.n))  # read first: I/O is not timed
    if args.profile:
        prof = cProfile.Profile()
        tally = prof.runcall(run, pipe, docs)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    else:
        tally = run(pipe, docs)
    print(report(tally, pipe.names, args.n))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
