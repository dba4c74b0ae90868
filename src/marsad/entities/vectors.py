"""Dense distributional word vectors as real-valued CRF features.

The vectors are the SVD behind ``clusters.tsv`` (positive PMI of left/right
neighbours over the ANT news corpus), cut to the leading dimensions and scaled to a
fixed length. A word (bare stem) gives its own vector to itself (``e0``.. ``eN``)
and to its neighbours at ``DENSE_OFFSETS`` (``-1e0``..), each dimension a feature
whose value is the vector's component. Clusters say "this word is like those";
the vector says how much, so a rare name near several clusters still gets a
graded signal. Only the word -> numbers table is shipped, no corpus text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from marsad.errors import Err, MarsadError

VECTORS_FILE = "vectors.npz"
DENSE_OFFSETS = (-1, 1)


def dense_names(dims: int) -> list[list[str]]:
    """Feature names per slot: own (``e{d}``), then each offset in ``DENSE_OFFSETS``."""
    own = [f"e{d}" for d in range(dims)]
    return [own, *([f"{o}{f}" for f in own] for o in DENSE_OFFSETS)]


@dataclass(slots=True)
class WordVectors:
    """Word -> row of ``x`` (float32, ``(words, dims)``)."""

    index: dict[str, int]
    x: np.ndarray

    @property
    def dims(self) -> int:
        return int(self.x.shape[1])

    def get(self, word: str) -> np.ndarray | None:
        k = self.index.get(word)
        return None if k is None else self.x[k]

    def features(self, words: list[str]) -> list[dict[str, float]]:
        """Real-valued features of a sentence of bare stems (training side)."""
        names = dense_names(self.dims)
        vecs = [self.get(w) for w in words]
        out: list[dict[str, float]] = []
        n = len(words)
        for i in range(n):
            f: dict[str, float] = {}
            for slot, off in enumerate((0, *DENSE_OFFSETS)):
                j = i + off
                v = vecs[j] if 0 <= j < n else None
                if v is not None:
                    f.update(zip(names[slot], v.tolist(), strict=True))
            out.append(f)
        return out

    def save(self, path: Path) -> None:
        words = sorted(self.index, key=self.index.__getitem__)
        np.savez_compressed(
            path,
            words=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
            # int8 with one scale: a few MB instead of tens (``from_svd`` rounds the
            # same way, so the CRF is trained on the values shipped)
            q=np.round(self.x / _step(self.x)).astype(np.int8),
            step=np.float32(_step(self.x)),
        )

    @classmethod
    def load(cls, path: Path) -> WordVectors | None:
        """The shipped vectors; ``None`` when the file is missing (no dense features)."""
        if not path.is_file():
            return None
        try:
            with np.load(path, allow_pickle=False) as data:
                words = data["words"].tobytes().decode("utf-8").split("\n")
                x = data["q"].astype(np.float32) * np.float32(data["step"])
        except (OSError, ValueError, KeyError) as exc:
            raise MarsadError(
                Err.BAD_RESOURCE, path=str(path), detail=str(exc), fix="run `marsad train ner`"
            ) from None
        return cls({w: i for i, w in enumerate(words)}, x)


def _step(x: np.ndarray) -> float:
    """The int8 quantum: the largest component maps to 127."""
    return float(np.abs(x).max() / 127) or 1.0


def from_svd(
    words: list[str], u: np.ndarray, s: np.ndarray, dims: int, length: float
) -> WordVectors:
    """Vectors from an SVD (columns in any order): the ``dims`` leading components,
    ``u * sqrt(s)``, each row scaled to ``length`` and rounded as shipped."""
    order = np.argsort(-s)[:dims]
    x = u[:, order] * np.sqrt(s[order])
    x *= length / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    step = np.float32(_step(x))
    x = (np.round(x / step).astype(np.float32) * step).astype(np.float32)
    return WordVectors({w: i for i, w in enumerate(words)}, x)
