"""KB gazetteer features: the KB matcher run over a sentence of surface tokens.

Training and run time build the gazetteer the same way (from the KB the package
ships, plus ``Settings.kb_paths``), so a CRF feature ``g=B-GPE`` means the same in both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from marsad.doc import Token
from marsad.kb.match import KBMatch, Matcher
from marsad.settings import Settings

_NO_TAGS: list[str] = []  # shared by every token without a match; never appended to


def gaz_tags(
    matches: Iterable[KBMatch], n: int, type_of: Callable[[str], str | None], offset: int = 0
) -> list[list[str]]:
    """Per token (``offset`` = index of the first), BIO tags of the KB types matched.
    Tokens without a match share one empty list (read-only: most tokens match
    nothing, and a list each would be half a million objects per 2,000 articles)."""
    out: list[list[str]] = [_NO_TAGS] * n
    for m in matches:
        if m.weak:
            continue  # an ambiguous form (``ماي``): the CRF reads its context unprompted
        labels = {"ADJ"} if m.adjective else {t for t in map(type_of, m.entry_ids) if t}
        a, b = m.token_start - offset, m.token_end - offset
        if a < 0 or b > n:
            continue
        for lab in sorted(labels):
            for j in range(a, b):
                if out[j] is _NO_TAGS:
                    out[j] = []
                out[j].append(("B-" if j == a else "I-") + lab)
    return out


@dataclass(slots=True)
class KBGazetteer:
    """Callable ``tokens -> per-token tags`` over the KB matcher."""

    matcher: Matcher
    type_of: Callable[[str], str | None]

    def __call__(self, tokens: Sequence[Token]) -> list[list[str]]:
        return gaz_tags(self.matcher.match(tokens), len(tokens), self.type_of)


def kb_gazetteer(settings: Settings) -> KBGazetteer:
    """The gazetteer from the KB (see ``marsad.kb``)."""
    from marsad.kb.loader import load_kb

    kb = load_kb(settings)

    def type_of(entry_id: str) -> str | None:
        entry = kb.get(entry_id)
        return None if entry is None else entry.type

    return KBGazetteer(kb.matcher, type_of)
