"""An institution or group word with a glued preposition (للمتمردين، بالشرطة) records
that preposition like a named actor does: after a list of object nouns, the ل-owner is
the side attacked, not a subject and not lost."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_owner_after_a_list_of_objects_is_the_target(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وأطلقت الطائرات صواريخ على مواقع وتحصينات ومخازن أسلحة للمسلحين في ريف إدلب السوري.",
    )
    assert ("UAF", "ASSAULT", "SYR") in triples(doc)


def test_glued_owner_of_positions_is_the_rebels(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وقصفت المدفعية مواقع وتجمعات وآليات عسكرية للمتمردين في محافظة صعدة اليمنية.",
    )
    targets = {e.target.actor for e in doc.events if e.type == "ASSAULT" and e.target}
    assert "YEMREB" in targets
