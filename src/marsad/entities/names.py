"""The training-data name lexicon: words ANERcorp train mostly writes inside names.

A CRF feature (``nl=PERS``) says a word is known as (part of) a name of that type.
Trained on the lexicon of the whole training set the feature would only repeat the
word's own identity features, so training uses cross-fold dropout: the sentences of
each fold see the lexicon built from the other folds only, and the weight learnt is
that of "a name seen in other articles". At run time the lexicon of all of train
(``names.tsv`` beside the model) is used. Only words and type labels are kept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from marsad.errors import Err, MarsadError

NAMES_FILE = "names.tsv"
MIN_SHARE = 0.5  # of a word's occurrences, inside a name of the type
MIN_LEN = 2  # shorter stems (clitic debris) are left out

Names = dict[str, tuple[str, ...]]


def build_names(sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> Names:
    """Lexicon from ``(bare stems, BIO tags)`` sentences: each word with the types it
    is tagged with in at least ``MIN_SHARE`` of its occurrences."""
    seen: Counter[str] = Counter()
    typed: dict[str, Counter[str]] = defaultdict(Counter)
    for words, tags in sentences:
        for word, tag in zip(words, tags, strict=True):
            if len(word) < MIN_LEN:
                continue
            seen[word] += 1
            if tag != "O":
                typed[word][tag[2:]] += 1
    out: Names = {}
    for word, counts in typed.items():
        kinds = tuple(sorted(t for t, n in counts.items() if n >= MIN_SHARE * seen[word]))
        if kinds:
            out[word] = kinds
    return out


def save_names(names: Names, path: Path) -> None:
    lines = ["# marsad NER name lexicon: word<TAB>types (built by `marsad train ner`)"]
    lines += [f"{w}\t{','.join(ts)}" for w, ts in sorted(names.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_names(path: Path) -> Names:
    """``word<TAB>TYPE,TYPE``; a missing file means no lexicon features."""
    if not path.is_file():
        return {}
    out: Names = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        word, sep, kinds = line.partition("\t")
        if not sep or not kinds:
            raise MarsadError(
                Err.BAD_DATA_FILE,
                source=f"{path}:{n}",
                kind="NER name lexicon",
                detail=f"expected `word<TAB>TYPES`, got {line[:60]!r}",
                fix="rebuild it with `marsad train ner`",
            )
        out[word] = tuple(kinds.split(","))
    return out
