"""Word vectors in the learned event-type model: learned from unlabelled text, summed per
sentence in training, folded into a per-word table the scorer adds at inference.

Sentences and the toy corpus are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from marsad.events.learned import (
    FEATURE_VERSION,
    EventTypeModel,
    Featurizer,
    WordTable,
    key,
    load_model,
    save_model,
)
from marsad.events.lexicon import load_resources
from marsad.events.train import (
    ALL_TYPES,
    Example,
    Vectors,
    counts,
    featurize,
    fit,
    predict,
    word_table,
    word_vectors,
)
from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings
from marsad.text.normalize import table_for

BITS = 12


@pytest.fixture(scope="module")
def featurizer() -> Featurizer:
    opts = Settings().normalize
    return Featurizer(BITS, opts, load_resources(opts)[0])


def _toy_corpus() -> list[list[str]]:
    """Two families of words, each used in its own contexts: attack words among
    casualty words, trade words among price words."""
    rng = np.random.default_rng(1)
    attack, casualty = ["هجوم", "تفجير", "قصف"], ["قتلى", "جرحى", "ضحايا", "مصابين"]
    trade, price = ["تجارة", "صادرات", "واردات"], ["أسعار", "سلع", "أسواق", "دولار"]
    out = []
    for _ in range(300):
        for heads, ctx in ((attack, casualty), (trade, price)):
            words = [str(w) for w in rng.choice(ctx, 3)]
            out.append([*words[:2], str(rng.choice(heads)), words[2]])
    return out


def test_words_used_alike_get_near_vectors() -> None:
    vec = word_vectors(_toy_corpus(), dim=2, min_count=2, window=2)
    row = vec.rows()

    def cos(a: str, b: str) -> float:
        va, vb = vec.vectors[row[key(a)]], vec.vectors[row[key(b)]]
        return float(va @ vb)

    assert cos("هجوم", "قصف") > 0.9 > cos("هجوم", "تجارة")


def test_word_vectors_are_the_same_on_every_run() -> None:
    a, b = word_vectors(_toy_corpus(), 2, min_count=2), word_vectors(_toy_corpus(), 2, min_count=2)
    assert np.array_equal(a.keys, b.keys) and np.allclose(a.vectors, b.vectors)


def _examples() -> list[Example]:
    return [
        Example("هجوم على دورية للشرطة.", "d1", {"ASSAULT": 1}, "oeda"),
        Example("ارتفعت أسعار السلع في الأسواق.", "d2", {"ASSAULT": 0}, "oeda"),
    ]


def _vectors() -> Vectors:
    """Vectors of four word forms, keyed by the normalised form (``Token.norm``)."""
    table = table_for(Settings().normalize)
    words = [w.translate(table) for w in ("هجوم", "دورية", "أسعار", "السلع")]
    vecs = np.eye(4, 3, dtype=np.float32)
    return Vectors(np.array([key(w) for w in words], dtype=np.int64), vecs)


def test_featurize_sums_the_vectors_of_the_sentence_words(featurizer: Featurizer) -> None:
    data = featurize(_examples(), featurizer, vectors=_vectors(), scale=0.5)
    assert data.dense is not None
    assert data.dense.tolist() == [[0.5, 0.5, 0.0], [0.0, 0.0, 0.5]]
    # the vector sums are columns after the hashed buckets
    assert counts(data).shape == (2, len(data.vocab) + 3)


def test_the_folded_word_table_scores_as_the_trained_model(
    tmp_path: Path, featurizer: Featurizer
) -> None:
    """Training sees summed vectors; inference adds each word's folded row: the same
    score, also after a round trip through the model file."""
    vectors = _vectors()
    data = featurize(_examples(), featurizer, vectors=vectors, scale=0.5)
    w, b = fit(data, l2=1e-3, epochs=50)
    want = predict(data, w, b)
    full = np.zeros((1 << BITS, len(ALL_TYPES)), dtype=np.float32)
    full[data.vocab] = w[: len(data.vocab)]
    table = word_table(data, w, vectors, 0.5)
    path = tmp_path / "m.npz"
    meta = {"feature_version": FEATURE_VERSION, "bits": BITS, "thresholds": {}}
    save_model(path, ALL_TYPES, full, b, meta, table)
    loaded = load_model(Settings().normalize, featurizer.lexicon, path)
    assert loaded is not None and len(loaded.words.keys) == 4
    pipe = Pipeline(Settings(steps=("lines", "tokens", "sentences")))
    for i, ex in enumerate(_examples()):
        tokens = analyze(ex.text, pipeline=pipe).tokens
        live = EventTypeModel(ALL_TYPES, full, b, {}, featurizer, words=table)
        for model in (live, loaded):
            got = model.scores_tokens(tokens, ("ASSAULT",))["ASSAULT"]
            assert got == pytest.approx(float(want[i, ALL_TYPES.index("ASSAULT")]), abs=2e-3)


def test_a_model_file_without_a_word_table_scores_without_one(
    tmp_path: Path, featurizer: Featurizer
) -> None:
    bias = np.zeros(len(ALL_TYPES), dtype=np.float32)
    path = tmp_path / "old.npz"
    meta = {"feature_version": FEATURE_VERSION, "bits": BITS, "thresholds": {}}
    np.savez_compressed(
        path,
        rows=np.zeros(0, np.int32),
        values=np.zeros((0, len(ALL_TYPES)), np.float16),
        bias=bias,
        types=np.array(ALL_TYPES),
        meta=np.array(json.dumps(meta)),
    )
    model = load_model(Settings().normalize, featurizer.lexicon, path)
    assert model is not None and len(model.words.keys) == 0
    assert WordTable().row("هجوم") is None
