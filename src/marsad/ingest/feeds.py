"""RSS/Atom feeds from a file or an http(s) URL (fetching is what the user asked for)."""

from __future__ import annotations

import time
import urllib.request
from collections.abc import Iterator
from typing import Any

from marsad.errors import Err, MarsadError
from marsad.ingest.html import html_to_text, looks_like_html
from marsad.ingest.record import Failure, RawArticle, iso_date

USER_AGENT = "marsad/0.1 (+https://marsad.dev)"


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(url: str, timeout: float = 30.0) -> bytes:
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.read()  # type: ignore[no-any-return]
    except OSError as exc:
        raise MarsadError(Err.NOT_FOUND, source=f"{url} ({exc})") from None


def looks_like_feed(head: bytes) -> bool:
    h = head[:4000].lower()
    return b"<rss" in h or b"<feed" in h or b"<rdf:rdf" in h


def _entry_text(entry: Any) -> str:
    parts = entry.get("content") or []
    raw = parts[0].get("value", "") if parts else entry.get("summary", "")
    return html_to_text(raw) if looks_like_html(raw) else str(raw)


def parse_feed(data: bytes, origin: str) -> Iterator[RawArticle | Failure]:
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield Failure(origin=origin, code=Err.BAD_RECORD.code, reason=f"{origin}: not a feed")
        return
    channel = parsed.feed.get("title")
    for i, entry in enumerate(parsed.entries):
        where = f"{origin}#{i}"
        text = _entry_text(entry).strip()
        if not text:
            err = MarsadError(Err.EMPTY_INPUT, source=where)
            yield Failure.from_error(where, err)
            continue
        yield RawArticle(
            origin=where,
            text=text,
            id=str(entry.get("id") or entry.get("link") or where),
            url=entry.get("link"),
            source=channel,
            title=entry.get("title"),
            author=entry.get("author"),
            published=iso_date(entry.get("published") or entry.get("updated")),
        )


def watch(url: str, interval: float, rounds: int | None) -> Iterator[RawArticle | Failure]:
    """Poll a feed; the store's content keys make repeated entries no-ops."""
    n = 0
    while rounds is None or n < rounds:
        try:
            yield from parse_feed(fetch(url), url)
        except MarsadError as exc:
            yield Failure.from_error(url, exc)
        n += 1
        if rounds is None or n < rounds:
            time.sleep(interval)
