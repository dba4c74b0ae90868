"""Conservative clitic segmentation (v0: proclitics before the article only).

The article ال stays attached, as in UD Arabic. A token is only split when what
remains is itself a plausible word, so ``ولد``, ``بريطانيا``, ``كندا`` stay whole.
"""

from __future__ import annotations

from marsad.doc import Word

_CONJ = "وف"
_PREP = "بلك"


def segment(text: str, start: int) -> list[Word]:
    """Split one Arabic surface token into words with offsets (``start`` = token offset)."""
    words: list[Word] = []
    i = 0
    n = len(text)
    if n > 3 and text[0] in _CONJ and _splittable(text[1:]):
        words.append(Word(start=start, end=start + 1, text=text[0], form=text[0], role="proclitic"))
        i = 1
    if n - i > 3 and text[i] in _PREP:
        rest = text[i + 1 :]
        if rest.startswith("ال") and len(rest) > 3:
            words.append(_clitic(text, i, start))
            i += 1
        elif text[i] == "ل" and rest.startswith("ل") and len(rest) > 2:
            # للأمم = ل + الأمم: the article's alef was swallowed
            words.append(_clitic(text, i, start))
            i += 1
            words.append(Word(start=start + i, end=start + n, text=text[i:], form="ا" + text[i:]))
            return words
    words.append(Word(start=start + i, end=start + n, text=text[i:], form=text[i:]))
    return words


def _clitic(text: str, i: int, start: int) -> Word:
    return Word(start=start + i, end=start + i + 1, text=text[i], form=text[i], role="proclitic")


def _splittable(rest: str) -> bool:
    # v0: only split و/ف before a definite or prepositional form
    return rest.startswith("ال") or (rest[0] in _PREP and rest[1:].startswith("ال"))
