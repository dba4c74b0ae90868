"""The window MLP tagger: gradients against finite differences, training on a toy
set, the file round trip and the CRF + MLP decode."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from marsad.entities.lexicon import Triggers
from marsad.entities.mlp import (
    Batch,
    MlpFeaturizer,
    MlpModel,
    MlpWeights,
    char_ngrams,
    forward,
    loss_and_grads,
    make_batch,
    window_neighbours,
    with_zero_row,
)
from marsad.entities.vectors import WordVectors


def _toy_batch(rng: np.random.Generator, n_emb: int, vec_dims: int) -> Batch:
    lengths = [3, 1, 4]
    n = sum(lengths)
    feats = [sorted(rng.choice(n_emb, size=3, replace=False).tolist()) for _ in range(n)]
    vectors = with_zero_row(rng.standard_normal((5, vec_dims))).astype(np.float64)
    vrows = rng.integers(-1, 5, size=n)
    return make_batch(feats, vrows, vectors, lengths, rng.integers(0, 4, size=n))


def _weights64(n_emb: int, char_dims: int, dims: int, seed: int) -> MlpWeights:
    w = MlpWeights.init(n_emb, char_dims, dims, 6, 4, seed)
    rng = np.random.default_rng(seed + 1)
    for name in w.names():
        p = getattr(w, name).astype(np.float64)
        p += rng.standard_normal(p.shape) * 0.3  # non-zero embeddings, pad and biases
        setattr(w, name, p)
    return w


def test_gradients_match_finite_differences() -> None:
    rng = np.random.default_rng(0)
    n_emb, char_dims, vec_dims = 12, 3, 2
    b = _toy_batch(rng, n_emb, vec_dims)
    w = _weights64(n_emb, char_dims, vec_dims + char_dims, 3)
    _, g = loss_and_grads(w, b, forward(w, b))
    eps = 1e-6
    for name in w.names():
        p = getattr(w, name)
        grad = np.zeros_like(p)
        if name == "emb":
            grad[b.cols] = g["emb"]
        else:
            grad = g[name]
        for idx in list(np.ndindex(p.shape))[:40]:
            old = p[idx]
            p[idx] = old + eps
            up, _ = loss_and_grads(w, b, forward(w, b))
            p[idx] = old - eps
            down, _ = loss_and_grads(w, b, forward(w, b))
            p[idx] = old
            assert (up - down) / (2 * eps) == pytest.approx(grad[idx], abs=1e-6), (name, idx)


def test_window_stays_inside_sentence() -> None:
    nbr = window_neighbours([2, 3])
    # token 0: no left neighbours, right neighbour 1, nothing past its sentence
    assert nbr[0].tolist() == [5, 5, 0, 1, 5]
    assert nbr[3].tolist() == [5, 2, 3, 4, 5]


def test_char_ngrams_mark_boundaries() -> None:
    grams = char_ngrams("سمير")
    assert "<س" in grams and "ير>" in grams and "<سمير>" in grams


def _featurizer() -> MlpFeaturizer:
    triggers = Triggers(frozenset(), frozenset(), frozenset(), {}, 1)
    vectors = WordVectors({"a": 0}, np.ones((1, 2), np.float32))
    return MlpFeaturizer(64, {}, triggers, {}, vectors)


def test_training_fits_a_toy_set_and_round_trips(tmp_path: Path) -> None:
    from marsad.entities.features import TokView
    from marsad.entities.mlp import MlpConfig
    from marsad.entities.mlp_train import LABELS, Prepared, train_mlp

    def v(word: str) -> TokView:
        return TokView(word, word, word, "", False, "lat")

    # our own toy pattern: a capitalised-like word after "mr" is a person
    sents = [["mr", "zed", "went"], ["mr", "kol", "ran"], ["we", "went"], ["mr", "zed"]]
    tags = [["O", "B-PERS", "O"], ["O", "B-PERS", "O"], ["O", "O"], ["O", "B-PERS"]]
    data = Prepared(
        [[] for _ in sents],
        [[v(x) for x in s] for s in sents],
        [[[] for _ in s] for s in sents],
        tags,
    )
    cfg = MlpConfig(buckets=64, char_dims=4, hidden=8, dropout=0.0, lr=0.05, epochs=60, batch=2)
    model = train_mlp(data, _featurizer(), cfg)
    lp = model.log_probs([v("mr"), v("zed")], [[], []], [2])
    assert LABELS[int(lp[1].argmax())] == "B-PERS"
    path = tmp_path / "mlp.npz"
    model.save(path)
    again = MlpModel.load(path, model.featurizer.triggers, {})
    lp2 = again.log_probs([v("mr"), v("zed")], [[], []], [2])
    assert np.abs(lp2 - lp).max() < 0.05  # int8 storage of the embeddings


def test_cached_scores_equal_the_training_forward() -> None:
    from marsad.entities.features import TokView
    from marsad.entities.mlp import MlpConfig
    from marsad.entities.mlp_train import LABELS

    feat = _featurizer()
    feat.grow = True
    words = ["ab", "a", "abc", "b", "ab", "c"]
    views = [TokView(w, w, w, "", False, "lat") for w in words]
    gaz = [[], ["B-PERS"], [], [], ["B-LOC", "B-ORG"], []]
    feat.rows(views, gaz)  # registers the indicators
    feat.grow = False
    cfg = MlpConfig(buckets=64, char_dims=4, hidden=8)
    w = MlpWeights.init(64 + len(feat.indicators), 4, 6, 8, len(LABELS), 1)
    rng = np.random.default_rng(2)
    w.emb += rng.standard_normal(w.emb.shape).astype(np.float32)
    w.pad += 1.0
    model = MlpModel(w, list(LABELS), feat, with_zero_row(feat.vectors.x))
    assert cfg.hidden == w.b1.shape[0]
    slow = model.log_probs(views, gaz, [2, 1, 3])
    fast = model.scores(views, gaz, np.array([0, 0, 1, 2, 2, 2]))
    assert np.abs(slow - fast).max() < 1e-4
    again = model.scores(views[::-1], gaz[::-1], np.array([0, 0, 0, 1, 2, 2]))  # cached rows
    assert np.abs(again - model.log_probs(views[::-1], gaz[::-1], [3, 1, 2])).max() < 1e-4


STACK_TOY = """\
زار B-PERS
سامر I-PERS
مدينة O
حلب B-LOC
. O

