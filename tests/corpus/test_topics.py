"""The shipped topic classifier: loads offline, labels plain cases, holds its accuracy."""

from __future__ import annotations

import pytest
from tests.conftest import ROOT, need

from marsad.corpus.topics import DEFAULT_DATA, LABELS, accuracy, load_topic_model, read_examples
from marsad.settings import NormalizeOptions

SPORT = "سجل المهاجم هدفين في المباراة وقاد فريقه إلى الفوز في الدوري وتصدر ترتيب الهدافين."
ECONOMY = "ارتفعت أسعار النفط في الأسواق العالمية وتراجع الدولار وسط توقعات بنمو الاقتصاد والتضخم."


def test_model_ships_with_provenance() -> None:
    model_dir = ROOT / "src/marsad/models/topic"
    assert (model_dir / "PROVENANCE.md").exists() and (model_dir / "model.npz").exists()


def test_labels_sport_and_economy() -> None:
    model = load_topic_model()
    opts = NormalizeOptions()
    assert model.predict(None, SPORT, None, opts)[0] == "sport"
    assert model.predict(None, ECONOMY, None, opts)[0] == "economy"
    assert set(model.labels) == set(LABELS.values())


@pytest.mark.slow
def test_held_out_accuracy_floor() -> None:
    """Pinned a little under the measured held-out figure (PROVENANCE.md)."""
    data = need(ROOT / DEFAULT_DATA)
    model = load_topic_model()
    held = [e for e in read_examples(data, model.labels, NormalizeOptions()) if e.held_out]
    assert accuracy(model, held) >= 0.85
