"""GET routes: articles, events, actors, network, stories, timeline and statistics."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from sqlalchemy import Connection, select

from marsad.api import models as M
from marsad.api import params as P
from marsad.api import queries as Q
from marsad.api.state import ApiState, MsgspecResponse
from marsad.errors import Err, MarsadError
from marsad.store import schema as S
from marsad.store.query import ArticleFilter, EventFilter
from marsad.store.query import stats as store_stats
from marsad.store.rows import load_doc
from marsad.text.normalize import normalize

PathId = Annotated[int, Path(ge=1, le=2**31 - 1)]
Sort = Annotated[str, Query(pattern="^(date|confidence|goldstein|id)$")]
Order = Annotated[str, Query(pattern="^(asc|desc)$")]


def ok(model: type) -> dict[int | str, dict[str, Any]]:
    """OpenAPI response entry pointing at a msgspec Struct's schema component."""
    ref = {"$ref": f"#/components/schemas/{model.__name__}"}
    return {200: {"content": {"application/json": {"schema": ref}}, "description": "OK"}}


def missing(kind: str, value: object) -> MarsadError:
    return MarsadError(Err.API_NOT_FOUND, source=f"/{kind}s/{value}", kind=kind, value=value)


def event_filter(
    type: P.Types = None, actor: P.Code = None, source_actor: P.Code = None,
    target_actor: P.Code = None, country: P.Country = None, quad_class: P.Quad = None,
    date_from: P.DateFrom = None, date_to: P.DateTo = None, min_confidence: P.Confidence = 0.0,
    source: P.Text = None, sort: Sort = "date", order: Order = "desc",
    limit: P.Limit = 50, offset: P.Offset = 0, passing: bool = False,
) -> EventFilter:  # fmt: skip
    d_from, d_to = P.dates(date_from, date_to)
    return EventFilter(
        types=P.types(type), actor=P.code(actor), source_actor=P.code(source_actor),
        target_actor=P.code(target_actor), country=P.code(country), quad_class=quad_class,
        date_from=d_from, date_to=d_to, min_confidence=min_confidence, source=P.clean(source),
        sort=sort, order=order, limit=limit, offset=offset, passing=passing,
    )  # fmt: skip


def router(state: ApiState) -> APIRouter:
    r = APIRouter(default_response_class=MsgspecResponse)
    read = state.store.read
    _articles(r, state)
    _events(r, state)
    _actors(r, state)

    @r.get("/network", response_model=None, responses=ok(M.Network), summary="Actor network")
    def get_network(
        type: P.Types = None, date_from: P.DateFrom = None, date_to: P.DateTo = None,
        country: P.Country = None, actor: P.Code = None, quad_class: P.Quad = None,
        min_confidence: P.Confidence = 0.0,
        max_edges: Annotated[int, Query(ge=1, le=1000)] = 150,
    ) -> MsgspecResponse:  # fmt: skip
        """Actors as nodes and their interactions as directed edges, counted by PLOVER type
        and by cooperation (QuadClass 1-2) versus conflict (3-4)."""
        f = event_filter(type, actor, None, None, country, quad_class, date_from, date_to,
                         min_confidence)  # fmt: skip
        return MsgspecResponse(read(lambda c: Q.network(c, f, max_edges)))

    @r.get("/timeline", response_model=None, responses=ok(M.Timeline), summary="Events per day")
    def get_timeline(
        type: P.Types = None, actor: P.Code = None, country: P.Country = None,
        date_from: P.DateFrom = None, date_to: P.DateTo = None,
        min_confidence: P.Confidence = 0.0, source: P.Text = None,
    ) -> MsgspecResponse:  # fmt: skip
        """Events per day by PLOVER type and QuadClass (for the dashboard's timeline)."""
        f = event_filter(type, actor, None, None, country, None, date_from, date_to,
                         min_confidence, source)  # fmt: skip
        return MsgspecResponse(M.Timeline(days=read(lambda c: Q.timeline(c, f))))

    @r.get("/stories", response_model=None, responses=ok(M.StoryPage), summary="Stories")
    def get_stories(limit: P.Limit = 50, offset: P.Offset = 0) -> MsgspecResponse:
        """Stories (articles of several sources on one development), largest first."""
        return MsgspecResponse(read(lambda c: Q.stories(c, limit, offset)))

    @r.get(
        "/stories/{story_id}", response_model=None, responses=ok(M.StoryDetail), summary="One story"
    )
    def get_story(story_id: PathId) -> MsgspecResponse:
        """A story with its articles, their events and its timeline."""
        return MsgspecResponse(read(lambda c: _story(c, story_id)))

    @r.get("/stats", response_model=None, responses=ok(M.Stats), summary="Store statistics")
    def get_stats() -> MsgspecResponse:
        """Row counts, date range, sources, categories and event types."""
        counts = store_stats(state.store)
        return MsgspecResponse(read(lambda c: Q.stats(c, counts)))

    return r