قال O
سامر B-PERS
إن O
حمص B-LOC
جميلة O

وصل O
رامي B-PERS
إلى O
حلب B-LOC

سافر O
رامي B-PERS
إلى O
حمص B-LOC
"""


def test_stacked_training_and_run_time_emissions_agree(tmp_path: Path) -> None:
    from marsad.entities.crf import NerTagger, tokens_from_surfaces
    from marsad.entities.mlp import MLP_FILE
    from marsad.entities.mlp_train import add_stacked
    from marsad.entities.train import train_command
    from marsad.settings import Settings
    from marsad.text.steps import TextLayer

    data = tmp_path / "toy.txt"
    data.write_text(STACK_TOY, encoding="utf-8")
    svd = tmp_path / "svd.npz"
    rng = np.random.default_rng(4)
    np.savez(svd, words=np.array(["سامر", "حلب", "قال"]), u=rng.random((3, 64)), s=np.ones(64))
    out = tmp_path / "model"
    args = ["--data", str(data), "--out", str(out), "--no-kb", "--iterations", "20"]
    stack = ["--mlp-folds", "2", "--svd", str(svd), "--c1", "0"]  # no L1: keep small weights
    train_command.main([*args, *stack], standalone_mode=False)
    assert (out / MLP_FILE).is_file()
    settings = Settings()
    tagger = NerTagger.load(settings, directory=out)
    assert tagger.mlp is not None and tagger.mlp_weight == 0.0
    assert tagger.weights.stacked(tagger.mlp.labels) is not None
    toks = tokens_from_surfaces(
        ["قال", "رامي", "إن", "حلب"], TextLayer(settings), settings.normalize
    )
    gaz: list[list[str]] = [[] for _ in toks]
    em = tagger._emissions(toks, np.zeros(len(toks), dtype=np.intp), gaz)
    # the reference: crfsuite's state score, sum of value * weight over the items
    views = tagger.featurizer.views(toks)
    items = tagger.featurizer.items(toks, gaz)
    add_stacked(items, np.exp(tagger.mlp.log_probs(views, gaz, [len(toks)])), tagger.mlp.labels)
    w = tagger.weights
    ref = np.array(
        [
            sum(
                (v * w.w[w.vocab[f]] for f, v in d.items() if f in w.vocab), np.zeros(len(w.labels))
            )
            for d in items
        ]
    )
    assert np.abs(em - ref).max() < 1e-3
