"""Fixtures for the events tests: a pipeline of the stages events needs."""

from __future__ import annotations

import pytest

from marsad.doc import Document, Event
from marsad.eval.triples import argument_actor
from marsad.events.lexicon import load_resources
from marsad.events.triggers import Hit, find_triggers
from marsad.pipeline import Pipeline, analyze, installed
from marsad.settings import NormalizeOptions, Settings
from marsad.text.normalize import normalize

_STEPS = ("lines", "tokens", "sentences", "entities", "dates", "events")


@pytest.fixture(scope="session")
def events_pipeline() -> Pipeline:
    """The rule coder alone: its behaviour does not move when the learned model is retrained."""
    steps = tuple(s for s in _STEPS if installed(s))
    return Pipeline(Settings(steps=steps, learned_events=False))


@pytest.fixture(scope="session")
def default_pipeline() -> Pipeline:
    """The events step as shipped (rules plus the learned model when it ships)."""
    return Pipeline(Settings(steps=tuple(s for s in _STEPS if installed(s))))


def trigger_hits(text: str) -> list[Hit]:
    """The lexicon's triggers in ``text``, words split on spaces (no pipeline)."""
    opts = NormalizeOptions()
    lex, _ = load_resources(opts)
    return find_triggers(lex, [normalize(w, opts) for w in text.split()])


def code(pipe: Pipeline, text: str, published: str = "2020-05-05") -> Document:
    return analyze(text, published, pipeline=pipe)


def country_pairs(doc: Document, type_: str) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the events of one type."""
    out = set()
    for e in doc.events:
        if e.type != type_:
            continue
        src, tgt = argument_actor(doc, e.source), argument_actor(doc, e.target)
        out.add((src[:3] if src else None, tgt[:3] if tgt else None))
    return out


def triples(doc: Document) -> set[tuple[str | None, str, str | None]]:
    """(source country, type, target country) of the events that happened."""

    def key(ev: Event, side: str) -> str | None:
        arg = ev.source if side == "source" else ev.target
        return arg.actor[:3] if arg is not None and arg.actor else None

    return {
        (key(e, "source"), e.type, key(e, "target"))
        for e in doc.events
        if not (e.negated or e.intent or e.hypothetical)
    }
