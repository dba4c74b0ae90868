"""Typed request bodies (pydantic, validated by FastAPI) and responses (msgspec Structs,
encoded directly; their JSON Schemas are merged into the OpenAPI document)."""

from __future__ import annotations

from typing import Any

import msgspec
from pydantic import BaseModel, Field

from marsad.store.query import ArticleHit, EventHit

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


# -- requests ---------------------------------------------------------------
class ArticleIn(BaseModel):
    text: str = Field(min_length=1, description="Article body (plain text).")
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, pattern=DATE_PATTERN, description="YYYY-MM-DD")
    source: str | None = Field(None, max_length=200)
    id: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000)
    category: str | None = Field(None, max_length=100)


class AnalyzeIn(ArticleIn):
    tokens: bool = Field(False, description="Include tokens and words in the answer.")


class IngestIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1)


# -- responses --------------------------------------------------------------
class Page(msgspec.Struct, kw_only=True):
    total: int
    limit: int
    offset: int
    capped: bool = False  # total stopped counting at its cap: there are more


class ArticlePage(Page, kw_only=True):
    items: list[ArticleHit]


class EventRow(EventHit, kw_only=True):
    place_actor: str | None = None
    place_text: str | None = None
    negated: bool = False
    intent: bool = False
    hypothetical: bool = False
    published: str | None = None
    title: str | None = None  # the article's title


class EventPage(Page, kw_only=True):
    items: list[EventRow]


class EvidenceOut(msgspec.Struct, kw_only=True):
    event_id: int
    article_id: int
    sentence: int
    trigger: str
    trigger_start: int
    trigger_end: int
    evidence: str
    title: str | None = None
    news_source: str | None = None
    published: str | None = None


class EventDetail(msgspec.Struct, kw_only=True):
    event: EventRow
    mentions: list[EvidenceOut]  # this event's mentions, then other articles' reports


class Actor(msgspec.Struct, kw_only=True):
    code: str
    name: str | None = None
    name_en: str | None = None
    n_articles: int = 0
    n_events: int = 0


class ActorPage(Page, kw_only=True):
    items: list[Actor]


class DayCount(msgspec.Struct, kw_only=True):
    date: str
    type: str
    quad_class: int
    n: int


class Counterpart(msgspec.Struct, kw_only=True):
    code: str
    name: str | None
    n_events: int
    n_cooperation: int
    n_conflict: int


class QuoteOut(msgspec.Struct, kw_only=True):
    article_id: int
    text: str
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    published: str | None = None


class ActorDetail(msgspec.Struct, kw_only=True):
    actor: Actor
    timeline: list[DayCount]
    counterparts: list[Counterpart]
    events: list[EventRow]
    quotes: list[QuoteOut]


class Node(msgspec.Struct, kw_only=True):
    id: str
    name: str | None
    name_en: str | None
    n_events: int


class Edge(msgspec.Struct, kw_only=True):
    source: str
    target: str
    n_events: int
    n_cooperation: int
    n_conflict: int
    goldstein: float | None
    types: dict[str, int]


class Network(msgspec.Struct, kw_only=True):
    nodes: list[Node]
    edges: list[Edge]


class Story(msgspec.Struct, kw_only=True):
    id: int
    title: str | None
    first_seen: str | None
    last_seen: str | None
    n_articles: int
    n_sources: int


class StoryPage(Page, kw_only=True):
    items: list[Story]


class StoryDetail(msgspec.Struct, kw_only=True):
    story: Story
    articles: list[ArticleHit]
    events: list[EventRow]
    timeline: list[DayCount]


class ArticleDetail(msgspec.Struct, kw_only=True):
    article: ArticleHit
    category: str | None
    author: str | None
    text: str
    analysis: dict[str, Any]  # the stored Document (see docs/document.schema.json)
    event_ids: dict[str, int]  # document-local event id -> /events/{id}


class Count(msgspec.Struct, kw_only=True):
    name: str
    n: int


class Stats(msgspec.Struct, kw_only=True):
    counts: dict[str, int]
    first_date: str | None
    last_date: str | None
    sources: list[Count]
    categories: list[Count]
    types: list[Count]


class Timeline(msgspec.Struct, kw_only=True):
    days: list[DayCount]


class Analysis(msgspec.Struct, kw_only=True):
    analysis: dict[str, Any]


class IngestOut(msgspec.Struct, kw_only=True):
    received: int
    stored: int
    skipped: int
    failed: int
    failures: list[str]


class ErrorBody(msgspec.Struct, kw_only=True):
    code: str
    message: str


class ErrorOut(msgspec.Struct, kw_only=True):
    error: ErrorBody


RESPONSE_TYPES: tuple[type, ...] = (
    ArticlePage, EventPage, EventDetail, ActorPage, ActorDetail, Network, StoryPage,
    StoryDetail, ArticleDetail, Stats, Timeline, Analysis, IngestOut, ErrorOut,
)  # fmt: skip
