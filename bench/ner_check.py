"""The text layer and entities step over N ANT articles: a dump of everything they
produce, to check that a change meant to make them faster changes nothing.

Per article it writes the tokens and their words (offsets, normal form, kind, role),
the sentences, every entity (type, KB id, actor code, confidence, mention spans) and
the ``actor_mentions`` / ``misc_mentions`` rows. Run it before and after a change and
compare:

    .venv/bin/python bench/ner_check.py -n 1500 --dump /tmp/ner-before.jsonl
    .venv/bin/python bench/ner_check.py -n 1500 --compare /tmp/ner-before.jsonl

To compare against an older copy of some modules without touching the working tree,
run the "before" side with ``PYTHONPATH`` pointing at a copy of ``src`` that holds the
old files. Each article keeps its publication date, so actor codes are resolved.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import msgspec

from marsad.doc import Document
from marsad.entities.steps import ACTOR_META, MISC_META
from marsad.pipeline import Pipeline
from marsad.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "shared/data/news/ant_multisource/articles.jsonl.gz"
STEPS = ("lines", "tokens", "sentences", "entities")


def read(path: Path, n: int) -> Iterator[Document]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            rec = json.loads(line)
            yield Document(
                text=rec.get("text") or "", id=rec.get("docno"), published=rec.get("date")
            )


def record(doc: Document) -> dict[str, object]:
    """What the text layer and the entities step produced for one article."""
    return {
        "id": doc.id,
        "tokens": [
            [t.start, t.end, t.norm, t.kind, [[w.start, w.end, w.form, w.role] for w in t.words]]
            for t in doc.tokens
        ],
        "sentences": [[s.start, s.end, s.token_start, s.token_end] for s in doc.sentences],
        "entities": [
            [
                e.type,
                e.kb_id,
                e.actor,
                e.name,
                repr(e.confidence),
                [[m.start, m.end, m.form] for m in e.mentions],
            ]
            for e in doc.entities
        ],
        "actors": doc.meta.get(ACTOR_META, []),
        "misc": doc.meta.get(MISC_META, []),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=1500, help="number of articles (default 1500)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    out = ap.add_mutually_exclusive_group(required=True)
    out.add_argument("--dump", type=Path, help="write the output to this file")
    out.add_argument("--compare", type=Path, help="compare the output with this dump")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: corpus not found (pass --corpus)", file=sys.stderr)
        return 1
    pipe = Pipeline(Settings(steps=STEPS))
    t0 = time.process_time()
    rows = [msgspec.json.encode(record(pipe(doc))).decode() for doc in read(args.corpus, args.n)]
    print(f"{len(rows)} articles in {time.process_time() - t0:.2f} CPU s", file=sys.stderr)
    if args.dump:
        args.dump.write_text("\n".join(rows) + "\n", encoding="utf-8")
        return 0
    before = args.compare.read_text(encoding="utf-8").splitlines()
    differ = [i for i, (a, b) in enumerate(zip(before, rows, strict=False)) if a != b]
    if len(before) != len(rows):
        print(f"article count differs: {len(before)} before, {len(rows)} now")
    for i in differ[:10]:
        print(f"differs: article {i} ({json.loads(rows[i])['id']})")
    print(f"{len(rows)} articles compared, {len(differ)} differ")
    return 1 if differ or len(before) != len(rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
