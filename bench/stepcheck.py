"""Shared parts of the one-step checks (``entities_check``, ``events_check``,
``dates_quotes_check``): read ANT articles, prepare them up to a step (cached as a
pickle), time one step over them, and diff a dump line by line.

Imported by those scripts, which run with ``bench/`` on ``sys.path``.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pickle
import time
from collections.abc import Sequence
from pathlib import Path

from marsad.doc import Document
from marsad.pipeline import REGISTRY, Pipeline
from marsad.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "shared/data/news/ant_multisource/articles.jsonl.gz"


def arg_parser(description: str, step: str) -> argparse.ArgumentParser:
    """The options every one-step check takes."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--dated", action="store_true", help="give each article its date")
    ap.add_argument("--rounds", type=int, default=1, help="timed rounds (fresh documents)")
    ap.add_argument("--cache", type=Path, help="folder for the prepared documents")
    ap.add_argument("--dump", type=Path, help="file to write the output to")
    ap.add_argument("--compare", type=Path, help="file of an earlier --dump")
    ap.add_argument("--profile", action="store_true", help=f"profile the {step} step")
    ap.add_argument("--skip", action="store_true", help="build the step but run it on nothing")
    return ap


def read(path: Path, n: int, dated: bool) -> list[Document]:
    """The first ``n`` articles, with their publication date when ``dated``."""
    docs: list[Document] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            rec = json.loads(line)
            pub = rec.get("date") if dated else None
            docs.append(Document(text=rec.get("text") or "", id=rec.get("docno"), published=pub))
    return docs


def prepared(path: Path, n: int, dated: bool, cache: Path | None, steps: Sequence[str]) -> bytes:
    """The pickled documents after ``steps`` (step names recorded), cached by name."""
    name = f"{'-'.join(steps)}-{'dated' if dated else 'undated'}-{n}.pickle"
    if cache is not None and (cache / name).exists():
        return (cache / name).read_bytes()
    pipe = Pipeline(Settings(steps=tuple(steps)))
    data = pickle.dumps([pipe(doc) for doc in read(path, n, dated)], pickle.HIGHEST_PROTOCOL)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / name).write_bytes(data)
    return data


def time_step(
    step: str, docs: list[Document], prof: cProfile.Profile | None, skip: bool = False
) -> float:
    """CPU seconds of ``step`` alone (no other model loads) over every document; with
    ``skip`` the step is built but run on nothing (its load cost alone)."""
    fn = REGISTRY.get(step).factory(Settings())
    if skip:
        return 0.0
    clock = time.process_time
    spent = 0.0
    for doc in docs:
        if prof:
            prof.enable()
        t0 = clock()
        fn(doc)
        spent += clock() - t0
        if prof:
            prof.disable()
        doc.steps.append(step)
    return spent


def compare(now: list[str], path: Path, counts: str = "", show: int = 3, tail: bool = False) -> int:
    """Differing documents (all of them when the counts differ); a few are printed
    (their ends with ``tail``, where a whole document ends with the step's output)."""
    before = path.read_text(encoding="utf-8").splitlines()
    if len(before) != len(now):
        print(f"{path}: {len(before)} documents, now {len(now)}")
        return max(len(before), len(now))
    diff = [i for i, (a, b) in enumerate(zip(before, now, strict=True)) if a != b]
    print(f"{path}: {len(now)} documents{counts}, {len(diff)} differ")
    for i in diff[:show]:
        cut = slice(-800, None) if tail else slice(800)
        print("  before:", before[i][cut])
        print("  now:   ", now[i][cut])
    return len(diff)
