"""What one API server is told: store URL, read-only flag, write token and size limits."""

from __future__ import annotations

import os
from dataclasses import dataclass

TOKEN_ENV = "MARSAD_API_TOKEN"


@dataclass(frozen=True, slots=True)
class ApiConfig:
    db_url: str | None = None
    read_only: bool = False
    token: str | None = None  # None: write endpoints refuse every request
    max_body_bytes: int = 2_000_000  # a POST body larger than this is refused with E504
    max_text_chars: int = 100_000  # one article's text in /analyze and /ingest
    max_ingest_articles: int = 100  # articles per /ingest request
    refresh_after_ingest: bool = True  # rebuild stories, aggregates and actors after /ingest

    @classmethod
    def from_env(cls, db_url: str | None, read_only: bool, **changes: object) -> ApiConfig:
        """The token comes from ``MARSAD_API_TOKEN`` when the caller gives none (read at
        app build time, never at import)."""
        token = changes.pop("token", None) or os.environ.get(TOKEN_ENV) or None
        return cls(db_url=db_url, read_only=read_only, token=token, **changes)  # type: ignore[arg-type]
