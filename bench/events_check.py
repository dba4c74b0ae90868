"""The events step over N ANT articles: its CPU time and a dump of every document after
it, to check that a change meant to make the step cheaper changes no output.

The steps before ``events`` run once (the prepared documents can be kept in a pickle
with ``--cache``, so that a later run skips them); then the events step runs over them,
timed by ``process_time``. Each document's step names are recorded as ``Pipeline`` does
(so the step reads the entities step's spans, not KB matches of its own), unless
``--bare-steps`` leaves them empty (a caller that records none). The dump holds one
JSON line per document (the whole document); ``--compare`` diffs it line by line:

    .venv/bin/python bench/events_check.py -n 1000 --cache /tmp/ev --dump /tmp/ev/before
    .venv/bin/python bench/events_check.py -n 1000 --cache /tmp/ev --compare /tmp/ev/before

For instruction counts, run it under callgrind with and without ``--skip`` (the step is
built either way; ``--skip`` leaves out only its runs): the difference is the step's.
"""

from __future__ import annotations

import cProfile
import gc
import json
import pickle
import pstats
import sys

import msgspec

from marsad.doc import Document

# run as a script, bench/ is on sys.path
from stepcheck import arg_parser, compare, prepared, time_step

PREP = ("lines", "tokens", "sentences", "entities", "dates", "quotes")


def main(argv: list[str] | None = None) -> int:
    ap = arg_parser(__doc__.split("\n\n")[0], "events")
    ap.add_argument("--bare-steps", action="store_true", help="no step names recorded")
    args = ap.parse_args(argv)
    data = prepared(args.corpus, args.n, args.dated, args.cache, PREP)
    prof = cProfile.Profile() if args.profile else None
    docs: list[Document] = []
    for r in range(args.rounds):
        docs = pickle.loads(data)
        # held documents out of the collector's scans: a streaming run (throughput.py)
        # holds one document at a time, while each full collection here would walk 1000
        gc.freeze()
        if args.bare_steps:
            for doc in docs:
                doc.steps.clear()
        spent = time_step("events", docs, prof, args.skip)
        print(f"round {r + 1}: events {spent:.3f} s CPU, {len(docs)} documents")
    if prof:
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
    if args.skip:
        return 0
    now = [msgspec.json.encode(doc).decode("utf-8") for doc in docs]
    if args.dump:
        args.dump.parent.mkdir(parents=True, exist_ok=True)
        args.dump.write_text("\n".join(now) + "\n", encoding="utf-8")
    if args.compare:
        n_events = sum(len(json.loads(x)["events"]) for x in now)
        return 1 if compare(now, args.compare, f" ({n_events} events)", tail=True) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
