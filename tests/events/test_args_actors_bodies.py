"""One body of a state acting on another body of the same state (a prosecutor praising
the police, a party defying its government) is coded like one state on another; the
state itself, or a body of the same kind, is still no object of an international act."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_own_state_body_after_a_possessed_noun_is_the_object(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأشاد النائب العام أفيحاي مندلبليت بأداء الشرطة خلال التحقيق.")
    assert ("ISR", "SUPPORT", "ISR") in triples(doc)


def test_own_state_body_as_a_plain_object(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ودعم بنيامين نتنياهو الشرطة في تحقيقها.")
    assert ("ISR", "SUPPORT", "ISR") in triples(doc)


def test_own_state_itself_is_still_no_object(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأشاد بنيامين نتنياهو بإسرائيل في خطابه أمام أنصاره.")
    assert ("ISR", "SUPPORT", "ISR") not in triples(doc)


def test_same_kind_of_body_is_still_no_object(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأشاد بنيامين نتنياهو بالحكومة في خطابه أمام أنصاره.")
    assert ("ISR", "SUPPORT", "ISR") not in triples(doc)
