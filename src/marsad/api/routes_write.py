"""POST routes: ``/analyze`` (nothing stored) and ``/ingest``. Both need the bearer token."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from marsad.api import models as M
from marsad.api.routes_read import ok
from marsad.api.state import ApiState, MsgspecResponse
from marsad.doc import Document
from marsad.errors import Err, MarsadError
from marsad.ingest.record import RawArticle
from marsad.pipeline import check_date

bearer = HTTPBearer(auto_error=False, description="The server's MARSAD_API_TOKEN.")
Creds = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def _check_token(state: ApiState, creds: HTTPAuthorizationCredentials | None, path: str) -> None:
    if state.config.token is None:
        detail = "write endpoints are disabled: the server was started without MARSAD_API_TOKEN"
        raise MarsadError(Err.API_UNAUTHORIZED, source=path, detail=detail)
    if creds is None:
        raise MarsadError(Err.API_UNAUTHORIZED, source=path, detail="no bearer token sent")
    if not secrets.compare_digest(creds.credentials.encode(), state.config.token.encode()):
        raise MarsadError(Err.API_UNAUTHORIZED, source=path, detail="the bearer token is wrong")


def _check_text(state: ApiState, text: str, where: str) -> None:
    if not text.strip():
        raise MarsadError(Err.EMPTY_INPUT, source=where)
    if len(text) > state.config.max_text_chars:
        raise MarsadError(Err.TOO_LARGE, source=where, size=len(text),
                          limit=state.config.max_text_chars)  # fmt: skip


def _raw(a: M.ArticleIn, where: str) -> RawArticle:
    published = check_date(a.published, f"{where}.published")  # the pattern lets 2024-13-45 by
    return RawArticle(
        origin=where, text=a.text.replace("\x00", ""), id=a.id or "", url=a.url,
        source=a.source, title=a.title, published=published, category=a.category,
    )  # fmt: skip


def router(state: ApiState) -> APIRouter:
    r = APIRouter(default_response_class=MsgspecResponse)

    @r.post(
        "/analyze",
        response_model=None,
        responses=ok(M.Analysis),
        summary="Analyse a text (nothing stored)",
    )
    def post_analyze(body: M.AnalyzeIn, creds: Creds, request: Request) -> MsgspecResponse:
        """Run the pipeline on one article and return the Document (entities, dates, quotes,
        events with offsets). Needs ``Authorization: Bearer <MARSAD_API_TOKEN>``."""
        _check_token(state, creds, "/analyze")
        _check_text(state, body.text, "/analyze text")
        raw = _raw(body, "/analyze")
        doc = Document(text=raw.text, id=raw.id, url=raw.url, source=raw.source,
                       title=raw.title, published=raw.published)  # fmt: skip
        worker = state.worker()
        with state.lock:  # one analysis at a time: the pipeline's caches are not shared-safe
            doc = worker.pipeline(doc)
        if not body.tokens:
            doc.tokens = []
        return MsgspecResponse(M.Analysis(analysis=doc.to_dict()))

    @r.post(
        "/ingest",
        response_model=None,
        responses=ok(M.IngestOut),
        summary="Analyse and store articles",
    )
    def post_ingest(body: M.IngestIn, creds: Creds) -> MsgspecResponse:
        """Analyse articles and add them to the store (re-sending one is a no-op), then
        rebuild stories, aggregates and actors. Needs the bearer token."""
        _check_token(state, creds, "/ingest")
        if state.config.read_only:
            raise MarsadError(Err.STORE_READ_ONLY, url=state.store.url)
        return MsgspecResponse(_ingest(state, body))

    return r


def _ingest(state: ApiState, body: M.IngestIn) -> M.IngestOut:
    limit = state.config.max_ingest_articles
    if len(body.articles) > limit:
        raise MarsadError(Err.API_BAD_REQUEST, source="/ingest articles",
                          detail=f"{len(body.articles)} articles, more than {limit}",
                          fix="send them in several requests")  # fmt: skip
    raws = []
    for i, a in enumerate(body.articles):
        _check_text(state, a.text, f"/ingest articles[{i}].text")
        raws.append(_raw(a, f"/ingest articles[{i}]"))
    known = state.store.known_keys(r.key for r in raws)
    fresh = [r for r in raws if r.key not in known]
    worker = state.worker()
    with state.lock:
        results = [worker(r) for r in fresh]
    from marsad.store.rows import Analysed

    items = [x for x in results if isinstance(x, Analysed)]
    failures = [x for x in results if not isinstance(x, Analysed)]
    stored = state.store.write(items, failures) if results else 0
    if stored and state.config.refresh_after_ingest:
        _refresh(state)
    return M.IngestOut(received=len(raws), stored=stored, skipped=len(raws) - len(fresh),
                       failed=len(failures), failures=[f.reason for f in failures])  # fmt: skip


def _refresh(state: ApiState) -> None:
    from marsad.corpus.aggregate import aggregate_events
    from marsad.corpus.dedup import cluster

    with state.lock:
        cluster(state.store)
        aggregate_events(state.store)
