"""Folded text with an offset map back to the original.

Matching runs on normalised text (hamza, taa marbuta, diacritics, digits folded),
but spans must point into ``Document.text``; folding can delete characters
(diacritics) or expand one (lam-alef ligatures), so each folded character keeps
the offset of the original character it came from.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from marsad.settings import NormalizeOptions
from marsad.text.normalize import table_for


@lru_cache(maxsize=8)
def _changers(opts: NormalizeOptions) -> re.Pattern[str]:
    """Characters whose folding is not one-to-one (deleted or expanded)."""
    table = table_for(opts)
    odd = [chr(cp) for cp, rep in table.items() if rep is None or len(rep) != 1]
    return re.compile("[" + "".join(re.escape(c) for c in odd) + "]+")


@dataclass(frozen=True, slots=True)
class Folded:
    text: str  # folded text
    offsets: list[int]  # offsets[i]: original offset of folded char i; one extra at the end
    length: int  # length of the original text

    def orig_start(self, i: int) -> int:
        return self.offsets[i]

    def orig_end(self, j: int) -> int:
        """Original end of a folded span ending at ``j`` (exclusive). Characters the
        fold deleted right after the span (tanween on ``غداً``) belong to it."""
        return self.offsets[j]

    def folded_pos(self, orig: int) -> int:
        """The first folded index whose original offset is >= ``orig``."""
        return bisect_left(self.offsets, orig, 0, len(self.text))


def fold(text: str, opts: NormalizeOptions) -> Folded:
    table = table_for(opts)
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _changers(opts).finditer(text):
        parts.append(text[pos : m.start()].translate(table))
        offsets.extend(range(pos, m.start()))
        for k in range(m.start(), m.end()):
            rep = text[k].translate(table)
            parts.append(rep)
            offsets.extend([k] * len(rep))
        pos = m.end()
    parts.append(text[pos:].translate(table))
    offsets.extend(range(pos, len(text)))
    offsets.append(len(text))
    return Folded("".join(parts), offsets, len(text))
