"""Walk sources (files, directories, archives, feeds) and yield articles or failures.

Every file either yields articles or a ``Failure`` naming it and the reason, so a
batch over a messy directory always completes.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from marsad.errors import Err, MarsadError
from marsad.ingest.feeds import fetch, is_url, looks_like_feed, parse_feed
from marsad.ingest.html import html_title, html_to_text
from marsad.ingest.record import Failure, FieldMap, RawArticle, iso_date
from marsad.text.encoding import decode

Item = RawArticle | Failure
TEXT_EXT = {".txt", ".text", ".md"}
HTML_EXT = {".html", ".htm", ".xhtml"}
FEED_EXT = {".rss", ".atom", ".xml"}
KNOWN_EXT = TEXT_EXT | HTML_EXT | FEED_EXT | {".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".zip"}


def iter_sources(
    sources: Iterable[str], fields: FieldMap, max_bytes: int = 8_000_000
) -> Iterator[Item]:
    """Articles from each source in order (directories are walked sorted)."""
    for source in sources:
        if is_url(source):
            try:
                yield from parse_feed(fetch(source), source)
            except MarsadError as exc:
                yield Failure.from_error(source, exc)
            continue
        path = Path(source)
        if not path.exists():
            yield Failure.from_error(source, MarsadError(Err.NOT_FOUND, source=source))
        elif path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                yield from iter_file(file, fields, max_bytes)
        else:
            yield from iter_file(path, fields, max_bytes)


def _kind(name: str) -> tuple[str, bool]:
    """The content extension of a file name and whether it is gzipped."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    if gz:
        lower = lower[:-3]
    return Path(lower).suffix, gz


def iter_file(path: Path, fields: FieldMap, max_bytes: int) -> Iterator[Item]:
    origin = str(path)
    ext, gz = _kind(path.name)
    try:
        if ext == ".zip":
            yield from _iter_zip(path, fields, max_bytes)
        elif ext in (".jsonl", ".ndjson"):
            yield from _iter_jsonl(_open(path, gz), origin, fields)
        elif ext in (".csv", ".tsv"):
            yield from _iter_csv(_read(path, gz, None), origin, fields, ext == ".tsv")
        else:
            data = _read_bytes(path, gz, max_bytes if ext not in (".json",) else None)
            yield from iter_bytes(data, ext, origin, fields, path.stem)
    except MarsadError as exc:
        yield Failure.from_error(origin, exc)
    except (OSError, EOFError, zipfile.BadZipFile, gzip.BadGzipFile) as exc:
        err = MarsadError(
            Err.BAD_DATA_FILE,
            source=origin,
            kind=ext or "input",
            detail=exc,
            fix="check the file is complete",
        )
        yield Failure.from_error(origin, err)


def iter_bytes(data: bytes, ext: str, origin: str, fields: FieldMap, name: str) -> Iterator[Item]:
    """Articles in one file's bytes, by extension (unknown extensions are read as text)."""
    if ext == ".json":
        yield from _iter_json(decode(data, origin), origin, fields)
        return
    if ext in FEED_EXT or looks_like_feed(data):
        yield from parse_feed(data, origin)
        return
    text = decode(data, origin)
    title = None
    if ext in HTML_EXT:
        title = html_title(text)
        text = html_to_text(text)
    if not text.strip():
        raise MarsadError(Err.EMPTY_INPUT, source=origin)
    yield RawArticle(origin=origin, text=text, id=name, title=title)


def _read_bytes(path: Path, gz: bool, max_bytes: int | None) -> bytes:
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes * (1 if not gz else 20):
        raise MarsadError(Err.FILE_TOO_LARGE, source=str(path), size=size, limit=max_bytes)
    data = gzip.decompress(path.read_bytes()) if gz else path.read_bytes()
    if max_bytes is not None and len(data) > max_bytes:
        raise MarsadError(Err.FILE_TOO_LARGE, source=str(path), size=len(data), limit=max_bytes)
    if not data.strip():
        raise MarsadError(Err.EMPTY_INPUT, source=str(path))
    return data


