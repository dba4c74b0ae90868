"""A name after a title and one nationality word (ضد المنتج الأمريكي فلان، مع نظيره
الروسي فلان) takes the preposition that opens the title phrase: the named person is the
object after it, not a bare subject; two nisba words (وزير الخارجية الروسي فلان) keep
the title phrase whole."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_charges_against_a_titled_foreigner(events_pipeline: Pipeline) -> None:
    text = "ونشر ترامب اتهامات خطيرة ضد المنتج الأمريكي هارفي وينستون في تغريدة."
    assert ("USA", "ACCUSE", "USA") in triples(code(events_pipeline, text))


def test_talks_with_a_titled_counterpart(events_pipeline: Pipeline) -> None:
    text = "وأجرى وزير الخارجية السوري وليد المعلم محادثات مع نظيره الروسي سيرغي لافروف في موسكو."
    found = triples(code(events_pipeline, text))
    assert ("SYR", "CONSULT", "RUS") in found
