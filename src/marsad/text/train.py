"""``marsad train segmenter``: count words in an unlabelled news corpus.

The clitic segmenter asks "is what remains after removing a clitic a word of its
own, and is it more common than the unsplit surface?". It answers from a word
frequency lexicon built here from ``../shared/data/news/ant_multisource``. Only
normalised word counts are shipped (never sentences), in
``src/marsad/lang/ar/wordfreq.tsv.gz`` with a provenance header.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import click

from marsad.errors import Err, MarsadError
from marsad.text.lexicon import LEXICON_PATH, lexicon_key
from marsad.text.tokenize import TOKEN_RE

DEFAULT_CORPUS = Path("../shared/data/news/ant_multisource/articles.jsonl.gz")


def iter_texts(path: Path) -> Iterator[str]:
    """Article bodies of a jsonl(.gz) corpus, refusing unreadable records by line."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as fh:
            for lineno, raw in enumerate(fh, 1):
                try:
                    rec = json.loads(raw)
                except json.JSONDecodeError as exc:
                    raise MarsadError(
                        Err.BAD_DATA_FILE,
                        source=f"{path}:{lineno}",
                        kind="jsonl",
                        detail=str(exc),
                        fix="pass a JSON-lines corpus with a 'text' field",
                    ) from None
                yield str(rec.get("title") or "") + "\n" + str(rec.get("text") or "")
    except OSError as exc:
        raise MarsadError(
            Err.BAD_DATA_FILE,
            source=str(path),
            kind="corpus",
            detail=str(exc),
            fix="check the path",
        ) from None


def count_words(texts: Iterable[str]) -> Counter[str]:
    """Normalised counts of Arabic word tokens (the tokenizer's ``word`` kind)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(
            lexicon_key(m.group()) for m in TOKEN_RE.finditer(text) if m.lastgroup == "word"
        )
    return counts


def write_lexicon(counts: Counter[str], out: Path, *, min_count: int, source: str) -> int:
    """Write ``word<TAB>count`` lines, most frequent first, with a ``#`` header."""
    kept = [(w, c) for w, c in counts.most_common() if c >= min_count]
    out.parent.mkdir(parents=True, exist_ok=True)
    header = [
        "# marsad Arabic word-frequency lexicon v1 (normalised word -> count)",
        f"# source: {source} (ANT corpus v2.1, Apache-2.0); word counts only, no text",
        f"# built: {datetime.now(UTC).date().isoformat()} by `marsad train segmenter "
        f"--min-count {min_count}`; {len(kept)} words, {sum(counts.values())} tokens counted",
    ]
    body = "\n".join([*header, *(f"{w}\t{c}" for w, c in kept)]) + "\n"
    # mtime=0 keeps the gzip bytes reproducible for the same counts
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(body.encode("utf-8"))
    return len(kept)


@click.command(name="segmenter")
@click.option(
    "--corpus",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_CORPUS,
    show_default=True,
    help="JSON-lines news corpus (.jsonl or .jsonl.gz) with a 'text' field.",
)
@click.option("--min-count", type=int, default=3, show_default=True)
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=LEXICON_PATH,
    show_default=True,
)
def train_command(corpus: Path, min_count: int, out: Path) -> None:
    """Count words in a news corpus into the segmenter's frequency lexicon."""
    if not corpus.exists():
        raise MarsadError(Err.NOT_FOUND, source=str(corpus))
    counts = count_words(iter_texts(corpus))
    n = write_lexicon(counts, out, min_count=min_count, source=corpus.name)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()[:12]
    click.echo(f"{out}: {n} words (sha256 {digest})")
