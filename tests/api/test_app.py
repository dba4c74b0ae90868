"""Building the app: store checks and the SQLite planner statistics."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from marsad.api import ApiConfig, create_app
from marsad.errors import MarsadError
from marsad.settings import Settings
from marsad.store.db import Store


def test_writable_sqlite_store_gets_planner_statistics(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    create_app(Settings(), config=ApiConfig(db_url=url))
    assert inspect(Store(url).engine).has_table("sqlite_stat1")


def test_read_only_app_never_creates_tables(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'b.db'}"
    with pytest.raises(MarsadError, match="E401"):
        create_app(Settings(), config=ApiConfig(db_url=url, read_only=True))
    assert not inspect(Store(url).engine).has_table("articles")


def test_token_is_read_from_the_environment_when_the_app_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MARSAD_API_TOKEN", "from-env")
    assert ApiConfig.from_env("sqlite:///x.db", read_only=False).token == "from-env"
    monkeypatch.delenv("MARSAD_API_TOKEN")
    assert ApiConfig.from_env("sqlite:///x.db", read_only=False).token is None
