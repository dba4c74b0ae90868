"""Reading input bytes: UTF-8 (with or without BOM), Windows-1256 or ISO-8859-6.

Binary and undecodable input is refused with a coded error naming the input.
"""

from __future__ import annotations

import sys
from pathlib import Path

from marsad.errors import Err, MarsadError

_SNIFF = 8192
_ARABIC_LO, _ARABIC_HI = 0x0600, 0x06FF
# control bytes that do not occur in text (tab, newlines, form feed and escape do)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> str | None:
    head = data[:_SNIFF]
    nul = data.find(0)  # memchr over the whole input: cheap even for 50 MB
    if nul >= 0:
        return f"NUL byte at offset {nul}"
    ctrl = len(head) - len(head.translate(None, _CONTROL))  # counted in C
    if head and ctrl / len(head) > 0.05:
        return f"{ctrl} control bytes in the first {len(head)}"
    return None


def _arabic_share(text: str) -> float:
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if _ARABIC_LO <= ord(c) <= _ARABIC_HI) / len(letters)


def decode(data: bytes, source: str = "<input>") -> str:
    """Decode article bytes, detecting legacy Arabic encodings."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise MarsadError(Err.UNDECODABLE, source=source, detail=str(exc)) from None
    reason = _looks_binary(data)
    if reason:
        raise MarsadError(Err.BINARY_INPUT, source=source, detail=reason)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"invalid UTF-8 at byte {exc.start}"
    # UTF-8 with a few broken bytes (a truncated last character, a stray byte) is
    # still UTF-8: a legacy-encoded file fails on nearly every Arabic letter.
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(1, len(lenient) // 1000):
        return lenient
    best: tuple[float, str] | None = None
    for enc in ("cp1256", "iso8859_6"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        share = _arabic_share(text)
        if best is None or share > best[0]:
            best = (share, text)
    if best is None or best[0] < 0.3 or not _has_word_spacing(best[1]):
        raise MarsadError(Err.UNDECODABLE, source=source, detail=utf8_error)
    return best[1]


def _has_word_spacing(text: str) -> bool:
    """Text separates words by spaces; random high bytes read as cp1256 do not."""
    sample = text[:20000]
    spaces = sum(1 for c in sample if c.isspace())
    return bool(sample) and spaces / len(sample) >= 0.05


def read_text(path: str | Path, *, max_bytes: int | None = None) -> str:
    """Read a file (or ``-`` for standard input) as text, refusing binary input."""
    source = str(path)
    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        p = Path(path)
        if not p.exists():
            raise MarsadError(Err.NOT_FOUND, source=source)
        if p.is_dir():
            raise MarsadError(
                Err.BAD_RECORD,
                source=source,
                detail="is a directory",
                fix="pass a file, or use `marsad ingest` for directories",
            )
        size = p.stat().st_size
        if max_bytes is not None and size > max_bytes:  # refuse before reading it all
            raise MarsadError(Err.FILE_TOO_LARGE, source=source, size=size, limit=max_bytes)
        data = p.read_bytes()
    if max_bytes is not None and len(data) > max_bytes:
        raise MarsadError(Err.FILE_TOO_LARGE, source=source, size=len(data), limit=max_bytes)
    text = decode(data, source)
    if not text.strip():
        raise MarsadError(Err.EMPTY_INPUT, source=source)
    return text
