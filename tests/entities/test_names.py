"""The training-data name lexicon and its cross-fold dropout."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.entities.features import Featurizer
from marsad.entities.lexicon import load_triggers
from marsad.entities.names import build_names, load_names, save_names
from marsad.entities.train import fold_featurizers
from marsad.errors import MarsadError
from marsad.settings import Settings

SENTS = [
    (["زار", "سامي", "بغداد"], ["O", "B-PERS", "B-LOC"]),
    (["قال", "سامي", "امس"], ["O", "B-PERS", "O"]),
    (["زار", "بغداد", "امس"], ["O", "O", "O"]),
]


def test_lexicon_keeps_words_mostly_inside_names() -> None:
    names = build_names(SENTS)
    assert names["سامي"] == ("PERS",)
    assert names["بغداد"] == ("LOC",)  # one of two occurrences: at the share
    assert "زار" not in names


def test_lexicon_round_trips_and_rejects_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    save_names({"سامي": ("PERS",), "عمان": ("LOC", "ORG")}, path)
    assert load_names(path) == {"سامي": ("PERS",), "عمان": ("LOC", "ORG")}
    path.write_text("كلمة\n", encoding="utf-8")
    with pytest.raises(MarsadError):
        load_names(path)


def test_each_fold_sees_the_lexicon_of_the_other_folds_only() -> None:
    opts = Settings().normalize
    base = Featurizer(opts=opts, triggers=load_triggers(opts))
    folds = fold_featurizers(base, SENTS, 3)
    assert [part for _, part in folds] == [slice(0, 1), slice(1, 2), slice(2, 3)]
    assert "بغداد" not in folds[0][0].names  # a name only in the held-out first sentence
    assert folds[2][0].names["سامي"] == ("PERS",)
    assert fold_featurizers(base, SENTS, 0)[0][0].names == {}
