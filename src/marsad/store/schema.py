"""Tables of the corpus store (SQLAlchemy Core). Changes go through ``migrations.py``.

Designed for the API (issue 7): events are indexed on date, type, source and target
actor; ``event_aggregates`` holds GDELT-style cross-article rows; ``actors`` names codes.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    true,
)

metadata = MetaData()

migrations = Table(
    "migrations",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("applied_at", String(32), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(64), nullable=False, unique=True),  # content hash
    Column("text_hash", String(64), nullable=False, index=True),  # normalised body: exact dups
    Column("doc_id", Text, index=True),
    Column("url", Text),
    Column("source", String(200), index=True),
    Column("title", Text),
    Column("author", Text),
    Column("published", String(10), index=True),
    Column("category", String(100)),
    Column("topic", String(40), index=True),
    Column("topic_score", Float),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("n_chars", Integer, nullable=False),
    Column("minhash", LargeBinary),
    Column("dup_of", Integer, index=True),  # near/exact duplicate of this article id
    Column("story_id", Integer, index=True),
    Column("ingested_at", String(32), nullable=False),
)

analyses = Table(
    "analyses",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id"), primary_key=True),
    Column("schema_version", String(10), nullable=False),
    Column("steps", Text, nullable=False),
    Column("doc", LargeBinary, nullable=False),  # zlib-compressed Document JSON
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False, index=True),
    Column("local_id", String(20), nullable=False),
    Column("type", String(10), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("name_norm", Text, nullable=False, index=True),
    Column("name_en", Text),
    Column("kb_id", String(100), index=True),
    Column("actor", String(40), index=True),
    Column("confidence", Float, nullable=False),
    Column("n_mentions", Integer, nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
    Column("article_id", Integer, nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("sentence", Integer, nullable=False),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("speaker", Text),
    Column("speaker_text", Text),
    Column("speaker_actor", String(40), index=True),
    Column("cue", Text),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False, index=True),
    Column("local_id", String(20), nullable=False),
    Column("type", String(12), nullable=False, index=True),
    Column("mode", String(40)),
    Column("source_actor", String(40), index=True),
    Column("source_text", Text),
    Column("target_actor", String(40), index=True),
    Column("target_text", Text),
    Column("place_actor", String(40)),
    Column("place_text", Text),
    Column("cameo", String(8)),
    Column("quad_class", Integer),
    Column("goldstein", Float),
    Column("date", String(10), index=True),
    Column("date_from", String(10), nullable=False),
    Column("negated", Boolean, nullable=False),
    Column("intent", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False),
    # False for an act named only in passing (a past attack as a reference point, an
    # anniversary): kept for the record, left out of lists and aggregates by default
    Column("reported", Boolean, nullable=False, server_default=true()),
    Column("confidence", Float, nullable=False),
    Column("news_source", String(200), index=True),
    Column("published", String(10)),
    Column("aggregate_id", Integer, index=True),
    Index("ix_events_date_type", "date", "type"),
)

event_mentions = Table(
    "event_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False, index=True),
    Column("article_id", Integer, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("trigger", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("evidence", Text, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("n_articles", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
)

event_aggregates = Table(
    "event_aggregates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_actor", String(40), nullable=False, index=True),  # '' when unknown
    Column("type", String(12), nullable=False, index=True),
    Column("target_actor", String(40), nullable=False, index=True),
    Column("date", String(10), nullable=False, index=True),
    Column("cameo", String(8)),
    Column("quad_class", Integer),
    Column("goldstein", Float),
    Column("n_mentions", Integer, nullable=False),
    Column("n_articles", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("best_confidence", Float, nullable=False),
    Column("best_event_id", Integer),
    UniqueConstraint("source_actor", "type", "target_actor", "date"),
)

actors = Table(
    "actors",
    metadata,
    Column("code", String(40), primary_key=True),
    Column("name", Text),
    Column("name_en", Text),
    Column("n_articles", Integer, nullable=False),
    Column("n_events", Integer, nullable=False),
)

errors = Table(
    "errors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", Text, nullable=False),
    Column("code", String(8), nullable=False, index=True),
    Column("reason", Text, nullable=False),
    Column("at", String(32), nullable=False),
)

ingested_files = Table(
    "ingested_files",
    metadata,
    Column("path", Text, primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("mtime", Float, nullable=False),
    Column("at", String(32), nullable=False),
)
