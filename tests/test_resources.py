"""Packaged resources load, and a missing one is a coded error naming it."""

from __future__ import annotations

import pytest

from marsad.errors import MarsadError
from marsad.resources import load_json


def test_packaged_lexicon_loads() -> None:
    assert isinstance(load_json("lang/ar/dates/lexicon.json"), dict)


def test_missing_resource_names_the_file() -> None:
    with pytest.raises(MarsadError) as info:
        load_json("lang/ar/no-such-file.json")
    assert info.value.code == "E201"
    assert "no-such-file.json" in str(info.value)
