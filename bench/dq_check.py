"""The dates and quotes steps alone: their CPU time, a profile, and their output.

The text layer and the entities step run once over the first N ANT articles; then the
dates and quotes steps run over the prepared documents (``--rounds`` times, the text
layer's trigger flags restored before each round), timed by ``process_time``. Their
output (every date's span, type, values and anchor; every quote's span, speaker and
cue) can be written to a file and compared with an earlier one, so a change meant to
make them faster can be checked to change nothing:

    .venv/bin/python bench/dq_check.py -n 2000 --dump /tmp/dq-before.jsonl
    .venv/bin/python bench/dq_check.py -n 2000 --compare /tmp/dq-before.jsonl
    .venv/bin/python bench/dq_check.py -n 500 --profile

Each article keeps its publication date (``date``), so relative expressions are
resolved too; ``--no-dates`` leaves it out, as ``bench/throughput.py`` does.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

import msgspec

from marsad.doc import Document
from marsad.pipeline import Pipeline
from marsad.settings import Settings
from marsad.text.triggers import META_KEY, Triggers

CORPUS = Path(__file__).resolve().parents[2] / "shared/data/news/ant_multisource/articles.jsonl.gz"
PREP = ("lines", "tokens", "sentences", "entities")
TIMED = ("dates", "quotes")


def read(path: Path, n: int, dated: bool) -> list[Document]:
    docs: list[Document] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            rec = json.loads(line)
            pub = rec.get("date") if dated else None
            docs.append(Document(text=rec.get("text") or "", id=rec.get("docno"), published=pub))
    return docs


def prepare(docs: list[Document]) -> list[tuple[str, ...] | None]:
    """Run the text layer and entities; keep each document's trigger flags."""
    pipe = Pipeline(Settings(steps=PREP + TIMED))
    prep = [fn for info, fn in zip(pipe.infos, pipe.fns, strict=True) if info.name in PREP]
    kept: list[tuple[str, ...] | None] = []
    for i, doc in enumerate(docs):
        for fn in prep:
            doc = fn(doc)
        docs[i] = doc
        flags = doc.meta.get(META_KEY)
        kept.append((flags.steps, tuple(flags.tokens)) if isinstance(flags, Triggers) else None)  # type: ignore[arg-type]
    return kept


def one_round(
    docs: list[Document],
    kept: list[tuple[str, ...] | None],
    fns: list[tuple[str, Callable[[Document], Document]]],
    prof: cProfile.Profile | None,
) -> dict[str, float]:
    spent = dict.fromkeys(TIMED, 0.0)
    clock = time.process_time
    for doc, flags in zip(docs, kept, strict=True):
        if flags is not None:
            steps, tokens = flags
            doc.meta[META_KEY] = Triggers(steps=steps, tokens=list(tokens))  # type: ignore[arg-type]
        for name, fn in fns:
            if prof:
                prof.enable()
            t0 = clock()
            fn(doc)
            spent[name] += clock() - t0
            if prof:
                prof.disable()
    return spent


def outputs(docs: list[Document]) -> list[str]:
    enc = msgspec.json.encode
    return [
        json.dumps(
            {
                "id": d.id,
                "dates": json.loads(enc(d.dates)),
                "quotes": json.loads(enc(d.quotes)),
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        for d in docs
    ]


def compare(now: list[str], path: Path) -> int:
    before = path.read_text(encoding="utf-8").splitlines()
    if len(before) != len(now):
        print(f"{path}: {len(before)} documents, now {len(now)}")
        return 1
    diff = [i for i, (a, b) in enumerate(zip(before, now, strict=True)) if a != b]
    n_dates = sum(len(json.loads(x)["dates"]) for x in now)
    n_quotes = sum(len(json.loads(x)["quotes"]) for x in now)
    print(f"compared {len(now)} documents ({n_dates} dates, {n_quotes} quotes): {len(diff)} differ")
    for i in diff[:5]:
        print("before:", before[i][:600])
        print("now:   ", now[i][:600])
    return 1 if diff else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--no-dates", action="store_true", help="leave publication dates out")
    ap.add_argument("--dump", type=Path, help="write the dates and quotes here")
    ap.add_argument("--compare", type=Path, help="compare the dates and quotes with a dump")
    ap.add_argument("--profile", action="store_true", help="profile the two steps")
    args = ap.parse_args(argv)
    docs = read(args.corpus, args.n, not args.no_dates)
    t0 = time.process_time()
    kept = prepare(docs)
    text_s = time.process_time() - t0
    pipe = Pipeline(Settings(steps=PREP + TIMED))
    fns = [(i.name, fn) for i, fn in zip(pipe.infos, pipe.fns, strict=True) if i.name in TIMED]
    prof = cProfile.Profile() if args.profile else None
    for r in range(args.rounds):
        spent = one_round(docs, kept, fns, prof)
        total = sum(spent.values())
        print(
            f"round {r + 1}: "
            + ", ".join(f"{k} {v:.3f} s" for k, v in spent.items())
            + f", together {total:.3f} s ({1000 * total / len(docs):.3f} s per 1,000 articles;"
            f" preparing {text_s:.2f} s)"
        )
    if prof:
        pstats.Stats(prof).sort_stats("tottime").print_stats(35)
    now = outputs(docs)
    if args.dump:
        args.dump.write_text("\n".join(now) + "\n", encoding="utf-8")
    if args.compare:
        return compare(now, args.compare)
    return 0


if __name__ == "__main__":
    sys.exit(main())
