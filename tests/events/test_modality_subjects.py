"""A nominative noun after a call, threat or promise is its subject, not its content.
Sentences written for these tests."""

from __future__ import annotations

from marsad.events.lexicon import load_resources
from marsad.events.modality import Modality, modality
from marsad.events.triggers import find_triggers
from marsad.text.normalize import NormalizeOptions, normalize


def _modalities(text: str) -> dict[str, Modality]:
    """Each trigger's lemma and its modality, the sentence one clause."""
    opts = NormalizeOptions()
    lex, cues = load_resources(opts)
    norms = [normalize(w, opts) for w in text.split()]
    hits = find_triggers(lex, norms)
    return {h.spec.lemma: modality(cues, norms, h, hits, 0) for h in hits}


def test_protesters_demanding_are_no_intended_protest() -> None:
    found = _modalities("وطالب المتظاهرون في البصرة الحكومة بالإفراج عن المعتقلين")
    assert not found["متظاهرون"].intent
    assert found["إفراج"].intent  # the release demanded is still to come


def test_the_threatened_sit_in_stays_intent() -> None:
    found = _modalities("وهدد المحتجون في البصرة بالاعتصام أمام مبنى المحافظة")
    assert not found["متظاهرون"].intent
    assert found["اعتصام"].intent


def test_protesters_called_on_stay_content() -> None:
    """المتظاهرين (genitive) after دعا is what it governs."""
    found = _modalities("ودعا الرئيس إلى اعتصام المتظاهرين أمام البرلمان")
    assert found["اعتصام"].intent
