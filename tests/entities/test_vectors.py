"""Dense word-vector features: file round trip, training items, run-time agreement."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from marsad.entities.crf import CrfWeights, NerTagger, make_featurizer, tokens_from_surfaces
from marsad.entities.train import read_conll
from marsad.entities.vectors import VECTORS_FILE, WordVectors, from_svd
from marsad.errors import MarsadError
from marsad.settings import Settings
from marsad.text.steps import TextLayer

# Our own toy sentences in ANERcorp's layout.
TOY = """\
زار B-PERS
سامر I-PERS
الخطيب I-PERS
مدينة O
حلب B-LOC
. O

قال O
سامر B-PERS
إن O
حمص B-LOC
جميلة O
. O

وصل O
رامي B-PERS
إلى O
حلب B-LOC
. O
"""
WORDS = ["سامر", "رامي", "حلب", "حمص", "قال", "زار", "وصل", "جميلة"]


def _toy_vectors() -> WordVectors:
    rng = np.random.default_rng(3)
    u = rng.normal(size=(len(WORDS), 6))
    return from_svd(WORDS, u, np.arange(6, 0, -1.0), dims=4, length=2.0)


def test_vectors_are_cut_scaled_and_survive_the_file(tmp_path: Path) -> None:
    vec = _toy_vectors()
    assert vec.x.shape == (len(WORDS), 4)
    assert np.allclose(np.linalg.norm(vec.x, axis=1), 2.0, atol=0.05)
    vec.save(tmp_path / VECTORS_FILE)
    back = WordVectors.load(tmp_path / VECTORS_FILE)
    assert back is not None and back.index == vec.index
    assert np.array_equal(back.x, vec.x)


def test_missing_vectors_file_means_no_dense_features(tmp_path: Path) -> None:
    assert WordVectors.load(tmp_path / VECTORS_FILE) is None


def test_a_broken_vectors_file_is_a_coded_error(tmp_path: Path) -> None:
    (tmp_path / VECTORS_FILE).write_bytes(b"not an npz")
    with pytest.raises(MarsadError) as info:
        WordVectors.load(tmp_path / VECTORS_FILE)
    assert info.value.code.startswith("E2")


def test_a_word_gives_its_vector_to_itself_and_its_neighbours() -> None:
    vec = _toy_vectors()
    feats = vec.features(["قال", "سامر", "مجهول"])
    sam = vec.get("سامر")
    assert sam is not None
    assert feats[1]["e0"] == pytest.approx(float(sam[0]))
    assert feats[0]["1e2"] == pytest.approx(float(sam[2]))
    assert feats[2]["-1e3"] == pytest.approx(float(sam[3]))
    assert not any(k.startswith("e") for k in feats[2])  # an unknown word has none


def test_fast_tagger_adds_the_dense_weights_as_crfsuite_does(tmp_path: Path) -> None:
    import pycrfsuite

    settings = Settings()
    _toy_vectors().save(tmp_path / VECTORS_FILE)
    featurizer = make_featurizer(settings, None, tmp_path)
    layer = TextLayer(settings)
    (tmp_path / "toy.txt").write_text(TOY, encoding="utf-8")
    trainer = pycrfsuite.Trainer(verbose=False)
    for t, g in read_conll(tmp_path / "toy.txt"):
        toks = tokens_from_surfaces(t, layer, settings.normalize)
        trainer.append(featurizer.items(toks), g)  # type: ignore[arg-type]
    trainer.set_params({"max_iterations": 30, "feature.possible_transitions": True})
    trainer.train(str(tmp_path / "m.crfsuite"))
    ref = pycrfsuite.Tagger()
    ref.open(str(tmp_path / "m.crfsuite"))
    fast = NerTagger(featurizer, CrfWeights.from_crfsuite(tmp_path / "m.crfsuite"))
    for words in (["وصل", "سامر", "إلى", "حمص"], ["زار", "رامي", "وحلب", "أمس"]):
        toks = tokens_from_surfaces(words, layer, settings.normalize)
        items = featurizer.items(toks)
        ref.set(items)  # type: ignore[arg-type]
        marg = ref.tag()
        assert fast.tag(toks) == marg
        # the emission scores themselves, not only the best path
        em = fast._emissions(toks, np.zeros(len(toks), dtype=np.intp), [[] for _ in toks])
        labels = fast.weights.labels
        for i, item in enumerate(items):
            want = [
                sum(
                    v * fast.weights.w[fast.weights.vocab[f], y]
                    for f, v in item.items()
                    if f in fast.weights.vocab
                )
                for y in range(len(labels))
            ]
            assert np.allclose(em[i], want, atol=1e-4)
