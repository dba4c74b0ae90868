"""Search text for Arabic full-text search, the same on both backends.

Text and queries pass through ``normalize`` (alef, yaa, taa marbuta, diacritics,
controls) and a light article/conjunction strip, so ``والرئيس`` finds ``الرئيس``.
Single-letter proclitics are only stripped before ``ال``: ``وزير`` keeps its waw.
"""

from __future__ import annotations

import re

from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize

_WORD = re.compile(r"[\w\u0600-\u06ff]+")
# One regex pass strips the article (with a fused conjunction/preposition) from words
# that keep at least two letters after it.
_ARTICLE = re.compile(r"\b(?:وبال|وال|بال|فال|كال|لل|ال)(?=\w\w)")


def stem(word: str) -> str:
    return _ARTICLE.sub("", word, count=1)


def search_text(text: str, opts: NormalizeOptions) -> str:
    """The words of ``text`` as the index stores them."""
    return " ".join(_WORD.findall(_ARTICLE.sub("", normalize(text, opts).lower())))


def fts5_query(query: str, opts: NormalizeOptions) -> str:
    """An FTS5 MATCH expression: every word must occur; a trailing * keeps a prefix search."""
    parts = []
    for raw in query.split():
        prefix = raw.endswith("*")
        words = search_text(raw.rstrip("*"), opts).split()
        for i, w in enumerate(words):
            last = prefix and i == len(words) - 1
            parts.append(f'"{w}"*' if last else f'"{w}"')
    return " ".join(parts)
