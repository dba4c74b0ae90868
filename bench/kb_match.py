"""KB matching speed over the first N articles of the ANT corpus.

Tokenises each article once with the text layer (not timed), then times
``KB.match(doc)`` alone in CPU time (the machine is shared) and reports the mean per
article, per 250 words and the matches found. Also times building the KB.

    .venv/bin/python bench/kb_match.py -n 2000
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from marsad.doc import Document
from marsad.kb.loader import build_kb, packaged_files
from marsad.pipeline import Pipeline
from marsad.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "shared/data/news/ant_multisource/articles.jsonl.gz"


def read_docs(path: Path, n: int, pipe: Pipeline) -> list[Document]:
    docs: list[Document] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if len(docs) >= n:
                break
            text = json.loads(line).get("text") or ""
            if text.strip():
                docs.append(pipe(Document(text=text)))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the articles")
    args = parser.parse_args()
    settings = Settings(steps=("lines", "tokens", "sentences"))
    t0 = time.process_time()
    kb = build_kb(packaged_files(), settings.normalize)
    build_s = time.process_time() - t0
    docs = read_docs(CORPUS, args.n, Pipeline(settings))
    words = sum(sum(1 for t in d.tokens if t.kind == "word") for d in docs)
    matches = sum(len(kb.match(d)) for d in docs)  # warm the per-token cache
    t0 = time.process_time()
    for _ in range(args.repeat):
        for d in docs:
            kb.match(d)
    cpu = (time.process_time() - t0) / args.repeat
    print(f"KB build: {len(kb.entries)} entries in {build_s:.2f} s CPU")
    print(f"articles: {len(docs)}, Arabic word tokens: {words} ({words / len(docs):.0f}/article)")
    print(f"matches: {matches} ({matches / len(docs):.1f}/article)")
    print(
        f"match CPU: {cpu * 1e3 / len(docs):.3f} ms/article, {cpu * 1e3 * 250 / words:.3f} ms/250 words"
    )
    print(f"throughput: {len(docs) / cpu:.0f} articles/s (matching only, one core)")


if __name__ == "__main__":
    main()
