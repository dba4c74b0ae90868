"""Pinned quality floors: a regression below a measured figure fails CI.

To gate a figure: run the scorer, read the figure from its ``--json`` output, and add
``"<scorer>.<path.in.json>": floor`` to ``FLOORS`` a little under the measurement
(say 0.01-0.02 below), with the date and figure in a comment. A scorer not yet in
``RUNNERS`` gets a function there returning its JSON-able result on a dev split.
Ceilings (figures that must not rise, such as violation counts) go in ``CEILINGS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.conftest import GOLD, need

from marsad.eval import gold, sentences
from marsad.eval.common import files_in, to_jsonable
from marsad.pipeline import Pipeline


def _gold_dev() -> Any:
    paths = files_in(need(GOLD / "dev"), ["*.json"])
    return to_jsonable(gold.evaluate(paths, Pipeline()))["total"]


def _sentences_dev() -> Any:
    pipeline = Pipeline()
    result = sentences.SentenceResult(steps=pipeline.names)
    for item in sentences.read_sentences(need(GOLD / "sentences" / "dev.jsonl")):
        result.score(item, sentences.predicted_triples(item, pipeline))
    return to_jsonable(result.to_dict())


# scorer name -> a function computing its result on a dev split (JSON-able)
RUNNERS: dict[str, Callable[[], Any]] = {
    "gold": _gold_dev,
    "sentences": _sentences_dev,
}

FLOORS: dict[str, float] = {
    # 2026-11-29, gold/dev: related P 1.000 R 1.000 (16/16 lines). Issue 2: every
    # gold related line must be reported non-body.
    "gold.related.recall": 1.0,
    "gold.related.precision": 1.0,
    # 2026-11-29 (second session, HEAD after the helpers' work), gold/dev measured:
    # entities F1 0.978, name 0.963, actor 1.000, dates 0.972, quotes 0.928, speakers
    # 0.972, events 0.687, event dates 0.920.
    "gold.entities.f1": 0.96,
    "gold.linking_name.accuracy": 0.95,
    "gold.linking_actor.accuracy": 0.98,
    "gold.dates.f1": 0.95,
    "gold.quotes.f1": 0.91,
    "gold.speakers.accuracy": 0.95,
    # events 0.709 after the fourth session's argument rules (2026-11-30)
    "gold.events.f1": 0.69,
    "gold.event_dates.accuracy": 0.88,
    # sentences/dev.jsonl: triple F1 0.394 at first, 0.420 after the coder's clause,
    # modality and argument rules (2026-11-29, 22:25 UTC), 0.435 after a titled subject's
    # apposition and أمهل/اعترف بحق (23:20 UTC); 0.462 after the fourth session's lexicon
    # and argument rules (2026-11-30, types F1 0.654); no-event clean 0.982; 0.500 after
    # the argument rules of helper E1 (2026-11-30: بين sides, relative clauses, clashes);
    # 0.528 at eb76ec7 (trigger lexicon 1.4/1.5 of helper E4 and E5's argument rules);
    # 0.549 at 8b01e4f (E5: borders of two states, بين in relative clauses, killings
    # with arrests, charges, warnings about a state; 0.529 with E5's args/coder undone);
    # 0.560 at b3ede9b (E6: denials past a time aside, own envoys, قواتنا)
    "sentences.triples.f1": 0.55,
    "sentences.clean.accuracy": 0.96,
}

CEILINGS: dict[str, float] = {
    # GUIDE.md: nothing may come from a related line (2026-11-29: 0), and stages never
    # read a line the pipeline marked non-body (leaks, 0)
    "gold.violations": 0,
    "gold.leaks": 0,
}

_cache: dict[str, Any] = {}


def measured(metric: str) -> float:
    scorer, _, path = metric.partition(".")
    if scorer not in _cache:
        _cache[scorer] = RUNNERS[scorer]()
    value: Any = _cache[scorer]
    for key in path.split("."):
        value = value[key]
    return float(value)


@pytest.mark.slow
@pytest.mark.parametrize(("metric", "floor"), sorted(FLOORS.items()))
def test_floor(metric: str, floor: float) -> None:
    assert measured(metric) >= floor


@pytest.mark.slow
@pytest.mark.parametrize(("metric", "ceiling"), sorted(CEILINGS.items()))
def test_ceiling(metric: str, ceiling: float) -> None:
    assert measured(metric) <= ceiling
