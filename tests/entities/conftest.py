"""Fixtures for the entities step: a pipeline that stops after ``entities``."""

from __future__ import annotations

import pytest

from marsad.doc import Document
from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings

STEPS = ("lines", "tokens", "sentences", "entities")


@pytest.fixture(scope="session")
def ent_pipeline() -> Pipeline:
    return Pipeline(Settings(steps=STEPS))


@pytest.fixture(scope="session")
def run(ent_pipeline: Pipeline):  # type: ignore[no-untyped-def]
    def _run(text: str, published: str | None = None) -> Document:
        return analyze(text, published, pipeline=ent_pipeline)

    return _run
