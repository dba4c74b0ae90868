"""Person names grown past the CRF's boundary after the merge of KB, rule and CRF spans.

The CRF often stops a person's name one word short: an unseen first name before it
(``طلعت`` of ``طلعت X``) or a surname after it. Two signals grow it by one word at a
time on either side, inside the sentence, over words no other span holds:

- the training data's name lexicon (``names.tsv`` beside the model, see
  ``marsad.entities.names``) knows the word as a person's name;
- after the name, a definite relation adjective (``الكندي``, ``العظمي``) that is not a
  nationality adjective: ANERcorp train writes such a word after a person's name 149
  times inside the name and 13 times outside it.

Tried on held-out tenths of ANERcorp train and left out: copying a longer name found
elsewhere in the article onto its shorter CRF mentions and unifying the CRF's types of
one name across the article (no change on either tenth), tagging a lone lexicon
name the CRF left out (F1 down 1.0-1.3 points), growing organisations and places by
the lexicon and cutting CRF places before an inner ``و`` word (no change).
"""

from __future__ import annotations

from collections.abc import Set

from marsad.doc import Document
from marsad.entities.rules import Span, span_text

_SOFT = frozenset({"crf", "prop"})  # spans from the CRF or propagated from it
Names = dict[str, tuple[str, ...]]


def nisba(norm: str) -> bool:
    """A definite relation adjective (``الكندي``), by form."""
    return norm.startswith("ال") and norm.endswith("ي") and len(norm) > 4


def grow_persons(
    doc: Document,
    spans: list[Span],
    bare: list[str],
    names: Names,
    blocked: Set[int] = frozenset(),
) -> list[Span]:
    """``spans`` with the CRF's persons grown (see the module). ``bare``: each token's
    stem without the article, as the lexicon keys it; ``blocked``: tokens never added
    (nationality adjectives)."""
    used = {i for s in spans for i in range(s.ts, s.te)} | set(blocked)
    out: list[Span] = []
    for s in spans:
        ts, te = _grown(doc, s, bare, names, used) if s.source in _SOFT else (s.ts, s.te)
        if (ts, te) == (s.ts, s.te):
            out.append(s)
            continue
        used.update(range(ts, te))
        start, end, form = span_text(doc, ts, te)
        out.append(Span(ts, te, "PER", s.source, start, end, form, confidence=s.confidence))
    return out


def _grown(
    doc: Document, s: Span, bare: list[str], names: Names, used: set[int]
) -> tuple[int, int]:
    if s.type != "PER":
        return s.ts, s.te
    sent = doc.sentence_at(doc.tokens[s.ts].start)
    lo, hi = (sent.token_start, sent.token_end) if sent else (0, len(bare))
    ts, te = s.ts, s.te
    while ts - 1 >= lo and ts - 1 not in used and "PERS" in names.get(bare[ts - 1], ()):
        ts -= 1
    while te < hi and te not in used and "PERS" in names.get(bare[te], ()):
        te += 1
    if te < hi and te not in used and nisba(doc.tokens[te].norm):
        te += 1
    return ts, te
