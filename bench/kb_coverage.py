"""How much of what annotators marked the KB can find: a recall ceiling for KB matching.

Two development sets, read from ../shared at run time (never test splits):
- gold/dev articles: share of gold entity mentions (non-optional) that equal the text or
  restored form of a KB match in the tokenised article;
- ANERcorp train: share of LOC/ORG/PERS entities that the KB matches exactly.

    .venv/bin/python bench/kb_coverage.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from marsad.doc import Document
from marsad.kb.loader import KB, load_kb
from marsad.pipeline import Pipeline
from marsad.settings import Settings
from marsad.text.normalize import normalize

SHARED = Path(__file__).resolve().parents[2] / "shared"


def gold_dev(kb: KB, pipe: Pipeline) -> Counter[str]:
    tally: Counter[str] = Counter()
    for path in sorted((SHARED / "gold" / "dev").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = gold.get("text") or (path.parent / gold["text_file"]).read_text(encoding="utf-8")
        doc = pipe(Document(text=text, id=gold["id"]))
        found = set()
        for m in kb.match(doc):
            found |= {normalize(m.form), normalize(doc.text[m.start : m.end])}
        for ent in gold["entities"]:
            if ent.get("optional"):
                continue
            for mention in ent["mentions"]:
                tally[ent["type"] + " total"] += 1
                tally[ent["type"] + " found"] += normalize(mention) in found
    return tally


def anercorp_entities(path: Path) -> Counter[tuple[str, str]]:
    ents: Counter[tuple[str, str]] = Counter()
    cur: list[str] = []
    kind = ""
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        tag = parts[-1] if len(parts) >= 2 else "O"
        if tag.startswith("I-") and cur:
            cur.append(parts[0])
            continue
        if cur:
            ents[(kind, " ".join(cur))] += 1
        cur, kind = ([parts[0]], tag[2:]) if tag.startswith("B-") else ([], "")
    return ents


def anercorp(kb: KB) -> Counter[str]:
    tally: Counter[str] = Counter()
    for (kind, text), n in anercorp_entities(SHARED / "data/ner/anercorp/train.txt").items():
        matches = kb.match_text(text)
        whole = len(matches) == 1 and matches[0].end == len(text) and matches[0].start <= 1
        tally[kind + " total"] += n
        tally[kind + " found"] += n * whole
    return tally


def report(title: str, tally: Counter[str]) -> None:
    print(title)
    for kind in sorted({k.split()[0] for k in tally}):
        total, found = tally[kind + " total"], tally[kind + " found"]
        print(f"  {kind:7} {found:5}/{total:<5} {found / total:.3f}")


def main() -> None:
    settings = Settings(steps=("lines", "tokens", "sentences"))
    kb = load_kb(settings)
    report("gold/dev mentions found by KB matching", gold_dev(kb, Pipeline(settings)))
    report("ANERcorp train entities matched whole by the KB", anercorp(kb))


if __name__ == "__main__":
    main()
