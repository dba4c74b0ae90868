"""The ``dates`` pipeline step: temporal expressions of the body sentences."""

from __future__ import annotations

from datetime import date

from marsad.dates.extract import DateFinder
from marsad.doc import Document, Token
from marsad.errors import Err, MarsadError
from marsad.pipeline import StepFn, step
from marsad.settings import Settings
from marsad.text.triggers import register_triggers, take_flagged


def _trigger_forms(settings: Settings) -> list[str]:
    return list(DateFinder(settings.normalize).grammar.index)


register_triggers("dates", _trigger_forms, digits=True)


@step("dates", requires=("sentences",), provides=("dates",))
def dates_step(settings: Settings) -> StepFn:
    finder = DateFinder(settings.normalize)

    def run(doc: Document) -> Document:
        # relative expressions resolve against the publication date; without one
        # they keep their span and carry no value (anchor "none")
        dct = _anchor(doc)
        spans = [(s.start, s.end, s.index) for s in doc.sentences]
        doc.dates = finder.find(doc.text, dct, spans, _trigger_tokens(doc))
        return doc

    return run


def _trigger_tokens(doc: Document) -> list[Token] | None:
    """The tokens the text layer flagged as triggers (the date rules' words among
    them), else all tokens; None without tokens."""
    indices = take_flagged(doc.meta, "dates")
    if indices is None or not doc.tokens:
        return doc.tokens or None
    return list(map(doc.tokens.__getitem__, indices))


def _anchor(doc: Document) -> date | None:
    """The publication date, or None; a malformed one is a coded error naming the document."""
    if not doc.published:
        return None
    try:
        return date.fromisoformat(doc.published[:10])
    except ValueError:
        raise MarsadError(
            Err.BAD_DATE, source=doc.id or "<document>", value=doc.published
        ) from None
