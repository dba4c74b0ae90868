"""Shared fixtures of the dates tests."""

from __future__ import annotations

import pytest

from marsad.dates.extract import DateFinder


@pytest.fixture(scope="session")
def finder() -> DateFinder:
    """One finder for every dates test: it loads the lexicon and compiles the rules."""
    return DateFinder()