def _story(conn: Connection, story_id: int) -> M.StoryDetail:
    story = Q.story(conn, story_id)
    if story is None:
        raise missing("story", story_id)
    arts = Q.articles(conn, ArticleFilter(story_id=story_id, limit=200)).items
    f = EventFilter(article_ids=tuple(a.id for a in arts), sort="confidence", limit=200)
    return M.StoryDetail(story=story, articles=arts, events=Q.events(conn, f).items,
                         timeline=Q.timeline(conn, f))  # fmt: skip


def _articles(r: APIRouter, state: ApiState) -> None:
    read = state.store.read

    @r.get("/articles", response_model=None, responses=ok(M.ArticlePage), summary="Search articles")
    def get_articles(
        q: Annotated[str | None, Query(max_length=500, description="Words to find (Arabic "
                                       "normalised: أ/إ/ا, ى/ي, ة/ه, diacritics, ال).")] = None,
        source: P.Text = None, category: P.Text = None, topic: P.Text = None,
        actor: P.Code = None, date_from: P.DateFrom = None, date_to: P.DateTo = None,
        story_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
        limit: P.Limit = 50, offset: P.Offset = 0,
    ) -> MsgspecResponse:  # fmt: skip
        """Full-text search and filters over stored articles, newest first."""
        d_from, d_to = P.dates(date_from, date_to)
        f = ArticleFilter(
            q=P.clean(q), source=P.clean(source), category=P.clean(category),
            topic=P.clean(topic), actor=P.code(actor), date_from=d_from, date_to=d_to,
            story_id=story_id, limit=limit, offset=offset,
        )  # fmt: skip
        return MsgspecResponse(read(lambda c: Q.articles(c, f)))

    @r.get(
        "/articles/{article_id}",
        response_model=None,
        responses=ok(M.ArticleDetail),
        summary="One article",
    )
    def get_article(article_id: PathId) -> MsgspecResponse:
        """An article with its full analysis: entities, dates, quotes and events with offsets."""
        return MsgspecResponse(read(lambda c: _article(c, article_id)))


def _article(conn: Connection, article_id: int) -> M.ArticleDetail:
    a = S.articles.c
    row = conn.execute(select(S.articles).where(a.id == article_id)).mappings().first()
    if row is None:
        raise missing("article", article_id)
    blob = conn.execute(
        select(S.analyses.c.doc).where(S.analyses.c.article_id == article_id)
    ).scalar_one_or_none()
    analysis: dict[str, Any] = {}
    if blob is not None:
        doc = load_doc(bytes(blob))
        doc.tokens, doc.lines = [], []  # large, and the dashboard does not need them
        analysis = doc.to_dict()
    ev = S.events.c
    ids = conn.execute(select(ev.local_id, ev.id).where(ev.article_id == article_id))
    hit = M.ArticleHit(**{k: row[k] for k in M.ArticleHit.__struct_fields__})
    return M.ArticleDetail(article=hit, category=row["category"], author=row["author"],
                           text=row["text"], analysis=analysis,
                           event_ids={r.local_id: r.id for r in ids})  # fmt: skip


