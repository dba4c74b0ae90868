"""The ``events`` pipeline step: PLOVER/CAMEO events from the sentences and entities."""

from __future__ import annotations

from marsad.doc import Document
from marsad.events.coder import Coder, Extra
from marsad.events.lexicon import load_resources
from marsad.events.merge import merge_events
from marsad.events.ontology import load_ontology
from marsad.kb.loader import KB, load_kb
from marsad.pipeline import StepFn, installed, step
from marsad.settings import Settings


def kb_actor_spans(kb: KB, doc: Document, names: bool) -> list[Extra]:
    """Nationality adjectives (and, with ``names``, KB names) as actor spans.

    Names are only needed when no ``entities`` step ran; adjectives always, since
    entities are names and an adjective (الطائرات الروسية) codes an actor too."""
    out: list[Extra] = []
    for m in kb.match(doc):
        if not m.adjective and not names:
            continue
        entry = kb.get(m.entry_ids[0]) if m.entry_ids else None
        if entry is None:
            continue
        if m.adjective:
            code = entry.country or (entry.code[:3] if entry.code else None)
            out.append((m.start, m.end, "ADJ", code, None, m.form))
        elif entry.type not in ("WEAPON", "LAW"):
            out.append((m.start, m.end, entry.type, entry.actor_on(doc.published), None, m.form))
    return out


# Until the entities stage is installed the step runs on KB matches alone.
_REQUIRES = ("sentences", "entities") if installed("entities") else ("sentences",)


@step("events", requires=_REQUIRES, provides=("events",))
def events_step(settings: Settings) -> StepFn:
    lexicon, cues = load_resources(settings.normalize)
    coder = Coder(lexicon, cues, load_ontology())
    kb = load_kb(settings)
    floor = settings.min_event_confidence

    def run(doc: Document) -> Document:
        extra = kb_actor_spans(kb, doc, names="entities" not in doc.steps)
        events = coder.code(doc, extra)
        doc.events = merge_events([e for e in events if e.confidence >= floor])
        return doc

    return run
