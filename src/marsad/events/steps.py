"""The ``events`` pipeline step: PLOVER/CAMEO events from the sentences and entities."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import compress, count
from operator import attrgetter

from marsad.doc import ACTOR_ROWS_META, Document, Event, Token
from marsad.events.coder import Coder, Extra, letters_offset
from marsad.events.learned import Consult, load_model
from marsad.events.lexicon import MEMO_MAX, candidates, load_resources
from marsad.events.merge import merge_events
from marsad.events.modality import reference_point
from marsad.events.ontology import load_ontology
from marsad.kb.loader import KB, load_kb
from marsad.pipeline import StepFn, installed, step
from marsad.settings import NormalizeOptions, Settings
from marsad.text.normalize import normalize


class Adjectives:
    """Nationality adjectives of the KB's states, indexed by normalised form with and
    without the article (الإيرانية، إيرانية) so any clitic-stripped token finds them."""

    def __init__(self, kb: KB, opts: NormalizeOptions) -> None:
        self.codes: dict[str, str] = {}
        self.memo: dict[str, tuple[str, int] | None] = {}
        self.plain: set[str] = set()  # forms read as no adjective and no pair's first word
        self.pairs: dict[tuple[str, ...], str] = {}
        self.firsts: set[str] = set()
        # indefinite accusatives (مصورا فرنسيا، 13 عراقيا): read only after such a noun or a
        # number, since the bare spelling is often the country (روسيا، سوريا، تركيا)
        self.accusative: dict[str, str] = {}
        for entry in kb.entries:
            code = entry.country or (entry.code[:3] if entry.code else None)
            if entry.type != "GPE" or code is None or entry.kind not in (None, "state"):
                continue
            for adj in entry.adjectives_ar:
                words = normalize(adj, opts).split()
                if len(words) == 2:  # كوري شمالي: the second word settles the state
                    self.pairs.setdefault(tuple(words), code)
                    self.firsts.add(words[0])
                    continue
                form = words[0] if words else ""
                bare = form[2:] if form.startswith("ال") else form
                for f in _nisba_forms(bare):
                    self.codes.setdefault(f, code)
                    self.codes.setdefault("ال" + f, code)
                if bare.endswith("ي"):
                    self.accusative.setdefault(bare + "ا", code)

    def spans(self, doc: Document, norms: list[str] | None = None) -> list[Extra]:
        """Adjective spans of ``doc``; ``norms``: each token's norm, if the caller has them."""
        out: list[Extra] = []
        toks = doc.tokens
        skip = -1
        plain = self.plain
        if norms is None:
            norms = [t.norm for t in toks]
        # Most tokens are known to be no adjective and no pair's first word (or no word):
        # the document's other spellings are found by set difference, their positions by
        # one set test each in C (map, compress), before the loop that does the work.
        rest = set(norms).difference(plain)
        for i in list(compress(count(), map(rest.__contains__, norms))):
            tok = toks[i]
            norm = tok.norm
            if tok.kind != "word":
                plain.add(norm)
                continue
            if i <= skip:
                continue
            if norm in self.accusative and i > 0 and _indefinite_accusative(toks[i - 1]):
                code = self.accusative[norm]
                out.append((tok.start, tok.end, "ADJ", code, None, tok.text))
                continue
            first = norm in self.firsts or norm[1:] in self.firsts
            pair = self._pair(toks, i) if first else None
            if pair is not None:
                out.append(
                    (
                        tok.start,
                        toks[i + 1].end,
                        "ADJ",
                        pair,
                        None,
                        doc.text[tok.start : toks[i + 1].end],
                    )
                )
                skip = i + 1
                continue
            if tok.norm in self.memo:
                found = self.memo[tok.norm]
            else:
                found = self._read(tok.norm)
                if len(self.memo) > MEMO_MAX:
                    self.memo.clear()
                    plain.clear()
                self.memo[tok.norm] = found
                if found is None and not first and norm not in self.accusative:
                    plain.add(norm)
            if found is not None:
                code, letters = found
                start = tok.start + letters_offset(tok.text, letters)
                out.append((start, tok.end, "ADJ", code, None, doc.text[start : tok.end]))
        return out

    def _pair(self, toks: list[Token], i: int) -> str | None:
        if i + 1 >= len(toks):
            return None
        first = toks[i].norm[1:] if toks[i].norm[:1] in "وف" else toks[i].norm
        if first not in self.firsts and toks[i].norm not in self.firsts:
            return None
        return self.pairs.get((first, toks[i + 1].norm)) or self.pairs.get(
            (toks[i].norm, toks[i + 1].norm)
        )

    def _read(self, norm: str) -> tuple[str, int] | None:
        """(country code, proclitic letters) when the token is a nationality adjective."""
        for cand, prefix in candidates(norm):
            code = self.codes.get(cand)
            if code is not None:
                return code, len(prefix)
        return None


