"""Tokenizer: one compiled pattern, longest-first alternatives, offsets into the input.

Arabic words are tried early (most tokens are Arabic words) with a possessive
quantifier, so a word that turns out to be a model name (``إس-400``) fails at once
and falls through to the ``model`` alternative instead of backtracking.

Kept whole: weapon/model names (``إس-400``, ``S-400``, ``F-35``), numeric dates
(``14/12/2020``), decimals and thousands, URLs, e-mails, hashtags, Latin words.
A proclitic written against a Latin or model name (``وS-400``, ``بـF-35``, ``لـCNN``)
stays in the same token (kind ``glued``, later split into two words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Arabic letters (incl. Persian/Urdu additions), harakat, tatweel, presentation forms;
# ZWNJ/ZWJ may sit inside a word and stay in it (normalisation removes them).
AR = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc"
AR_MARK = "\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c\u200d"
DIGIT = r"0-9\u0660-\u0669\u06f0-\u06f9"
LATIN = r"A-Za-z\u00c0-\u024f"

_MODEL = rf"(?:[{LATIN}]+[\-‐–][{DIGIT}]+(?:[{LATIN}]+\b)?(?:[\-‐][{LATIN}{DIGIT}]+)*)"
_LATIN_WORD = rf"(?:[{LATIN}]+(?:[{DIGIT}]+[{LATIN}]*)?(?:['’][{LATIN}]+)*)"

_PATTERN = rf"""
(?P<url>(?:https?://|www\.)[^\s<>"«»]+[^\s<>"«».,،؛:;!?؟)\]}}'])
|(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)
|(?P<hashtag>[#@][{AR}{AR_MARK}{LATIN}{DIGIT}_]+)
|(?P<date>[{DIGIT}]{{1,4}}[/.\-][{DIGIT}]{{1,2}}[/.\-][{DIGIT}]{{1,4}}(?![{DIGIT}]))
|(?P<glued>(?:[وف][بلك]?|[بلك])\u0640?(?:{_MODEL}|{_LATIN_WORD}))
|(?P<word>[{AR}][{AR}{AR_MARK}]*+(?![\-‐–][{DIGIT}]))
|(?P<model>(?:[{AR}{AR_MARK}]+|[{LATIN}]+)[\-‐–][{DIGIT}]+(?:[{LATIN}]+\b)?(?:[\-‐][{LATIN}{DIGIT}]+)*)
|(?P<latin>{_LATIN_WORD})
|(?P<number>[{DIGIT}]+(?:[.,٫٬][{DIGIT}]+)*(?:[{LATIN}]+\b)?)
|(?P<punct>\.{{2,}}|[.,،؛;:!?؟…"'«»“”„‘’()\[\]{{}}\-–—/\\|*+=<>%٪&^~`]+?)
|(?P<symbol>[^\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c])
"""

TOKEN_RE = re.compile(_PATTERN, re.VERBOSE)


def iter_tokens(
    text: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, kind)`` for each token of ``text[start:end]``.

    ``kind`` is a ``TokenKind``: a ``glued`` match is reported as ``model`` or ``latin``.
    """
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        kind = m.lastgroup or "symbol"
        if kind == "glued":
            kind = glued_kind(m.group())
        yield m.start(), m.end(), kind


def glued_kind(surface: str) -> str:
    """``وS-400`` is a model name, ``لـCNN`` a Latin word."""
    return "model" if any("0" <= c <= "9" for c in surface) else "latin"