def _open(path: Path, gz: bool) -> io.BufferedReader | gzip.GzipFile:
    return gzip.open(path, "rb") if gz else path.open("rb")


def _read(path: Path, gz: bool, max_bytes: int | None) -> str:
    return decode(_read_bytes(path, gz, max_bytes), str(path))


def _iter_zip(path: Path, fields: FieldMap, max_bytes: int) -> Iterator[Item]:
    with zipfile.ZipFile(path) as zf:
        for member in sorted(zf.namelist()):
            if member.endswith("/"):
                continue
            origin = f"{path}!{member}"
            ext, gz = _kind(member)
            try:
                data = zf.read(member)
                data = gzip.decompress(data) if gz else data
                if ext == ".jsonl":
                    yield from _iter_jsonl(io.BytesIO(data), origin, fields)
                else:
                    yield from iter_bytes(data, ext, origin, fields, Path(member).stem)
            except MarsadError as exc:
                yield Failure.from_error(origin, exc)


def _iter_jsonl(stream: Any, origin: str, fields: FieldMap) -> Iterator[Item]:
    for lineno, raw in enumerate(stream, 1):
        where = f"{origin}:{lineno}"
        if not raw.strip():
            continue
        try:
            record = json.loads(decode(raw, where))
            yield record_to_article(record, where, fields, f"{Path(origin).name}:{lineno}")
        except (MarsadError, ValueError) as exc:
            yield _bad(where, exc)


def _iter_json(text: str, origin: str, fields: FieldMap) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield _bad(origin, exc)
        return
    if isinstance(data, dict):
        lists = [
            v
            for k, v in data.items()
            if isinstance(v, list) and k in ("articles", "items", "data", "records")
        ]
        data = lists[0] if lists else [data]
    if not isinstance(data, list):
        yield _bad(origin, ValueError("JSON is neither an object nor a list of objects"))
        return
    for i, record in enumerate(data):
        where = f"{origin}[{i}]"
        try:
            yield record_to_article(record, where, fields, f"{Path(origin).name}[{i}]")
        except MarsadError as exc:
            yield _bad(where, exc)


def _iter_csv(text: str, origin: str, fields: FieldMap, tsv: bool) -> Iterator[Item]:
    csv.field_size_limit(64 * 1024 * 1024)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if tsv else ",")
    for i, record in enumerate(reader, 2):
        where = f"{origin}:{i}"
        try:
            yield record_to_article(record, where, fields, f"{Path(origin).name}:{i}")
        except MarsadError as exc:
            yield _bad(where, exc)


def _bad(where: str, exc: Exception) -> Failure:
    if isinstance(exc, MarsadError):
        return Failure.from_error(where, exc)
    err = MarsadError(
        Err.BAD_RECORD, source=where, detail=f"broken record ({exc})", fix="repair or drop the line"
    )
    return Failure.from_error(where, err)


def _first(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def record_to_article(record: Any, where: str, fields: FieldMap, fallback_id: str) -> RawArticle:
    """Map a JSON/CSV record to an article; a record without any text is refused."""
    if not isinstance(record, dict):
        raise MarsadError(
            Err.BAD_RECORD,
            source=where,
            detail="record is not an object",
            fix="one JSON object per article",
        )
    title = _first(record, fields.title)
    # Headline-only items (empty body) are kept under their title, not dropped.
    text = _first(record, fields.text) or title
    if not text:
        raise MarsadError(Err.EMPTY_INPUT, source=where)
    if "<" in text[:2000] and ">" in text[:2000]:
        from marsad.ingest.html import looks_like_html

        text = html_to_text(text) if looks_like_html(text) else text
    return RawArticle(
        origin=where,
        text=text,
        id=_first(record, fields.id) or _first(record, fields.url) or fallback_id,
        url=_first(record, fields.url),
        source=_first(record, fields.source),
        title=title,
        author=_first(record, fields.author),
        published=iso_date(_first(record, fields.date)),
        category=_first(record, fields.category),
    )