_NORM = attrgetter("norm")


def with_institution_roles(doc: Document, spans: list[Extra]) -> list[Extra]:
    """An adjective inside an institution the entities step coded (الجيش النمساوي: a row
    with actor AUTMIL) carries that institution's code with its role, not the bare state."""
    rows = doc.meta.get(ACTOR_ROWS_META) if doc.meta else None
    if not rows:
        return spans
    bodies = [r for r in rows if not r.get("adjective") and r.get("actor")]
    out: list[Extra] = []
    held: set[int] = set()  # bodies that hold an adjective span
    for start, end, etype, code, entity, text in spans:
        if etype == "ADJ" and code:
            k, row = next(
                ((k, r) for k, r in enumerate(bodies) if r["start"] <= start and end <= r["end"]),
                (-1, None),
            )
            if row is not None:
                held.add(k)
            if row is not None and str(row["actor"])[:3] == code[:3]:
                code = str(row["actor"])
        out.append((start, end, etype, code, entity, text))
    # a body named without an adjective (قوات الاحتلال, جيش الاحتلال) is an actor itself
    for k, r in enumerate(bodies):
        if k not in held:
            out.append((r["start"], r["end"], "ORG", str(r["actor"]), None, str(r["text"])))
    return out


def _indefinite_accusative(tok: Token) -> bool:
    """A number or an indefinite accusative noun (مصورا، جنديا، شخصا) that a nationality
    adjective in the accusative (فرنسيا) agrees with."""
    if tok.kind == "number":
        return True
    w = tok.norm
    return tok.kind == "word" and len(w) > 3 and w.endswith("ا") and not w.startswith("ال")


def _nisba_forms(adj: str) -> list[str]:
    """A nisba adjective and its feminine and plural forms (سعودي سعودية سعوديون سعوديات)."""
    if not adj.endswith("ي"):
        return [adj]
    return [adj, adj + "ه", adj + "ون", adj + "ين", adj + "ات", adj + "ان"]


def kb_name_spans(kb: KB, doc: Document) -> list[Extra]:
    """KB names as actor spans, for pipelines without the ``entities`` step."""
    out: list[Extra] = []
    for m in kb.match(doc):
        entry = kb.get(m.entry_ids[0]) if m.entry_ids else None
        if m.adjective or entry is None or entry.type in ("WEAPON", "LAW"):
            continue
        out.append((m.start, m.end, entry.type, entry.actor_on(doc.published), None, m.form))
    return out


def _reference_point(doc: Document, ev: Event) -> bool:
    """Whether the event's first mention is a verbal noun after منذ / بعد / قبل / ذكرى."""
    m = ev.mentions[0]
    if m.sentence >= len(doc.sentences):
        return False
    tokens = doc.sentence_tokens(doc.sentences[m.sentence])
    head = bisect_right([t.start for t in tokens], m.trigger_start) - 1
    return head > 0 and reference_point([t.norm for t in tokens], head)


# Until the entities stage is installed the step runs on KB matches alone.
_REQUIRES = ("sentences", "entities") if installed("entities") else ("sentences",)


@step("events", requires=_REQUIRES, provides=("events",))
def events_step(settings: Settings) -> StepFn:
    lexicon, cues = load_resources(settings.normalize)
    coder = Coder(lexicon, cues, load_ontology())
    # Learned event-type model hook (marsad.events.learned): consulted when its file ships.
    model = load_model(settings.normalize, lexicon) if settings.learned_events else None
    consult = None
    if model is not None:
        policy = replace(model.policy, add=settings.learned_adds)
        consult = Consult(model, cues, coder.ontology, policy)
    kb = load_kb(settings)
    adjectives = Adjectives(kb, settings.normalize)
    floor = settings.min_event_confidence

    def run(doc: Document) -> Document:
        norms = list(map(_NORM, doc.tokens))  # read once (in C), for adjectives and coder
        extra = with_institution_roles(doc, adjectives.spans(doc, norms))
        if "entities" not in doc.steps:
            extra += kb_name_spans(kb, doc)
        events = coder.code(doc, extra, norms)
        if consult is not None:  # learned model hook: vetoes, gates (reported) and adds
            events = consult(doc, events, extra)
        for ev in events:
            if ev.reported and _reference_point(doc, ev):
                ev.reported = False
        doc.events = merge_events([e for e in events if e.confidence >= floor])
        return doc

    return run
