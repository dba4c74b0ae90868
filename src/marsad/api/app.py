"""The FastAPI app: REST API under the paths of ``docs/api.md`` and the dashboard at ``/``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec
from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import inspect

from marsad import __version__
from marsad.api import errors, models, routes_read, routes_write
from marsad.api.config import ApiConfig
from marsad.api.limits import BodyLimit
from marsad.api.state import ApiState
from marsad.errors import Err, MarsadError
from marsad.settings import Settings
from marsad.store.db import Store

WEB = Path(__file__).resolve().parent.parent / "web" / "static"
DESCRIPTION = (
    "Arabic news event intelligence over a marsad store: articles, events (PLOVER/CAMEO), "
    'actors, networks and stories. Errors are `{"error": {"code", "message"}}`; '
    "POST routes need `Authorization: Bearer <MARSAD_API_TOKEN>`."
)


def open_for_api(config: ApiConfig) -> Store:
    """Open the store; a writable server migrates it, a read-only one only checks it."""
    store = Store(config.db_url)
    if not config.read_only:
        store.migrate()
        _analyze(store)
    elif not inspect(store.engine).has_table("events"):
        raise MarsadError(Err.STORE_UNAVAILABLE, url=store.url,
                          detail="no marsad tables (run `marsad ingest` or `marsad store migrate` first)")  # fmt: skip
    return store


def _analyze(store: Store) -> None:
    """Give SQLite's planner row statistics if no ingest has yet (a store written by an
    older marsad). PostgreSQL keeps its statistics itself (autovacuum)."""
    if store.dialect == "sqlite" and not inspect(store.engine).has_table("sqlite_stat1"):
        store.refresh_statistics()


def create_app(
    settings: Settings | None = None,
    db_url: str | None = None,
    read_only: bool = False,
    config: ApiConfig | None = None,
) -> FastAPI:
    """Build the app over the store at ``db_url``; the write token is read from
    ``MARSAD_API_TOKEN`` here, unless ``config`` carries one."""
    config = config or ApiConfig.from_env(db_url, read_only)
    state = ApiState(config=config, settings=settings or Settings(), store=open_for_api(config))
    app = FastAPI(title="marsad", version=__version__, description=DESCRIPTION,
                  docs_url="/docs", redoc_url=None)  # fmt: skip
    app.state.marsad = state
    errors.install(app)
    app.add_middleware(BodyLimit, limit=config.max_body_bytes)
    api = [routes_read.router(state), routes_write.router(state)]
    for r in api:
        app.include_router(r)
    _dashboard(app)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _dashboard(app: FastAPI) -> None:
    if not WEB.is_dir():
        return

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=WEB), name="static")


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document plus the msgspec response schemas as components."""
    if app.openapi_schema:
        return app.openapi_schema
    doc = get_openapi(title=app.title, version=app.version, description=app.description,
                      routes=app.routes)  # fmt: skip
    _, components = msgspec.json.schema_components(
        models.RESPONSE_TYPES, ref_template="#/components/schemas/{name}"
    )
    doc.setdefault("components", {}).setdefault("schemas", {}).update(components)
    app.openapi_schema = doc
    return doc
