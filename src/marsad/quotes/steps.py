"""The ``quotes`` pipeline step: direct and reported speech with speakers."""

from __future__ import annotations

from marsad.doc import Document
from marsad.kb.loader import load_kb
from marsad.pipeline import StepFn, step
from marsad.quotes.extract import QuoteFinder, cue_words
from marsad.quotes.lexicon import load_cues
from marsad.settings import Settings
from marsad.text.triggers import register_triggers


def _trigger_forms(settings: Settings) -> frozenset[str]:
    return cue_words(load_cues(settings.normalize))


register_triggers("quotes", _trigger_forms)


@step("quotes", requires=("sentences",), provides=("quotes",))
def quotes_step(settings: Settings) -> StepFn:
    # the KB links speakers when the entities step has not run, and reads the
    # state of an unnamed source from its nationality adjective
    finder = QuoteFinder(settings.normalize, load_kb(settings))

    def run(doc: Document) -> Document:
        doc.quotes = finder.find(doc)
        return doc

    return run
