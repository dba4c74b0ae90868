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

from marsad.eval import gold
from marsad.eval.common import files_in, to_jsonable
from marsad.pipeline import Pipeline


def _gold_dev() -> Any:
    paths = files_in(need(GOLD / "dev"), ["*.json"])
    return to_jsonable(gold.evaluate(paths, Pipeline()))["total"]


# scorer name -> a function computing its result on a dev split (JSON-able)
RUNNERS: dict[str, Callable[[], Any]] = {
    "gold": _gold_dev,
}

FLOORS: dict[str, float] = {
    # 2026-11-29, gold/dev: related P 1.000, R 0.375 (6/16; the 10 misses are CNN's
    # unmarked teaser paragraphs). Issue 2 asks R 1.0: see test_related_recall_target.
    "gold.related.precision": 1.0,
    "gold.related.recall": 0.37,
}

CEILINGS: dict[str, float] = {
    # stages never read a line the pipeline marked non-body. (Items from gold related
    # lines the text layer missed, "gold.violations", were 39 on 2026-11-29: they
    # follow the related recall and are not gated.)
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


@pytest.mark.slow
@pytest.mark.xfail(
    reason="text layer does not yet mark CNN's unmarked teaser paragraphs as non-body",
    strict=False,
)
def test_related_recall_target() -> None:
    assert measured("gold.related.recall") == 1.0
