"""The event model's shortcuts give what the plain computation gives.

Sentences are written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.events.learned import EventTypeModel, Featurizer, key
from marsad.events.lexicon import load_resources
from marsad.events.train import ALL_TYPES
from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings

BITS = 12
_SENTENCES = (
    "خرج المتظاهرون إلى الشوارع وقصفت الطائرات مواقع المسلحين في 2019.",
    "قال الوزير إن 12 شخصا قتلوا، ونددت الحكومة بالهجوم على السفارة.",
)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(steps=("lines", "tokens", "sentences")))


@pytest.fixture(scope="module")
def featurizer() -> Featurizer:
    opts = Settings().normalize
    return Featurizer(BITS, opts, load_resources(opts)[0])


@pytest.mark.parametrize("text", _SENTENCES)
def test_word_types_are_the_trigger_kinds_of_the_word(
    pipe: Pipeline, featurizer: Featurizer, text: str
) -> None:
    for tok in analyze(text, pipeline=pipe).tokens:
        if tok.kind == "word":
            types = featurizer.word_types(tok.norm)
            assert tuple(key("|" + t) for t in types) == featurizer.word_kinds(tok)


def test_the_sentences_read_trigger_types(pipe: Pipeline, featurizer: Featurizer) -> None:
    read = {
        t
        for text in _SENTENCES
        for tok in analyze(text, pipeline=pipe).tokens
        for t in featurizer.word_types(tok.norm)
    }
    assert {"PROTEST", "ASSAULT"} <= read


@pytest.mark.parametrize("text", _SENTENCES)
def test_scores_are_the_same_cold_and_warm_and_match_the_dense_sum(
    pipe: Pipeline, featurizer: Featurizer, text: str
) -> None:
    rng = np.random.default_rng(7)
    weights = rng.normal(size=(1 << BITS, len(ALL_TYPES))).astype(np.float32)
    weights[rng.random(1 << BITS) < 0.5] = 0.0  # buckets with no weight are skipped
    bias = rng.normal(size=len(ALL_TYPES)).astype(np.float32)
    model = EventTypeModel(ALL_TYPES, weights, bias, {}, featurizer)
    tokens = analyze(text, pipeline=pipe).tokens
    kinds = ("ASSAULT", "PROTEST")
    cold = model.scores_tokens(tokens, kinds)
    assert model.scores_tokens(tokens, kinds) == cold  # memoised: the very same floats
    cols = [ALL_TYPES.index(k) for k in kinds]
    ids = featurizer.ids(tokens)
    dense = bias[cols].astype(np.float64) + weights[ids][:, cols].astype(np.float64).sum(axis=0)
    want = 1.0 / (1.0 + np.exp(-np.clip(dense, -30, 30)))
    assert [cold[k] for k in kinds] == pytest.approx(want.tolist(), rel=1e-9)
