"""News sentence splitter over tokens.

Boundaries: ``. ! ? ؟ …`` and line ends. Not boundaries: the Arabic comma, a full
stop inside a number (kept whole by the tokenizer), after a one-letter abbreviation
(``د.``, ``U.S.``) and inside open quoted speech within the line.
"""

from __future__ import annotations

from marsad.doc import Sentence, Token

_FINAL = frozenset(".!?؟…")
_OPEN = {"«": "»", "“": "”", "„": "”"}
_SYMMETRIC = frozenset('"')


def _is_final(tok: Token) -> bool:
    return tok.kind == "punct" and tok.text[-1] in _FINAL and not tok.text.startswith("..")


def _is_abbrev(prev: Token | None) -> bool:
    return prev is not None and prev.kind in ("word", "latin") and len(prev.text) == 1


def split_line(tokens: list[Token], first: int) -> list[tuple[int, int]]:
    """Sentence token ranges ``[i, j)`` (absolute indices) for one line's tokens."""
    ranges: list[tuple[int, int]] = []
    begin = 0
    closers: list[str] = []
    in_plain = False
    for i, tok in enumerate(tokens):
        t = tok.text
        if tok.kind == "punct":
            for ch in t:
                if ch in _OPEN:
                    closers.append(_OPEN[ch])
                elif closers and ch == closers[-1]:
                    closers.pop()
                elif ch in _SYMMETRIC:
                    in_plain = not in_plain
        if not _is_final(tok) or closers or in_plain:
            continue
        if t == "." and _is_abbrev(tokens[i - 1] if i else None):
            continue
        end = i + 1
        # closing quotes/brackets right after the stop belong to this sentence
        while (
            end < len(tokens)
            and tokens[end].kind == "punct"
            and tokens[end].text in ('"', "»", "”", ")")
        ):
            end += 1
        ranges.append((first + begin, first + end))
        begin = end
    if begin < len(tokens):
        ranges.append((first + begin, first + len(tokens)))
    return [r for r in ranges if r[1] > r[0]]


def make_sentence(text: str, tokens: list[Token], rng: tuple[int, int], index: int) -> Sentence:
    start = tokens[rng[0]].start
    end = tokens[rng[1] - 1].end
    return Sentence(
        index=index,
        start=start,
        end=end,
        text=text[start:end],
        token_start=rng[0],
        token_end=rng[1],
    )
