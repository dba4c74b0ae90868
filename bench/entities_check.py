"""The entities step over N ANT articles: its CPU time and a dump of its output, to
check that a change meant to make the step cheaper changes nothing.

The text layer (lines, tokens, sentences) runs once (the prepared documents can be kept
in a pickle with ``--cache``, so that a later run skips them); then the entities step
runs over them, timed by ``process_time``. The dump holds one JSON line per document:
its ``entities`` and its ``meta`` (actor rows, MISC rows); ``--compare`` diffs it with
an earlier dump, line by line:

    .venv/bin/python bench/entities_check.py -n 1000 --cache /tmp/ent --dump /tmp/ent/before
    .venv/bin/python bench/entities_check.py -n 1000 --cache /tmp/ent --compare /tmp/ent/before

``--dated`` gives each article its publication date (``bench/throughput.py`` gives none).
"""

from __future__ import annotations

import cProfile
import gc
import pickle
import pstats
import sys

import msgspec

from marsad.doc import Document

# run as a script, bench/ is on sys.path
from stepcheck import arg_parser, compare, prepared, time_step

PREP = ("lines", "tokens", "sentences")


def dump_line(doc: Document) -> str:
    """What the step writes: the document's entities and meta."""
    return msgspec.json.encode({"entities": doc.entities, "meta": doc.meta}).decode("utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = arg_parser(__doc__.split("\n\n")[0], "entities")
    args = ap.parse_args(argv)
    data = prepared(args.corpus, args.n, args.dated, args.cache, PREP)
    prof = cProfile.Profile() if args.profile else None
    docs: list[Document] = []
    for r in range(args.rounds):
        docs = pickle.loads(data)
        gc.freeze()  # held documents out of the collector's scans, as when streaming
        spent = time_step("entities", docs, prof, args.skip)
        print(f"round {r + 1}: entities {spent:.3f} s CPU, {len(docs)} documents")
    if prof:
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
    if args.skip:
        return 0
    now = [dump_line(doc) for doc in docs]
    if args.dump:
        args.dump.parent.mkdir(parents=True, exist_ok=True)
        args.dump.write_text("\n".join(now) + "\n", encoding="utf-8")
    if args.compare:
        return 1 if compare(now, args.compare) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
