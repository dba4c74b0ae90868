"""The ``quotes`` pipeline step: direct and reported speech with speakers."""

from __future__ import annotations

from marsad.doc import ACTOR_ROWS_META, STATE_META, Document, Quote
from marsad.kb.loader import load_kb
from marsad.pipeline import StepFn, step
from marsad.quotes.extract import QuoteFinder, cue_words
from marsad.quotes.lexicon import CueLexicon, load_cues
from marsad.quotes.speakers import SkipWords
from marsad.settings import NormalizeOptions, Settings
from marsad.text.normalize import normalize
from marsad.text.triggers import register_triggers


def _trigger_forms(settings: Settings) -> frozenset[str]:
    return cue_words(load_cues(settings.normalize))


register_triggers("quotes", _trigger_forms)


@step("quotes", requires=("sentences",), provides=("quotes",))
def quotes_step(settings: Settings) -> StepFn:
    # the KB links speakers when the entities step has not run, and reads the
    # state of an unnamed source from its nationality adjective
    finder = QuoteFinder(settings.normalize, load_kb(settings))
    takeup = takeup_nouns(settings.normalize, finder.lex)

    def run(doc: Document) -> Document:
        doc.quotes = finder.find(doc)
        if doc.quotes and doc.entities:
            doc.quotes = [q for q in doc.quotes if not quoted_name(doc, q)]
        if doc.quotes:
            coded_bodies(doc)
            definite_takeups(doc, takeup)
            described_states(doc)
        return doc

    return run


_MARKS = " \t\n\"'«»“”„‘’.,،:؛!?؟"


def quoted_name(doc: Document, q: Quote) -> bool:
    """A direct quote that is nothing but a name the entities step found (أشار إلى
    "إم بي سي", نقلته "فرانس برس"): a name in quotation marks, no speech."""
    if not q.direct:
        return False
    text = doc.text[q.start : q.end]
    a = q.start + len(text) - len(text.lstrip(_MARKS))
    b = q.end - (len(text) - len(text.rstrip(_MARKS)))
    return any(m.start == a and m.end == b for e in doc.entities for m in e.mentions)


def coded_bodies(doc: Document) -> None:
    """A speaker that is a body the KB codes without naming an entity (جيش الاحتلال،
    الشرطة الألمانية) takes that body's code, role included, as the entities step
    found it."""
    rows = doc.meta.get(ACTOR_ROWS_META) if doc.meta else None
    if not rows:
        return
    coded = [r for r in rows if r.get("actor") and not r.get("adjective")]
    bodies = {str(r["text"]): str(r["actor"]) for r in coded}
    heads: list[tuple[int, str, str]] | None = None  # built for the first quote needing it
    for q in doc.quotes:
        body = bodies.get(q.speaker_text or "")
        if body is None and q.speaker_actor is None and q.speaker_text:
            heads = _heads(coded) if heads is None else heads
            body = _named_before(heads, q.speaker_text, q.start)
        # none, or only the state its adjective names (الجيش الإسرائيلي: ISR -> ISRMIL)
        if body and (q.speaker_actor is None or q.speaker_actor == body[:3]):
            q.speaker_actor = body


def described_states(doc: Document) -> None:
    """A named speaker the KB does not know, introduced with a nationality adjective
    (الناقد المصري X), speaks for that state."""
    states = doc.meta.get(STATE_META) if doc.meta else None
    if not states:
        return
    for q in doc.quotes:
        if q.speaker_actor is None and q.speaker_entity in states:
            q.speaker_actor = states[q.speaker_entity]


def _heads(coded: list[dict[str, object]]) -> list[tuple[int, str, str]]:
    """(start, text less its last word, actor) of each coded body of two words or more."""
    out = []
    for r in coded:
        words = str(r["text"]).split()
        if len(words) > 1:
            out.append((int(str(r["start"])), " ".join(words[:-1]), str(r["actor"])))
    return out


def _named_before(heads: list[tuple[int, str, str]], text: str, before: int) -> str | None:
    """The code of the last body named before ``before`` as ``text`` and one more word
    (الشرطة after الشرطة المصرية): the bare noun takes up that body again."""
    found = None
    for start, head, actor in heads:
        if start < before and head == text:
            found = actor
    return found


def takeup_nouns(opts: NormalizeOptions, lex: CueLexicon) -> SkipWords:
    """The nouns of unnamed sources and reports (مصدر، مسؤول، تقرير) whose definite
    form alone takes up an earlier speaker, each speaker word judged once."""
    nouns = [w for w in lex.unnamed if " " not in w] + [normalize(w, opts) for w in _REPORTS]
    return SkipWords(opts, frozenset(nouns))


_REPORTS = ("تقرير", "دراسة", "وثيقة", "رسالة")


def definite_takeups(doc: Document, takeup: SkipWords) -> None:
    """A one-word definite speaker (المصدر، المصادر، التقرير، المسؤول) takes up the
    speaker last quoted with that noun indefinite (مصدر عسكري سوري، تقرير لمنظمة
    العفو): it speaks for the same state or body."""
    last: dict[str, str] = {}
    for q in doc.quotes:
        words = (q.speaker_text or "").split()
        if not words or not takeup(words[0].removeprefix("ال")):
            continue
        if q.speaker_actor is not None and not words[0].startswith("ال"):
            last[words[0]] = q.speaker_actor
        elif q.speaker_actor is None and len(words) == 1 and words[0].startswith("ال"):
            q.speaker_actor = last.get(words[0][2:])
