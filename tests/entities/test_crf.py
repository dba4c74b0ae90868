"""The CRF tagger: training, loading, coded errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from marsad.entities.crf import MODEL_FILE, NerTagger, bio_spans, tokens_from_surfaces
from marsad.entities.train import read_conll, train_command
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
حلب B-LOC
جميلة O
. O
"""


def test_bio_spans_reads_chunks() -> None:
    assert bio_spans(["B-PERS", "I-PERS", "O", "I-LOC", "B-ORG"]) == [
        (0, 2, "PERS"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
    ]


def test_read_conll_refuses_a_line_without_tag(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("كلمة\n", encoding="utf-8")
    with pytest.raises(MarsadError) as info:
        read_conll(bad)
    assert info.value.code == "E302" and "bad.txt:1" in str(info.value)


def test_missing_model_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(MarsadError) as info:
        NerTagger.load(Settings(), directory=tmp_path)
    assert info.value.code == "E201"


def test_train_command_writes_a_model_that_tags(tmp_path: Path) -> None:
    data = tmp_path / "toy.txt"
    data.write_text(TOY, encoding="utf-8")
    out = tmp_path / "model"
    args = ["--data", str(data), "--out", str(out), "--no-kb", "--iterations", "20"]
    train_command.main(args, standalone_mode=False)
    tagger = NerTagger.load(Settings(), directory=out)
    toks = tokens_from_surfaces(["زار", "سامر", "حلب"], TextLayer(Settings()), Settings().normalize)
    assert (out / MODEL_FILE).is_file()
    assert len(tagger.tag(toks)) == 3


def _toy_taggers(tmp_path: Path) -> tuple[Any, Any, NerTagger, TextLayer]:
    """crfsuite's own tagger and marsad's fast one, both from the toy data."""
    import pycrfsuite

    from marsad.entities.crf import CrfWeights, make_featurizer

    data = tmp_path / "toy.txt"
    data.write_text(TOY, encoding="utf-8")
    settings = Settings()
    featurizer = make_featurizer(settings, None, tmp_path)
    layer = TextLayer(settings)
    trainer = pycrfsuite.Trainer(verbose=False)
    for t, g in read_conll(data):
        trainer.append(featurizer.sequence(tokens_from_surfaces(t, layer, settings.normalize)), g)
    trainer.set_params({"max_iterations": 30, "feature.possible_transitions": True})
    trainer.train(str(tmp_path / "m.crfsuite"))
    ref = pycrfsuite.Tagger()
    ref.open(str(tmp_path / "m.crfsuite"))
    fast = NerTagger(featurizer, CrfWeights.from_crfsuite(tmp_path / "m.crfsuite"))
    return featurizer, ref, fast, layer


def test_fast_tagger_agrees_with_crfsuite(tmp_path: Path) -> None:
    featurizer, ref, fast, layer = _toy_taggers(tmp_path)
    words = ["قال", "سامر", "الخطيب", "إن", "حلب", "جميلة"]
    toks = tokens_from_surfaces(words, layer, Settings().normalize)
    assert fast.tag(toks) == ref.tag(featurizer.sequence(toks))


def test_surface_and_stem_features_make_up_the_own_features() -> None:
    from marsad.entities.crf import make_featurizer

    featurizer = make_featurizer(Settings(), None, Path("/nonexistent"))
    toks = tokens_from_surfaces(
        ["وبحلب", "الخطيب", "2024"], TextLayer(Settings()), Settings().normalize
    )
    for v in featurizer.views(toks):
        split = featurizer.surface_features(v) + featurizer.stem_features(v)
        assert sorted(split) == sorted(featurizer.parts(v).local)


def test_clitic_forms_of_a_seen_stem_tag_as_crfsuite_does(tmp_path: Path) -> None:
    featurizer, ref, fast, layer = _toy_taggers(tmp_path)
    for words in (["زار", "حلب", "أمس"], ["وحلب", "وبحلب", "لحلب", "الخطيب"]):
        toks = tokens_from_surfaces(words, layer, Settings().normalize)
        assert fast.tag(toks) == ref.tag(featurizer.sequence(toks))


def test_views_of_the_tokens_just_tagged_match_the_featurizer() -> None:
    tagger = NerTagger.load(Settings())
    layer, opts = TextLayer(Settings()), Settings().normalize
    toks = tokens_from_surfaces(["وبالقاهرة", "قال", "سامر", "القاهرة"], layer, opts)
    tagger.tag_doc(toks, [(0, len(toks))], [[] for _ in toks])
    assert tagger.views_of(toks) == tagger.featurizer.views(toks)
    other = tokens_from_surfaces(["وصل", "الوفد"], layer, opts)
    assert tagger.views_of(other) == tagger.featurizer.views(other)


def test_batched_viterbi_finds_each_sentences_best_path() -> None:
    import itertools

    import numpy as np

    from marsad.entities.crf import best_paths

    rng = np.random.default_rng(7)
    n_lab, lengths = 3, np.array([3, 1, 4, 2])
    em = rng.normal(size=(int(lengths.sum()), n_lab)).astype(np.float32)
    trans = rng.normal(size=(n_lab, n_lab)).astype(np.float32)
    sent = np.repeat(np.arange(len(lengths)), lengths)
    expected: list[int] = []
    for s in range(len(lengths)):
        rows = em[sent == s]
        paths = list(itertools.product(range(n_lab), repeat=len(rows)))
        scores = [
            sum(float(rows[t, y]) for t, y in enumerate(path))
            + sum(float(trans[a, b]) for a, b in itertools.pairwise(path))
            for path in paths
        ]
        expected += paths[scores.index(max(scores))]
    assert best_paths(em, sent, lengths, trans) == expected


def test_tags_do_not_depend_on_the_words_seen_before() -> None:
    layer, opts = TextLayer(Settings()), Settings().normalize
    words = ["وقال", "الوزير", "سامر", "الخطيب", "في", "بيروت", "إن", "الوفد", "وصل"]
    toks = tokens_from_surfaces(words, layer, opts)
    bounds = [(0, 4), (4, len(toks))]
    gaz: list[list[str]] = [[] for _ in toks]
    fresh = NerTagger.load(Settings()).tag_doc(toks, bounds, gaz)
    warm = NerTagger.load(Settings())
    for other in (["بيروت", "والوزير"], ["قال", "الخطيب", "وبيروت", "سامر"]):
        warm.tag(tokens_from_surfaces(other, layer, opts))
    assert warm.tag_doc(toks, bounds, gaz) == fresh


def test_tags_are_the_same_after_the_word_table_starts_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import marsad.entities.crf as crf

    layer, opts = TextLayer(Settings()), Settings().normalize
    toks = tokens_from_surfaces(["وقال", "الوزير", "سامر", "الخطيب", "في", "بيروت"], layer, opts)
    expected = NerTagger.load(Settings()).tag(toks)
    monkeypatch.setattr(crf, "_VIEW_LIMIT", 8)  # 8 words: the last tag starts afresh
    small = NerTagger.load(Settings())
    for words in (["بيروت", "والوزير", "وصل"], ["قال", "الخطيب", "وبيروت", "سامر", "أمس"]):
        small.tag(tokens_from_surfaces(words, layer, opts))
    assert small.tag(toks) == expected


def test_stem_parts_are_the_stem_features_and_the_context() -> None:
    featurizer = NerTagger.load(Settings()).featurizer  # with triggers, clusters, names
    words = ["و", "في", "وزير", "بالقاهرة", "محمد", "الرئيس", "والمستشفيات", "2024", "abc"]
    toks = tokens_from_surfaces(words, TextLayer(Settings()), Settings().normalize)
    for v in featurizer.views(toks):
        assert featurizer.stem_parts(v) == (featurizer.stem_features(v), featurizer.context(v))


def test_views_of_the_same_tokens_twice_are_one_list() -> None:
    tagger = NerTagger.load(Settings())
    toks = tokens_from_surfaces(["زار", "سامر", "حلب"], TextLayer(Settings()), Settings().normalize)
    tagger.tag_doc(toks, [(0, len(toks))], [[] for _ in toks])
    first = tagger.views_of(toks)
    assert tagger.views_of(toks) is first
    again = tokens_from_surfaces(["وصل", "سامر"], TextLayer(Settings()), Settings().normalize)
    tagger.tag_doc(again, [(0, len(again))], [[] for _ in again])
    assert tagger.views_of(again) == tagger.featurizer.views(again)


def test_offset_free_names_cut_the_offset_only() -> None:
    from marsad.entities.crf import _offset_free

    vocab = {"-1w=سامر": 0, "2k=ar": 1, "w=حلب": 2, "1g=B-GPE": 3, "-2pad": 4, "x1=1": 5}
    assert _offset_free(vocab) == {"w=سامر", "k=ar", "g=B-GPE", "pad"}
