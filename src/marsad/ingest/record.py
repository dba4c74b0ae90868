"""The records ingest yields: an article read from a source, or a failure with its reason."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

import msgspec

from marsad.errors import MarsadError


class RawArticle(msgspec.Struct, kw_only=True):
    """One article as read, before analysis. ``origin`` names where it came from."""

    origin: str
    text: str
    id: str = ""
    url: str | None = None
    source: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    category: str | None = None

    @property
    def key(self) -> str:
        """The content hash that keys the article in the store (re-ingest is a no-op)."""
        ident = self.id or self.url or ""
        h = hashlib.sha256()
        h.update(ident.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
        h.update(self.text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()


class Failure(msgspec.Struct, kw_only=True):
    """A document that could not be read or analysed, with a coded reason."""

    origin: str
    code: str
    reason: str

    @classmethod
    def from_error(cls, origin: str, exc: BaseException) -> Failure:
        if isinstance(exc, MarsadError):
            return cls(origin=origin, code=exc.code, reason=str(exc))
        # Unexpected errors are still reported per document, never raised mid-batch.
        return cls(origin=origin, code="E999", reason=f"{type(exc).__name__}: {exc}"[:500])


def _names(*names: str) -> tuple[str, ...]:
    return names


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which record fields hold what. Defaults read ../shared/data/news/* as they are
    (ANT: docno/src/cat/text/date, SaudiNewsNet: source/content/date_extracted)."""

    text: tuple[str, ...] = _names("text", "content", "body", "article", "abstract")
    title: tuple[str, ...] = _names("title", "headline")
    date: tuple[str, ...] = _names(
        "date", "published", "pubDate", "pub_date", "date_extracted", "time", "datetime"
    )
    id: tuple[str, ...] = _names("docno", "id", "guid", "doc_id")
    url: tuple[str, ...] = _names("url", "link")
    source: tuple[str, ...] = _names("src", "source", "site", "publisher")
    author: tuple[str, ...] = _names("author", "byline", "authors")
    category: tuple[str, ...] = _names("cat", "category", "section")

    def with_first(self, **fields: str | None) -> FieldMap:
        """A map where a user-named field is tried before the defaults."""
        changes = {k: (v, *getattr(self, k)) for k, v in fields.items() if v}
        return FieldMap(**{**{k: getattr(self, k) for k in self.__slots__}, **changes})


def iso_date(value: object) -> str | None:
    """Read ISO, 'YYYY-MM-DD hh:mm:ss' and RFC 2822 dates; anything else gives None."""
    if value is None:
        return None
    s = str(value).strip()
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
