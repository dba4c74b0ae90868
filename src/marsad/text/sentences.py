"""News sentence splitter over tokens.

Boundaries: ``. ! ? ؟ …`` and line ends. Not boundaries: the Arabic comma, a full
stop inside a number (kept whole by the tokenizer), after a one-letter abbreviation
(``د.``, ``U.S.``) or a known short title (``Dr.``), and inside quoted speech within
the line. A quote that ends with a stop (``قال: "انتهى."``) ends the sentence after
its closing mark. Quote marks that do not balance within the line (a stray ``"``)
are ignored, so one typo cannot glue a whole paragraph into a single sentence.
"""

from __future__ import annotations

from marsad.doc import Sentence, Token

_FINAL = frozenset(".!?؟…")
_OPEN = {"«": "»", "“": "”", "„": "”"}
_CLOSE_AFTER = frozenset({'"', "»", "”", ")", "'"})
_ABBREV = frozenset({"dr", "mr", "mrs", "ms", "st", "jr", "no", "vs", "inc", "ltd", "co", "prof"})
# Latin initials spelt out in Arabic letters (سي. إن. إن., بي. بي. سي.)
AR_INITIALS = frozenset(
    [
        "بي",
        "تي",
        "سي",
        "دي",
        "إف",
        "اف",
        "جي",
        "إتش",
        "اتش",
        "آي",
        "اي",
        "جاي",
        "جيه",
        "إيه",
        "ايه",
        "أيه",
        "كي",
        "إل",
        "إم",
        "ام",
        "إن",
        "أو",
        "او",
        "كيو",
        "آر",
        "ار",
        "إس",
        "اس",
        "يو",
        "في",
        "دبليو",
        "إكس",
        "اكس",
        "واي",
        "زد",
    ]
)
_CLOSE_OR_FINAL = _CLOSE_AFTER | _FINAL


def _is_final(tok: Token) -> bool:
    return tok.kind == "punct" and tok.text[-1] in _FINAL and not tok.text.startswith("..")


def _is_abbrev(prev: Token | None, first: bool) -> bool:
    """A full stop after ``prev`` marks an abbreviation (or a list number: ``2.``)."""
    if prev is None:
        return False
    if prev.kind == "number":
        return first  # "2." opening a line numbers a list item
    if prev.kind not in ("word", "latin"):
        return False
    return len(prev.text) == 1 or prev.text.lower() in _ABBREV or prev.text in AR_INITIALS


def _balanced(tokens: list[Token]) -> tuple[bool, bool]:
    """Whether straight double quotes, and paired quotes, balance within the line."""
    chars = "".join(t.text for t in tokens if t.kind == "punct")
    paired = all(chars.count(o) == chars.count(c) for o, c in (("«", "»"), ("“", "”")))
    return chars.count('"') % 2 == 0, paired


def split_line(tokens: list[Token], first: int) -> list[tuple[int, int]]:
    """Sentence token ranges ``[i, j)`` (absolute indices) for one line's tokens."""
    use_plain, use_paired = _balanced(tokens)
    ranges: list[tuple[int, int]] = []
    begin = 0
    depth = 0  # open paired quotes
    in_plain = False
    for i, tok in enumerate(tokens):
        quoted_before = depth > 0 or in_plain
        if tok.kind != "punct":
            if not quoted_before:
                continue  # most tokens: a word outside quotes neither ends nor closes
        else:
            for ch in tok.text:
                if use_paired and ch in _OPEN:
                    depth += 1
                elif use_paired and ch in ("»", "”") and depth:
                    depth -= 1
                elif use_plain and ch == '"':
                    in_plain = not in_plain
        if depth or in_plain:
            continue
        prev = tokens[i - 1] if i else None
        if quoted_before and prev is not None and _is_final(prev):
            end = i + 1  # the quote closed right after a stop: the sentence ends here
        elif _is_final(tok) and not (tok.text == "." and _is_abbrev(prev, i == 1)):
            end = i + 1
        else:
            continue
        # closing quotes and repeated stops (!!, ؟!) belong to this sentence
        while (
            end < len(tokens)
            and tokens[end].kind == "punct"
            and all(ch in _CLOSE_OR_FINAL for ch in tokens[end].text)
        ):
            end += 1
        if end > begin:
            ranges.append((first + begin, first + end))
            begin = end
    if begin < len(tokens):
        ranges.append((first + begin, first + len(tokens)))
    return ranges


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
