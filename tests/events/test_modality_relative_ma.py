"""ما taken up by a pronoun after the verb (ما تعرض له، ما قامت به، ما هددت به) is "what",
not a negation: an act suffered or done is told, a pledge, demand or threat so named is
known content and not coded; after a suffering verb and its pronoun the noun is the one
who suffered, not an act (ما تعرض له المتظاهرون). Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.pipeline import Pipeline


def test_what_was_demanded_before_is_no_new_request(events_pipeline: Pipeline) -> None:
    # the free relative names a known demand's content: neither a report nor a denial
    text = "وأكد الوزير أن الاتفاق يشمل ما تطالب به واشنطن من كوريا الشمالية."
    assert not [e for e in code(events_pipeline, text).events if e.type == "REQUEST"]


def test_a_demand_stated_outright_stays(events_pipeline: Pipeline) -> None:
    text = "وتطالب واشنطن كوريا الشمالية بنزع سلاحها النووي."
    assert [e for e in code(events_pipeline, text).events if e.type == "REQUEST"]


def test_what_a_side_suffered_is_not_negated(events_pipeline: Pipeline) -> None:
    text = "واستنكرت الحكومة اليمنية ما يتعرض له الصحفيون من تعذيب على يد جماعة الحوثي."
    attacks = [e for e in code(events_pipeline, text).events if e.type == "ASSAULT"]
    assert attacks
    assert not any(e.negated for e in attacks)


def test_ma_right_before_a_verb_still_negates(events_pipeline: Pipeline) -> None:
    text = "ما تعرضت القوات التركية لهجوم في تلك المنطقة."
    attacks = [e for e in code(events_pipeline, text).events if e.type == "ASSAULT"]
    assert attacks
    assert all(e.negated for e in attacks)


def test_protesters_who_suffered_are_no_protest_act(events_pipeline: Pipeline) -> None:
    text = "وانتقد الحزب ما تعرض له المتظاهرون في المدينة."
    doc = code(events_pipeline, text)
    assert not any(e.type == "PROTEST" and "تعرض" in e.mentions[0].trigger for e in doc.events)
