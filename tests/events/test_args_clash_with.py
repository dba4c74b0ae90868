"""مواجهات مع X with no subject: the clash is between X and the clause's first side
(the body its dead are counted from), never an unidentified attacker."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_counted_dead_are_the_other_side(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وقتل خمسة من مسلحي تنظيم داعش في مواجهات مع الجيش العراقي قرب الموصل.",
    )
    found = triples(doc)
    assert ("IRQ", "ASSAULT", "IMG") in found
    assert not any(s == "UAF" for s, _, _ in found)


def test_wounded_named_first_clashed_with_the_forces(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "وأصيب عشرات الفلسطينيين في مواجهات مع قوات الاحتلال الإسرائيلي شرق غزة."
    )
    found = triples(doc)
    assert ("ISR", "ASSAULT", "PSE") in found
    assert not any(s == "UAF" for s, _, _ in found)


def test_raiders_of_the_sentence_are_not_the_clash_side(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وسقط عشرون مقاتلا من الحوثيين في غارات لطائرات التحالف ومواجهات مع القوات"
        " الحكومية اليمنية قرب تعز.",
    )
    found = triples(doc)
    assert ("YEM", "ASSAULT", "YEM") in found  # government forces against the Houthis
    assert not any(s == "UAF" for s, _, _ in found)
