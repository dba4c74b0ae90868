"""The dates and quotes steps over N ANT articles, with and without publication dates:
their CPU time and a dump of their output, to check that a change meant to make them
faster changes nothing.

The text layer and the entities step run once per reading (the prepared documents can
be kept in a pickle with ``--cache``, so that a second run skips them); then the dates
and quotes steps run over them, timed by ``process_time``. Per article the dump holds
the JSON of ``doc.dates`` and ``doc.quotes``; ``--compare`` diffs it with an earlier
dump, line by line:

    .venv/bin/python bench/dates_quotes_check.py -n 3000 --dump /tmp/dq-before
    .venv/bin/python bench/dates_quotes_check.py -n 3000 --compare /tmp/dq-before

Relative expressions resolve only against a publication date, so both readings are
checked: ``dated.jsonl`` (each article's ``date``) and ``undated.jsonl`` (none, as in
``bench/throughput.py``).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pickle
import pstats
import sys
import time
from pathlib import Path

import msgspec

from marsad.doc import Document
from marsad.pipeline import Pipeline
from marsad.settings import Settings
from marsad.text.triggers import META_KEY, Triggers

# run as a script, bench/ is on sys.path
from stepcheck import CORPUS, compare, read

PREP = ("lines", "tokens", "sentences", "entities")
TIMED = ("dates", "quotes")
READINGS = ("dated", "undated")


def prepare(path: Path, n: int, dated: bool, cache: Path | None) -> list[Document]:
    """The documents after the text layer and entities (trigger flags in ``meta``)."""
    if cache is not None and cache.exists():
        docs: list[Document] = pickle.loads(cache.read_bytes())
        if len(docs) == n:
            return docs
    docs = read(path, n, dated)
    pipe = Pipeline(Settings(steps=PREP + TIMED))
    fns = [fn for info, fn in zip(pipe.infos, pipe.fns, strict=True) if info.name in PREP]
    for i, doc in enumerate(docs):
        for fn in fns:
            doc = fn(doc)
        docs[i] = doc
    if cache is not None:
        cache.write_bytes(pickle.dumps(docs, protocol=pickle.HIGHEST_PROTOCOL))
    return docs


def run(docs: list[Document], prof: cProfile.Profile | None) -> dict[str, float]:
    """The timed steps over every document (the trigger flags are restored first:
    the last step to read them drops them)."""
    # the entities step is left out: it would only load its model
    pipe = Pipeline(Settings(steps=(*PREP[:3], *TIMED)))
    fns = [(i.name, fn) for i, fn in zip(pipe.infos, pipe.fns, strict=True) if i.name in TIMED]
    spent = dict.fromkeys(TIMED, 0.0)
    clock = time.process_time
    for doc in docs:
        flags = doc.meta.get(META_KEY)
        kept = (flags.steps, list(flags.tokens)) if isinstance(flags, Triggers) else None
        for name, fn in fns:
            if prof:
                prof.enable()
            t0 = clock()
            fn(doc)
            spent[name] += clock() - t0
            if prof:
                prof.disable()
        if kept is not None:
            doc.meta[META_KEY] = Triggers(steps=kept[0], tokens=kept[1])
    return spent


def outputs(docs: list[Document]) -> list[str]:
    enc = msgspec.json.encode
    return [
        json.dumps(
            {"id": d.id, "dates": json.loads(enc(d.dates)), "quotes": json.loads(enc(d.quotes))},
            ensure_ascii=False,
            sort_keys=True,
        )
        for d in docs
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=3000)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--rounds", type=int, default=1, help="timed rounds per reading")
    ap.add_argument("--only", choices=READINGS, help="one reading only")
    ap.add_argument("--cache", type=Path, help="folder for the prepared documents")
    ap.add_argument("--dump", type=Path, help="folder to write the outputs to")
    ap.add_argument("--compare", type=Path, help="folder of an earlier --dump")
    ap.add_argument("--profile", action="store_true", help="profile the two steps")
    args = ap.parse_args(argv)
    prof = cProfile.Profile() if args.profile else None
    differ = 0
    for reading in [args.only] if args.only else READINGS:
        cache = args.cache / f"{reading}-{args.n}.pickle" if args.cache else None
        docs = prepare(args.corpus, args.n, reading == "dated", cache)
        for r in range(args.rounds):
            spent = run(docs, prof)
            print(
                f"{reading} round {r + 1}: "
                + ", ".join(f"{k} {v:.3f} s" for k, v in spent.items())
                + f", together {sum(spent.values()):.3f} s CPU"
            )
        now = outputs(docs)
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{reading}.jsonl").write_text("\n".join(now) + "\n", encoding="utf-8")
        if args.compare:
            n_dates = sum(len(json.loads(x)["dates"]) for x in now)
            n_quotes = sum(len(json.loads(x)["quotes"]) for x in now)
            counts = f" ({n_dates} dates, {n_quotes} quotes)"
            differ += compare(now, args.compare / f"{reading}.jsonl", counts, show=5)
    if prof:
        pstats.Stats(prof).sort_stats("tottime").print_stats(40)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
