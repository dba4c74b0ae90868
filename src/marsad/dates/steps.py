"""The ``dates`` pipeline step: temporal expressions of the body sentences."""

from __future__ import annotations

from datetime import date

from marsad.dates.extract import DateFinder
from marsad.doc import Document
from marsad.pipeline import StepFn, step
from marsad.settings import Settings


@step("dates", requires=("sentences",), provides=("dates",))
def dates_step(settings: Settings) -> StepFn:
    finder = DateFinder(settings.normalize)

    def run(doc: Document) -> Document:
        # relative expressions resolve against the publication date; without one
        # they keep their span and carry no value (anchor "none")
        dct = date.fromisoformat(doc.published[:10]) if doc.published else None
        spans = [(s.start, s.end, s.index) for s in doc.sentences]
        doc.dates = finder.find(doc.text, dct, spans)
        return doc

    return run
