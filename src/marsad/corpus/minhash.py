"""MinHash signatures stored with each article (computed in the workers).

Two signatures share one blob: word 3-shingles (copies and light edits) and content
words of the title and lead (the same story reworded by another newsroom).
"""

from __future__ import annotations

import itertools
from functools import lru_cache

import numpy as np
from datasketch import MinHash

from marsad.settings import NormalizeOptions
from marsad.store.fts import search_text, stem

NUM_PERM = 64
SEED = 7
SCHEME = "affine32"  # 32-bit values: the stored blob is uint32
LEAD_WORDS = 80
# Function words carry no story identity; they are dropped from the lead set.
STOP = frozenset(
    stem(w)
    for w in [
        "في",
        "من",
        "علي",
        "الي",
        "عن",
        "مع",
        "ان",
        "او",
        "ما",
        "لا",
        "هذا",
        "هذه",
        "ذلك",
        "التي",
        "الذي",
        "الذين",
        "كان",
        "كانت",
        "قد",
        "وقد",
        "لم",
        "لن",
        "بين",
        "بعد",
        "قبل",
        "حتي",
        "عند",
        "كل",
        "منذ",
        "خلال",
        "الا",
        "اذا",
        "ثم",
        "و",
        "ف",
        "ب",
        "ل",
        "هو",
        "هي",
        "هم",
        "انه",
        "انها",
        "يوم",
        "اليوم",
    ]
)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # Building permutations costs more than hashing an article: build them once.
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations  # type: ignore[no-any-return]


def _sig(tokens: set[bytes]) -> np.ndarray:
    m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme=SCHEME)
    if tokens:
        m.update_batch(list(tokens))
    return m.hashvalues.astype(np.uint32)


def signature(title: str | None, text: str, opts: NormalizeOptions) -> bytes:
    return signature_words(search_text(title or "", opts).split(), search_text(text, opts).split())


def signature_words(title_words: list[str], words: list[str]) -> bytes:
    """Shingle and lead signatures from index words (``fts.search_text``)."""
    words = words[:20000]
    shingles = {" ".join(g).encode() for g in zip(words, words[1:], words[2:], strict=False)}
    lead = title_words + words[:LEAD_WORDS]
    content = {w.encode() for w in lead if w not in STOP and len(w) > 1}
    return np.concatenate([_sig(shingles), _sig(content)]).tobytes()


def unpack(blob: bytes) -> tuple[MinHash, MinHash]:
    """The (shingle, lead) MinHashes of a stored signature blob."""
    arr = np.frombuffer(blob, dtype=np.uint32)
    a = MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=arr[:NUM_PERM], scheme=SCHEME)
    b = MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=arr[NUM_PERM:], scheme=SCHEME)
    return a, b


def pairs(ids: list[int]) -> itertools.combinations[tuple[int, int]]:
    return itertools.combinations(sorted(ids), 2)
