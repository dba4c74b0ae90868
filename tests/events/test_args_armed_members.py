"""The armed men or unit of a named side (مسلحو حماس، قوة من الجيش، مسلحون من طالبان) act
for that side: it is the verb's source, never its target."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.doc import Document
from marsad.eval.triples import argument_actor
from marsad.pipeline import Pipeline


def _assaults(doc: Document) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the ASSAULT events, linked entities' codes too."""
    out = set()
    for e in doc.events:
        if e.type != "ASSAULT":
            continue
        src, tgt = argument_actor(doc, e.source), argument_actor(doc, e.target)
        out.add((src[:3] if src else None, tgt[:3] if tgt else None))
    return out


def test_construct_gunmen_of_a_group(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "هاجم مسلحو حزب الله دورية إسرائيلية قرب الحدود.")
    assert ("LBN", "ISR") in _assaults(doc)


def test_oblique_gunmen_after_agent_marker(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قتل شرطيان على أيدي مسلحي حركة طالبان في ولاية قندهار.")
    assert any(src == "AFG" for src, _ in _assaults(doc))


def test_unit_of_an_army_after_the_verb(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "اقتحمت قوة من الجيش الإسرائيلي بلدة قرب جنين فجر اليوم.")
    assert any(src == "ISR" for src, _ in _assaults(doc))


def test_gunmen_from_a_group_are_not_the_target(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "هاجم مسلحون من حركة طالبان مخفرا للشرطة الأفغانية.")
    found = _assaults(doc)
    assert any(src == "AFG" for src, _ in found)
    assert not any(
        e.target is not None and e.target.text and "طالبان" in e.target.text for e in doc.events
    )


def test_harm_verb_unit_stays_a_victim(events_pipeline: Pipeline) -> None:
    # قُتل جنود من الجيش ...: a harm verb before a unit may be a passive; no source is read
    doc = code(events_pipeline, "قتل جنود من الجيش الأمريكي في انفجار عبوة ناسفة غرب بغداد.")
    assert not any(src == "USA" for src, _ in _assaults(doc))


def test_request_from_a_state_keeps_its_object(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "طلب رئيس الوزراء الياباني من الصين الإفراج عن الصيادين.")
    assert any(e.type == "REQUEST" and argument_actor(doc, e.target) == "CHN" for e in doc.events)
