"""Places and bodies named after a person (مطار الملك خالد الدولي, جامع محمد علي).

The tagger and the KB see the person in such a name; the head noun before it says the
whole is a place or a body. The person's span becomes the name's: from the head noun
(and the title after it) to the relational adjectives that close it (الدولي, التخصصي).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from marsad.doc import Document
from marsad.entities.lexicon import read_list
from marsad.entities.rules import Span, span_text
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class FacilityHeads:
    """Normalised head nouns -> the type of the name they open."""

    types: dict[str, str]

    @classmethod
    def load(cls, opts: NormalizeOptions) -> FacilityHeads:
        types = {}
        for line in read_list("facility_heads.tsv"):
            word, _, typ = line.partition("\t")
            types[normalize(word, opts)] = typ.strip()
        return cls(types)


def facility_spans(
    doc: Document,
    spans: list[Span],
    stems: Sequence[str],
    heads: FacilityHeads,
    titles: frozenset[str],
    state_adjectives: frozenset[str],
    known_body: Callable[[str], bool] = lambda form: False,
) -> list[Span]:
    """``spans`` with each name right after a facility head (and a title) replaced by
    the facility's name; spans inside that name are dropped. ``known_body(form)``: the KB
    knows a body by that whole name (ملعب ليفربول is the club's ground: the club stays)."""
    names = [
        n
        for s in spans
        if _named(s, stems, titles, known_body) and (n := _facility(doc, s, stems, heads, titles))
    ]
    if not names:
        return spans
    for n in names:
        if n.form:  # a town's name, kept as the tagger read it
            continue
        n.te = _adjectives_end(stems, n.te, state_adjectives)
        n.start, n.end, n.form = span_text(doc, n.ts, n.te, known=True)
    covered = {i for n in names for i in range(n.ts, n.te)}
    kept = [s for s in spans if covered.isdisjoint(range(s.ts, s.te))]
    return sorted([*kept, *names], key=lambda s: s.ts)


def _named(
    s: Span, stems: Sequence[str], titles: frozenset[str], known_body: Callable[[str], bool]
) -> bool:
    """A person, or a titled name the KB does not know as a body or place (the tagger
    may call الملك فيصل after مستشفى a body). Other bodies after a facility noun keep
    their own span (ملعب ويمبلي: Wembley alone is the name news corpora mark)."""
    if s.type == "PER":
        return True
    titled = stems[s.ts] in titles or (s.ts > 0 and stems[s.ts - 1] in titles)
    return titled and s.type in ("ORG", "LOC") and not s.entry_ids and not known_body(s.form)


def _facility(
    doc: Document, s: Span, stems: Sequence[str], heads: FacilityHeads, titles: frozenset[str]
) -> Span | None:
    """The facility a person span names, or None. The head is indefinite (the first
    word of a construct) and in the same line of text as the name."""
    i = s.ts - 1
    titled = i >= 0 and stems[i] in titles
    if titled:
        i -= 1
    if i < 0:
        return None
    typ = heads.types.get(stems[i])
    if typ is None or "\n" in doc.text[doc.tokens[i].end : doc.tokens[s.ts].start]:
        return None
    if typ != "GPE":
        return Span(i, s.te, typ, "rule")
    if titled or s.entry_ids or _patronymic(stems, s):  # مدينة (الملك) محمد بن زايد
        return Span(i, s.te, "LOC", "rule")
    # a settlement's noun before a name: the name alone is a town, as written
    return Span(s.ts, s.te, "GPE", "rule", s.start, s.end, s.form)


def _patronymic(stems: Sequence[str], s: Span) -> bool:
    """Whether a name is a person's by its بن (خليفة بن سلمان)."""
    return any(stems[k] in ("بن", "ابن") for k in range(s.ts + 1, s.te))


_NOT_ADJECTIVES = frozenset({"الذي", "التي", "اللذي"})  # relative pronouns end like one


def _adjectives_end(stems: Sequence[str], te: int, state_adjectives: frozenset[str]) -> int:
    """The end of the relational adjectives after a name (الدولي, التخصصي, الجوية);
    a state's adjective (السعودي) is not the name's."""
    while te < len(stems):
        w = stems[te]
        if not (w.startswith("ال") and w.endswith(("ي", "يه"))) or w in _NOT_ADJECTIVES:
            break
        if w in state_adjectives:
            break
        te += 1
    return te
