"""The tagger computes the softmax confidence of the named (not O) rows and the row
before each alone: each must be the float the whole document's softmax gives it."""

from __future__ import annotations

import numpy as np

from marsad.entities.crf import NerTagger


def whole_softmax(em: np.ndarray, path: list[int]) -> list[float]:
    ex = np.exp(em - em.max(axis=1, keepdims=True))
    return (ex[np.arange(len(path)), path] / ex.sum(axis=1)).tolist()


def test_named_rows_get_the_whole_softmax_floats() -> None:
    rng = np.random.default_rng(11)
    labels = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
    for n in (1, 2, 7, 40, 333):
        for scale in (0.1, 3.0, 300.0):
            em = (rng.normal(size=(n, len(labels))) * scale).astype(np.float32)
            path = rng.integers(0, len(labels), size=n).tolist()
            tags = [labels[k] for k in path]
            named, conf = NerTagger._confidences(em, path, tags)
            want = [
                i for i, t in enumerate(tags) if t != "O" or tags[i + 1 : i + 2] not in ([], ["O"])
            ]
            assert named == want
            full = whole_softmax(em, path)
            assert conf == [full[i] for i in named]


def test_no_named_row_computes_nothing() -> None:
    em = np.zeros((3, 9), dtype=np.float32)
    assert NerTagger._confidences(em, [0, 0, 0], ["O", "O", "O"]) == ([], [])
