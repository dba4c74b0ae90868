"""``marsad train segmenter`` counts words of a corpus into a lexicon."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from click.testing import CliRunner

from marsad.errors import MarsadError
from marsad.text.lexicon import load_lexicon
from marsad.text.train import train_command


def _corpus(path: Path, texts: list[str]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"docno": str(i), "title": "", "text": text}) + "\n")
    return path


def test_lexicon_counts_normalised_words(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl.gz", ["قال الوزير إن الوزير سافر", "قال الرئيس"] * 3)
    out = tmp_path / "freq.tsv.gz"
    result = CliRunner().invoke(
        train_command, ["--corpus", str(corpus), "--out", str(out), "--min-count", "2"]
    )
    assert result.exit_code == 0, result.output
    lex = load_lexicon(out)
    assert lex.count("الوزير") == 6
    assert lex.count("قال") == 6
    assert lex.count("سافر") == 3


def test_lexicon_keeps_only_words_above_min_count(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl.gz", ["مرة واحدة", "مرة"])
    out = tmp_path / "freq.tsv.gz"
    CliRunner().invoke(
        train_command, ["--corpus", str(corpus), "--out", str(out), "--min-count", "2"]
    )
    lex = load_lexicon(out)
    assert lex.count("مرة") == 2
    assert lex.count("واحدة") == 0


def test_broken_corpus_record_is_a_coded_error(tmp_path: Path) -> None:
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(
        train_command, ["--corpus", str(corpus), "--out", str(tmp_path / "o.tsv.gz")]
    )
    assert isinstance(result.exception, MarsadError)
    assert "bad.jsonl:1" in str(result.exception)


def test_shipped_lexicon_has_a_provenance_header() -> None:
    from marsad.text.lexicon import LEXICON_PATH

    with gzip.open(LEXICON_PATH, "rt", encoding="utf-8") as fh:
        header = [next(fh) for _ in range(3)]
    assert all(line.startswith("#") for line in header)
    assert "marsad train segmenter" in "".join(header)
