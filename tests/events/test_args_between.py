"""The two sides بين names when each opens with its own head noun, a clash whose
second side has no code, and a hashtag (#اليابان) read like the bare name."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_second_side_opening_with_its_head_words_is_joined(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "اندلعت اشتباكات بين ميليشيات حزب الله وقوات الجيش اللبناني في ضواحي بيروت.",
    )
    found = triples(doc)
    assert ("LBN", "ASSAULT", "LBN") in found
    assert not any(s == "UAF" for s, _, _ in found)  # both sides are named


def test_second_side_after_an_uncoded_head_noun_is_the_other_side(
    events_pipeline: Pipeline,
) -> None:
    doc = code(events_pipeline, "ودارت اشتباكات بين الجيش التركي ومسلحي حزب العمال الكردستاني.")
    found = triples(doc)
    assert ("TUR", "ASSAULT", "TUR") in found
    assert not any(s == "UAF" for s, _, _ in found)


def test_clash_with_an_unnamed_second_side_keeps_the_named_one(
    events_pipeline: Pipeline,
) -> None:
    doc = code(
        events_pipeline, "واندلعت مواجهات بين الشرطة العراقية وأبناء إحدى العشائر في البصرة."
    )
    found = triples(doc)
    assert ("IRQ", "ASSAULT", "IRQ") in found  # the place codes the unnamed side
    assert not any(s == "UAF" for s, _, _ in found)


def test_hashtag_mark_is_no_preposition(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقدمت #اليابان احتجاجا رسميا لدى روسيا بسبب المناورات.")
    found = triples(doc)
    assert ("JPN", "ACCUSE", "RUS") in found
    assert ("RUS", "ACCUSE", "JPN") not in found


def test_clashes_with_no_side_named_are_fighting_within_the_state(
    events_pipeline: Pipeline,
) -> None:
    doc = code(events_pipeline, "وتدور منذ الصباح اشتباكات عنيفة في ريف إدلب الجنوبي.")
    found = triples(doc)
    assert ("SYR", "ASSAULT", "SYR") in found
    assert not any(s == "UAF" for s, _, _ in found)


def test_attack_with_no_attacker_stays_unidentified(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأصيب خمسة مدنيين في هجوم على سوق في مدينة حلب.")
    assert not any(s == "SYR" for s, t, _ in triples(doc) if t == "ASSAULT")
