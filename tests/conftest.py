"""Shared fixtures. Real corpora are read from ../shared (never copied into the repo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.pipeline import Pipeline
from marsad.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
GOLD = SHARED / "gold"
SEED = SHARED / "seed" / "seed-article.txt"


def need(path: Path) -> Path:
    """Skip a test whose shared data file is absent (a checkout without ../shared)."""
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


@pytest.fixture(scope="session")
def seed_text() -> str:
    return need(SEED).read_text(encoding="utf-8")
