"""Direct-quote spans marked by « », “ ”, „ “ and ASCII double quotes.

ASCII ``"`` is the same character for opening and closing, so its role is read
from its neighbours: after a space or line start and before a letter it opens,
after a letter and before a space or punctuation it closes. Quotes nest; only the
outermost span is returned. A quote still open at the end of the line closes
there (a line with an odd number of ``"``).
"""

from __future__ import annotations

PAIRS = {"«": "»", "“": "”", "„": "“"}
CLOSERS = {v: k for k, v in PAIRS.items() if k != "„"}
_OPEN_BEFORE = " \t([«:،,-—\u200f\u200e"
_CLOSE_AFTER = " \t)».,،:;!?؟…\u200f\u200e"


def _ascii_role(text: str, i: int, start: int, end: int) -> str:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    opens = before in _OPEN_BEFORE and after not in " \t"
    closes = before not in " \t" and after in _CLOSE_AFTER
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


_MARKS = '"«»“”„'


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost quoted contents ``(content_start, content_end)`` within ``text[start:end]``."""
    # the marks' offsets by str.find, one character after another, then sorted: a
    # sentence holds none or a pair, and a regex pass tests a character class at
    # every character (half the sentences with a cue hold no mark at all)
    f = text.find
    at: list[int] = []
    for mark in _MARKS:
        i = f(mark, start, end)
        while i >= 0:
            at.append(i)
            i = f(mark, i + 1, end)
    if not at:
        return []
    at.sort()
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i in at:
        ch = text[i]
        if ch == '"':
            # _ascii_role inlined (a call per mark otherwise): "open" where it opens
            # only, "close" where it closes only
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            opens = before in _OPEN_BEFORE and after not in " \t"
            closes = before not in " \t" and after in _CLOSE_AFTER
            if stack and stack[-1][0] == '"' and (closes or not opens):
                _pop(stack, spans, i)
            elif opens or not closes:
                stack.append(('"', i))
        elif ch in PAIRS and not (ch == "“" and stack and stack[-1][0] == "„"):
            stack.append((ch, i))
        elif ch in CLOSERS or (ch == "“" and stack and stack[-1][0] == "„"):
            want = "„" if ch == "“" else CLOSERS[ch]
            if any(c == want for c, _ in stack):
                while stack and stack[-1][0] != want:
                    stack.pop()
                _pop(stack, spans, i)
    if stack:
        spans.append((stack[0][1] + 1, end))
    return spans


def _pop(stack: list[tuple[str, int]], spans: list[tuple[int, int]], close: int) -> None:
    _, open_at = stack.pop()
    if not stack:
        spans.append((open_at + 1, close))
