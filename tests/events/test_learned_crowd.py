"""Protesters named with no protest word the lexicon reads: the hook reads a protest
mention there when the model backs it (``Consult._reads``, ``Featurizer.is_crowd``).

Sentences are written for these tests."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from marsad.events.learned import Consult, EventTypeModel, Featurizer, Policy, stable_hash
from marsad.events.lexicon import load_resources
from marsad.events.ontology import load_ontology
from marsad.events.train import ALL_TYPES
from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings

BITS = 12
_TEXT = ("lines", "tokens", "sentences")


@pytest.fixture(scope="module")
def featurizer() -> Featurizer:
    opts = Settings().normalize
    return Featurizer(BITS, opts, load_resources(opts)[0])


@pytest.mark.parametrize(
    ("norm", "crowd"),
    [
        ("متظاهرا", True),  # counted: حمل 40 متظاهرا
        ("والمحتجين", True),
        ("للمتظاهرين", True),  # ل + the article with its alif dropped
        ("المعتصمين", True),
        ("تظاهرات", False),  # the act, read by the lexicon, not the crowd
        ("محتجزين", False),  # detainees
        ("امتظاهرين", False),  # ا is no proclitic
    ],
)
def test_crowd_nouns_are_told_from_other_words(
    featurizer: Featurizer, norm: str, crowd: bool
) -> None:
    assert featurizer.is_crowd(norm) is crowd


def _model(featurizer: Featurizer, stem: str, p_logit: float) -> EventTypeModel:
    weights = np.zeros((1 << BITS, len(ALL_TYPES)), dtype=np.float32)
    weights[stable_hash("s=" + stem, BITS), ALL_TYPES.index("PROTEST")] = 4.0 + p_logit
    bias = np.full(len(ALL_TYPES), -4.0, dtype=np.float32)
    return EventTypeModel(ALL_TYPES, weights, bias, {}, featurizer)


def _policy() -> Policy:
    return replace(Policy(), add=False, read_add={"ASSAULT": 2.0, "PROTEST": 0.05})


def _events(model: EventTypeModel, text: str) -> list[tuple[str, str, bool]]:
    cues = load_resources(Settings().normalize)[1]
    doc = analyze(text, "2020-01-01", pipeline=Pipeline(Settings(steps=_TEXT)))
    events = Consult(model, cues, load_ontology(), _policy())(doc, [], [])
    return [(e.type, e.mentions[0].trigger, e.reported) for e in events]


def test_counted_protesters_read_a_protest_mention(featurizer: Featurizer) -> None:
    model = _model(featurizer, "لافتات", 0.0)  # P(PROTEST) 0.5
    got = _events(model, "وحمل نحو 40 متظاهرا لافتات أمام مبنى البلدية.")
    assert got == [("PROTEST", "متظاهرا", False)]  # a mention, not a report


def test_no_crowd_read_where_the_model_rules_a_protest_out(featurizer: Featurizer) -> None:
    model = _model(featurizer, "زار", 0.0)  # the crowd sentence scores the bias alone
    assert _events(model, "وحمل نحو 40 متظاهرا لافتات أمام مبنى البلدية.") == []


def test_no_crowd_read_without_protesters(featurizer: Featurizer) -> None:
    model = _model(featurizer, "لافتات", 8.0)
    assert _events(model, "وعلق العمال لافتات جديدة في الشارع.") == []
