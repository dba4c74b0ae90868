"""An agreement or deal noun with no side of its own, after a visit or meeting the
sentence codes, was made between the visit's two sides."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_contracts_signed_on_a_visit_are_between_its_sides(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "واختتمت زيارة رئيس الوزراء الياباني إلى الهند بتوقيع اتفاقيات في مجال الطاقة.",
    )
    assert ("JPN", "AGREE", "IND") in triples(doc)


def test_agreements_signed_during_a_meeting(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "والتقى الرئيس التونسي نظيره الجزائري في العاصمة، وجرى خلال اللقاء توقيع عدة اتفاقيات.",
    )
    assert ("TUN", "AGREE", "DZA") in triples(doc)


def test_no_visit_no_sides(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وجرى أمس توقيع عدة اتفاقيات في مجال الطاقة.")
    assert not any(t == "AGREE" for _, t, _ in triples(doc))
