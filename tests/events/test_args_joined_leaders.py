"""Issue 5: a joined state with its own leader named right after it (رئيسا مصر فلان
وتونس فلان) is one side, that leader: the name is in apposition, not the object of the
verb. Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.events.args import Actor, coordinated
from marsad.pipeline import Pipeline


def test_the_leader_after_a_joined_state_is_that_side() -> None:
    sisi = Actor(2, 6, "EGYGOV", "عبد الفتاح السيسي", 0, 0, "PER")
    tunisia = Actor(6, 7, "TUN", "وتونس", 0, 0, "GPE", conj=True)
    saied = Actor(7, 9, "TUNGOV", "قيس سعيد", 0, 0, "PER")
    assert coordinated([sisi, tunisia, saied], sisi) == [sisi, saied]


def test_a_person_of_another_state_stays_apart() -> None:
    egypt = Actor(1, 2, "EGY", "مصر", 0, 0, "GPE")
    jordan = Actor(2, 3, "JOR", "والأردن", 0, 0, "GPE", conj=True)
    rouhani = Actor(3, 4, "IRNGOV", "روحاني", 0, 0, "PER")
    assert coordinated([egypt, jordan, rouhani], egypt) == [egypt, jordan]


def test_two_leaders_agree(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "واتفق رئيسا مصر عبد الفتاح السيسي وتونس قيس سعيد يوم الجمعة على خطوات مشتركة.",
    )
    found = triples(doc)
    assert ("EGY", "AGREE", "TUN") in found and ("TUN", "AGREE", "TUN") not in found
