"""Property run over the OpenAPI document: no generated request gets a 5xx.

Write routes are called with the token, so bodies reach validation and the pipeline; the
app writes into a throwaway copy of the example store. Examples per route are bounded
so the run stays well under two minutes on two cores.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from tests.api.conftest import TOKEN

from marsad.api import ApiConfig, create_app
from marsad.settings import Settings


@pytest.fixture(scope="module")
def api_schema(sqlite_store: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    src = Path(sqlite_store.removeprefix("sqlite:///"))
    copy = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    shutil.copy(src, copy)
    config = ApiConfig(db_url=f"sqlite:///{copy}", token=TOKEN, max_text_chars=2_000,
                       max_ingest_articles=3, refresh_after_ingest=False)  # fmt: skip
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(Settings(), config=config))


OPERATIONS = [
    ("GET", "/articles"), ("GET", "/articles/{article_id}"), ("GET", "/events"),
    ("GET", "/events/{event_id}"), ("GET", "/actors"), ("GET", "/actors/{code}"),
    ("GET", "/network"), ("GET", "/timeline"), ("GET", "/stories"),
    ("GET", "/stories/{story_id}"), ("GET", "/stats"), ("POST", "/analyze"), ("POST", "/ingest"),
]  # fmt: skip


def test_every_operation_is_fuzzed(api_schema: Any) -> None:
    ops = {(op.method.upper(), op.path) for op in _operations(api_schema)}
    assert ops == set(OPERATIONS)


def _operations(api_schema: Any) -> list[Any]:
    return [result.ok() for result in api_schema.get_all_operations()]


# Negative data needs something to break: /stats takes no parameters.
CASES = [
    pytest.param(method, path, mode, id=f"{method} {path} {mode.value}")
    for method, path in OPERATIONS
    for mode in GenerationMode
    if not (path == "/stats" and mode is GenerationMode.NEGATIVE)
]


@pytest.mark.parametrize(("method", "path", "mode"), CASES)
def test_no_server_errors(api_schema: Any, method: str, path: str, mode: GenerationMode) -> None:
    """Valid (positive) and schema-violating (negative) requests both get 2xx/4xx only."""
    operation = api_schema[path][method]
    headers = {"Authorization": f"Bearer {TOKEN}"} if method == "POST" else None

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=30, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck), database=None)  # fmt: skip
    def run(case: Any) -> None:
        case.call_and_validate(headers=headers, checks=[not_a_server_error])

    run()
