"""The events step: evidence, dates, places, merging, confidence and non-body lines."""

from __future__ import annotations

import json

from tests.conftest import GOLD, need
from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_evidence_offsets_point_at_trigger_and_sentence(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قال الوزير كلاماً. ثم فرضت الولايات المتحدة عقوبات على إيران.")
    [ev] = doc.events
    m = ev.mentions[0]
    assert doc.text[m.trigger_start : m.trigger_end] == m.trigger == "فرضت"
    assert m.sentence == 1
    assert doc.text[m.evidence_start : m.evidence_end] == doc.sentences[1].text


def test_date_from_sentence(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وفي 3 من آذار فرضت الولايات المتحدة عقوبات على إيران.")
    [ev] = doc.events
    assert (ev.date, ev.date_from) == ("2020-03-03", "text")


def test_date_falls_back_to_publication(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "فرضت الولايات المتحدة عقوبات على إيران.")
    [ev] = doc.events
    assert (ev.date, ev.date_from) == ("2020-05-05", "published")


def test_place_with_country_code(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "التقى وزير الخارجية التركي نظيره الروسي في دمشق.")
    [ev] = [e for e in doc.events if e.type == "CONSULT"]
    assert ev.place is not None and ev.place.actor == "SYR"


def test_same_event_twice_is_merged(events_pipeline: Pipeline) -> None:
    text = "فرضت الولايات المتحدة عقوبات على إيران. وكانت الولايات المتحدة فرضت عقوبات على إيران."
    doc = code(events_pipeline, text)
    sanctions = [e for e in doc.events if e.type == "SANCTION"]
    assert len(sanctions) == 1 and len(sanctions[0].mentions) == 2


def test_different_dates_are_not_merged(events_pipeline: Pipeline) -> None:
    text = (
        "في 3 من آذار فرضت الولايات المتحدة عقوبات على إيران. "
        "وفي 9 من نيسان فرضت الولايات المتحدة عقوبات على إيران."
    )
    assert len([e for e in code(events_pipeline, text).events if e.type == "SANCTION"]) == 2


def test_confidence_higher_with_both_arguments(events_pipeline: Pipeline) -> None:
    full = code(events_pipeline, "فرضت الولايات المتحدة عقوبات على إيران.").events[0]
    half = code(events_pipeline, "فرضت الولايات المتحدة عقوبات جديدة.").events[0]
    assert 0 < half.confidence < full.confidence <= 1


def test_no_event_from_read_also_line(events_pipeline: Pipeline) -> None:
    text = "التقى الرئيس المصري نظيره الفرنسي.\nاقرأ أيضاً: فرنسا تفرض عقوبات على إيران\n"
    doc = code(events_pipeline, text)
    assert all(e.type != "SANCTION" for e in doc.events)


def test_seed_rules_alone(events_pipeline: Pipeline, seed_text: str) -> None:
    gold = json.loads(need(GOLD / "dev" / "seed-s400.json").read_text(encoding="utf-8"))
    found = triples(code(events_pipeline, seed_text, gold["published"]))
    required = {
        (e["source"][:3], e["type"], e["target"][:3]) for e in gold["events"] if e["required"]
    }
    assert required <= found


def test_seed_required_events(default_pipeline: Pipeline, seed_text: str) -> None:
    gold = json.loads(need(GOLD / "dev" / "seed-s400.json").read_text(encoding="utf-8"))
    doc = code(default_pipeline, seed_text, gold["published"])
    found = triples(doc)
    for ev in gold["events"]:
        if ev["required"]:
            assert (ev["source"][:3], ev["type"], ev["target"][:3]) in found, ev
    sanctions = [e for e in doc.events if e.type == "SANCTION" and e.date == "2020-12-14"]
    assert sanctions
    related = {ln.start for ln in doc.lines if not ln.body}
    assert related and all(doc.sentence_at(s) is None for s in related)
