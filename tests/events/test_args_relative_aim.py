"""Issue 5: an attack noun's doer (its genitive) followed by a relative clause that fights,
targets or expels someone names the attack's target, before the place it happened in.
Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_expelled_in_the_relative_clause_is_the_target(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وتحدث التقرير عن هجمات القوات العراقية التي نجحت في طرد عناصر التنظيم الإرهابي من مدن الأنبار.",
    )
    assert ("IRQ", "ASSAULT", "IMG") in triples(doc)


def test_targeted_in_the_relative_clause_is_the_target(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وتواصلت غارات الطائرات الأمريكية التي استهدفت مقاتلي حركة الشباب في الصومال.",
    )
    found = {t for s, kind, t in triples(doc) if kind == "ASSAULT" and s == "USA"}
    assert found and None not in found


def test_a_relative_clause_of_speech_names_no_target(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وتصاعدت هجمات القوات السورية التي نددت بها تركيا على ريف إدلب.")
    assert ("SYR", "ASSAULT", "TUR") not in triples(doc)
