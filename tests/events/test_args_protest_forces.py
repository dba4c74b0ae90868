"""Police or troops named before a protest word act on the protest (disperse, fire on
it); they are not its protesters, who are the state's civilians by convention."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.doc import Document
from marsad.pipeline import Pipeline


def _protest_sources(doc: Document) -> set[str | None]:
    return {e.source.actor if e.source else None for e in doc.events if e.type == "PROTEST"}


def test_police_dispersing_protesters_are_not_the_protesters(
    default_pipeline: Pipeline,
) -> None:
    doc = code(default_pipeline, "وتدخلت الشرطة المغربية لتفريق المتظاهرين في مدينة الحسيمة.")
    sources = _protest_sources(doc)
    assert "MARCOP" not in sources
    assert all(s is None or s.startswith("MAR") for s in sources)


def test_protesting_soldiers_after_the_verb_stay_protesters(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وتظاهر جنود أرمن أمام مقر الحكومة في يريفان.")
    assert ("ARM", "PROTEST", "ARM") in triples(doc)
