"""The word-frequency lexicon the clitic segmenter consults (built by ``marsad train segmenter``).

Keys are normalised with one fixed set of options (``LEXICON_OPTIONS``), independent
of ``Settings.normalize``, because the shipped counts were built that way.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.errors import Err, MarsadError
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize, table_for

LEXICON_PATH = Path(__file__).resolve().parents[1] / "lang" / "ar" / "wordfreq.tsv.gz"
# Taa marbuta, alef maqsura and hamza carriers are kept: the segmenter must tell
# وحدة (unit) from وحده (alone = وحد + ه). Alef forms are folded: news spells them loosely.
LEXICON_OPTIONS = NormalizeOptions(taa_marbuta=False, alef_maqsura=False, hamza_carriers=False)


def lexicon_key(word: str) -> str:
    """The lookup key of a word (``LEXICON_OPTIONS`` normalisation)."""
    return normalize(word, LEXICON_OPTIONS)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Normalised word -> corpus count. Unknown words count 0."""

    counts: dict[str, int] = field(default_factory=dict)
    table: dict[int, str | None] = field(default_factory=lambda: table_for(LEXICON_OPTIONS))

    def count(self, word: str) -> int:
        return self.counts.get(word.translate(self.table), 0)


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Read a lexicon file once per process (it is a shipped resource, not config)."""
    if not path.exists():
        raise MarsadError(Err.MISSING_RESOURCE, path=path, command="marsad train segmenter")
    counts: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.startswith("#"):
                continue
            word, _, num = line.rstrip("\n").partition("\t")
            if not num.isdigit():
                raise MarsadError(
                    Err.BAD_RESOURCE,
                    path=path,
                    detail=f"line {lineno} is not 'word<TAB>count'",
                    fix="rebuild it with `marsad train segmenter`",
                )
            counts[word] = int(num)
    return Lexicon(counts=counts)
