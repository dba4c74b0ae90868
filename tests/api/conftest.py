"""API fixtures: one example store per backend (SQLite file, PostgreSQL schema)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.api.helpers import (
    drop_pg_schema,
    example_articles,
    fill_store,
    pg_available,
    pg_schema_url,
    unique_schema,
)

from marsad.api import ApiConfig, create_app
from marsad.settings import Settings

TOKEN = "test-token-0123"


@pytest.fixture(scope="session")
def sqlite_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'examples.db'}"
    fill_store(url, example_articles())
    return url


@pytest.fixture(scope="session")
def postgres_store() -> Iterator[str]:
    if not pg_available():
        pytest.skip("PostgreSQL at 127.0.0.1:5432 is not reachable")
    schema = unique_schema("marsad_api_test")
    url = pg_schema_url(schema)
    fill_store(url, example_articles())
    yield url
    drop_pg_schema(schema)


@pytest.fixture(
    scope="session",
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def store_url(request: pytest.FixtureRequest) -> str:
    name = "sqlite_store" if request.param == "sqlite" else "postgres_store"
    return str(request.getfixturevalue(name))


@pytest.fixture(scope="session")
def client(store_url: str) -> TestClient:
    """A read-only app (nothing a test sends can change the shared store)."""
    config = ApiConfig(db_url=store_url, read_only=True, token=TOKEN)
    return TestClient(create_app(Settings(), config=config), raise_server_exceptions=False)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def writable_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh store (SQLite file, or a PostgreSQL schema of its own) for one test."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'w.db'}"
        return
    if not pg_available():
        pytest.skip("PostgreSQL at 127.0.0.1:5432 is not reachable")
    schema = unique_schema(f"marsad_api_w{abs(hash(request.node.nodeid)) % 10**8}")
    yield pg_schema_url(schema)
    drop_pg_schema(schema)


@pytest.fixture()
def writable(writable_url: str) -> Iterator[TestClient]:
    """A writable app over a fresh store holding two example articles."""
    fill_store(writable_url, example_articles()[:2])
    config = ApiConfig(db_url=writable_url, token=TOKEN, max_body_bytes=50_000,
                       max_text_chars=5_000)  # fmt: skip
    app = create_app(Settings(), config=config)
    yield TestClient(app, raise_server_exceptions=False)
    app.state.marsad.store.close()


def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}
