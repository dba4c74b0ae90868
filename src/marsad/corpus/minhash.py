"""MinHash signatures stored with each article (computed in the workers).

Two signatures share one blob: word 3-shingles (copies and light edits) and content
words of the title and lead (the same story reworded by another newsroom).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import itertools
import sys
from functools import lru_cache
from typing import TYPE_CHECKING, cast

import numpy as np

from marsad.settings import NormalizeOptions
from marsad.store.fts import search_text, stem

if TYPE_CHECKING:
    from datasketch import MinHash

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


def _load_submodule(name: str, where: list[str]) -> None:
    """Execute one file of a package under its own name without the package's __init__."""
    spec = importlib.machinery.PathFinder.find_spec(name, where)
    if spec is None or spec.loader is None:
        raise ImportError(name)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise


@lru_cache(maxsize=1)
def _minhash_class() -> type[MinHash]:
    """datasketch's ``MinHash``, loaded without the rest of datasketch where it can be.

    ``import datasketch`` runs a package __init__ that imports every sketch, and its LSH
    module imports scipy.integrate (with scipy.special, linalg, optimize): about 0.3 s of
    CPU in each pool or Dask worker, which only needs MinHash. ``datasketch/minhash.py``
    needs only numpy and ``datasketch/hashfunc.py``, so those two files are run as the
    modules ``datasketch.hashfunc`` and ``datasketch.minhash``: a later ``import datasketch``
    (dedup, in the parent) reuses them, so there is one MinHash class in a process.
    Its one trace: that package object then lacks the attributes ``minhash`` and
    ``hashfunc`` (``from datasketch.minhash import ...`` still works).
    """
    loaded = sys.modules.get("datasketch")
    if loaded is None:
        spec = importlib.util.find_spec("datasketch")  # finds the package; runs nothing
        where = list(spec.submodule_search_locations or []) if spec is not None else []
        try:
            for name in ("datasketch.hashfunc", "datasketch.minhash"):
                if name not in sys.modules:
                    _load_submodule(name, where)
            return cast("type[MinHash]", sys.modules["datasketch.minhash"].MinHash)
        except (ImportError, AttributeError):  # another layout: the ordinary import
            pass
    from datasketch import MinHash

    return MinHash


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # Building permutations costs more than hashing an article: build them once.
    return _minhash_class()(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations  # type: ignore[no-any-return]


def _sig(tokens: set[bytes]) -> np.ndarray:
    m = _minhash_class()(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme=SCHEME)
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
    cls = _minhash_class()
    a = cls(num_perm=NUM_PERM, seed=SEED, hashvalues=arr[:NUM_PERM], scheme=SCHEME)
    b = cls(num_perm=NUM_PERM, seed=SEED, hashvalues=arr[NUM_PERM:], scheme=SCHEME)
    return a, b


def pairs(ids: list[int]) -> itertools.combinations[tuple[int, int]]:
    return itertools.combinations(sorted(ids), 2)