def _events(r: APIRouter, state: ApiState) -> None:
    read = state.store.read

    @r.get("/events", response_model=None, responses=ok(M.EventPage), summary="Search events")
    def get_events(
        type: P.Types = None, actor: P.Code = None, source_actor: P.Code = None,
        target_actor: P.Code = None, country: P.Country = None, quad_class: P.Quad = None,
        date_from: P.DateFrom = None, date_to: P.DateTo = None,
        min_confidence: P.Confidence = 0.0, source: P.Text = None, sort: Sort = "date",
        order: Order = "desc", limit: P.Limit = 50, offset: P.Offset = 0,
        passing: P.Passing = False,
    ) -> MsgspecResponse:  # fmt: skip
        """Events by type, actors (source, target, either), country (ISO3 prefix of an
        actor code), QuadClass, date range, minimum confidence and news source; acts
        named only in passing (``reported`` false) with ``passing=true``."""
        f = event_filter(type, actor, source_actor, target_actor, country, quad_class,
                         date_from, date_to, min_confidence, source, sort, order, limit,
                         offset, passing)  # fmt: skip
        return MsgspecResponse(read(lambda c: Q.events(c, f)))

    @r.get(
        "/events/{event_id}", response_model=None, responses=ok(M.EventDetail), summary="One event"
    )
    def get_event(event_id: PathId) -> MsgspecResponse:
        """An event with every mention and its evidence sentence, including the mentions
        in other articles that report the same event (same actors, type and day)."""
        detail = read(lambda c: Q.event_detail(c, event_id))
        if detail is None:
            raise missing("event", event_id)
        return MsgspecResponse(detail)


def _actors(r: APIRouter, state: ApiState) -> None:
    read = state.store.read

    @r.get("/actors", response_model=None, responses=ok(M.ActorPage), summary="Search actors")
    def get_actors(
        q: Annotated[str | None, Query(max_length=200, description="Code or name "
                                       "(Arabic or English), normalised.")] = None,
        limit: P.Limit = 50, offset: P.Offset = 0,
    ) -> MsgspecResponse:  # fmt: skip
        """Actor codes with their names and counts, busiest first."""
        found = read(Q.all_actors)
        needle = P.clean(q)
        if needle:
            key = normalize(needle, state.settings.normalize).lower()
            found = [a for a in found if key in _haystack(a, state)]
        page = M.ActorPage(total=len(found), limit=limit, offset=offset,
                           items=found[offset : offset + limit])  # fmt: skip
        return MsgspecResponse(page)

    @r.get("/actors/{code}", response_model=None, responses=ok(M.ActorDetail), summary="One actor")
    def get_actor(
        code: Annotated[str, Path(pattern=P.CODE)],
        date_from: P.DateFrom = None, date_to: P.DateTo = None,
    ) -> MsgspecResponse:  # fmt: skip
        """An actor's events over time, main counterparts, latest events and quotes."""
        f = event_filter(None, code, date_from=date_from, date_to=date_to, limit=30)
        return MsgspecResponse(read(lambda c: _actor(c, code.upper(), f)))


def _haystack(a: M.Actor, state: ApiState) -> str:
    text = f"{a.code} {a.name or ''} {a.name_en or ''}"
    return normalize(text, state.settings.normalize).lower()


def _actor(conn: Connection, code: str, f: EventFilter) -> M.ActorDetail:
    found = Q.actor(conn, code)
    if found is None:
        raise missing("actor", code)
    return M.ActorDetail(
        actor=found, timeline=Q.timeline(conn, f), counterparts=Q.counterparts(conn, code, f),
        events=Q.events(conn, f).items, quotes=Q.actor_quotes(conn, code),
    )  # fmt: skip
