"""KB links over a slice of ANT articles: what the entities step leaves unlinked, and
a dump of every mention to compare two versions or to sample links for reading.

    .venv/bin/python bench/kb_unlinked.py dump --start 12000 --stop 20000 --out /tmp/a.jsonl
    .venv/bin/python bench/kb_unlinked.py unlinked /tmp/a.jsonl --top 150
    .venv/bin/python bench/kb_unlinked.py sample /tmp/a.jsonl -n 60 --seed 7
    .venv/bin/python bench/kb_unlinked.py diff /tmp/a.jsonl /tmp/b.jsonl

One JSON line per mention: article, type, surface, kb_id, actor and its sentence.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from marsad.doc import Document
from marsad.pipeline import Pipeline
from marsad.settings import Settings
from marsad.text.normalize import normalize

CORPUS = Path(__file__).resolve().parents[2] / "shared/data/news/ant_multisource/articles.jsonl.gz"
STEPS = ("lines", "tokens", "sentences", "entities")
TYPES = ("PER", "ORG", "GPE", "LOC")


def articles(start: int, stop: int) -> Iterator[Document]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= stop:
                break
            if i >= start:
                rec = json.loads(line)
                yield Document(text=rec.get("text") or "", id=rec["docno"], published=rec["date"])


def rows(doc: Document) -> Iterator[dict[str, object]]:
    """Entity mentions, then the actor rows (institutions, adjectives) as type ACT."""
    for a in doc.meta.get("actor_mentions", []):
        sent = doc.sentence_at(a["start"])
        yield {
            "doc": doc.id,
            "start": a["start"],
            "type": "ACT",
            "text": a["text"],
            "kb_id": a["kb_id"],
            "actor": a["actor"],
            "sentence": sent.text if sent else "",
        }
    for ent in doc.entities:
        for m in ent.mentions:
            sent = doc.sentences[m.sentence] if m.sentence >= 0 else None
            yield {
                "doc": doc.id,
                "start": m.start,
                "type": ent.type,
                "text": m.text,
                "kb_id": ent.kb_id,
                "actor": ent.actor,
                "sentence": doc.text[sent.start : sent.end] if sent else "",
            }


def dump(args: argparse.Namespace) -> None:
    pipe = Pipeline(Settings(steps=STEPS))
    with open(args.out, "w", encoding="utf-8") as fh:
        for doc in articles(args.start, args.stop):
            for row in rows(pipe(doc)):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def load(path: str) -> list[dict[str, object]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def unlinked(args: argparse.Namespace) -> None:
    data = [r for r in load(args.dump) if r["type"] in TYPES]
    linked = sum(r["kb_id"] is not None for r in data)
    print(f"linked {linked}/{len(data)} = {linked / len(data):.3f}")
    for typ in TYPES:
        part = [r for r in data if r["type"] == typ]
        n = sum(r["kb_id"] is not None for r in part)
        print(f"  {typ} {n}/{len(part)} = {n / max(len(part), 1):.3f}")
    top = Counter((r["type"], normalize(str(r["text"]))) for r in data if r["kb_id"] is None)
    for (typ, text), n in top.most_common(args.top):
        print(f"{n:5} {typ} {text}")


def sample(args: argparse.Namespace) -> None:
    data = [r for r in load(args.dump) if r["type"] in TYPES and r["kb_id"] is not None]
    for r in random.Random(args.seed).sample(data, args.n):
        print(f"{r['type']} {r['text']} -> {r['kb_id']} {r['actor']} | {r['sentence']}\n")


def diff(args: argparse.Namespace) -> None:
    def keyed(path: str) -> dict[tuple[object, ...], dict[str, object]]:
        return {(r["doc"], r["start"], r["type"] == "ACT"): r for r in load(path)}

    old, new = keyed(args.old), keyed(args.new)
    changed = 0
    for k in sorted(set(old) | set(new), key=str):
        a, b = old.get(k), new.get(k)
        fields = ("type", "text", "kb_id", "actor")
        if a and b and all(a[f] == b[f] for f in fields):
            continue
        changed += 1
        show = [f"{r['type']} {r['text']} {r['kb_id']} {r['actor']}" if r else "-" for r in (a, b)]
        print(f"{k[0]} | {show[0]}  =>  {show[1]} | {(b or a or {}).get('sentence')}\n")
    print(f"changed {changed}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(required=True)
    p = sub.add_parser("dump")
    p.add_argument("--start", type=int, default=12000)
    p.add_argument("--stop", type=int, default=20000)
    p.add_argument("--out", required=True)
    p.set_defaults(func=dump)
    p = sub.add_parser("unlinked")
    p.add_argument("dump")
    p.add_argument("--top", type=int, default=150)
    p.set_defaults(func=unlinked)
    p = sub.add_parser("sample")
    p.add_argument("dump")
    p.add_argument("-n", type=int, default=60)
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(func=sample)
    p = sub.add_parser("diff")
    p.add_argument("old")
    p.add_argument("new")
    p.set_defaults(func=diff)
    args = ap.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
