"""Cues 1.9: what a crowd does only while it protests (chanting, banners, a protest dress,
sweeping the streets) is a protest even by protesters already named, coded as a mention
(never a report). Sentences of our own."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, trigger_hits

from marsad.events.lexicon import CROWD_ACT
from marsad.pipeline import Pipeline


def _crowd_acts(text: str) -> list[str]:
    return [h.spec.type for h in trigger_hits(text) if h.spec is CROWD_ACT]


@pytest.mark.parametrize(
    "text",
    [
        "وهتف المتظاهرون ، الذين جاءوا من المدن المجاورة",
        "ورفع المحتجون لافتات كتب عليها شعارات المعارضة",
        "وقد ارتدى المتظاهرون ملابس سوداء أمام البرلمان",
        "وقد اجتاح حشد المتظاهرين شوارع العاصمة",
        "وحمل متظاهرون صور المعتقلين في الساحة",
        "وردد المعتصمون أناشيد وطنية أمام الوزارة",
    ],
)
def test_a_crowd_chanting_or_carrying_banners_is_a_protest(text: str) -> None:
    assert _crowd_acts(text) == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "ورفع البنك المركزي سعر الفائدة",
        "وحملت الشرطة المتظاهرين المسؤولية عن الفوضى",  # the crowd is the object
        "ورفعت الحكومة الحظر ، وخرج المتظاهرون",  # the crowd is past the clause's comma
        "وهتف الجمهور للاعبين في الملعب",
    ],
)
def test_the_same_verbs_without_a_protesting_subject_are_no_protest(text: str) -> None:
    assert _crowd_acts(text) == []


def test_a_crowd_act_is_a_mention_not_a_report(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ورفع المحتجون لافتات أمام مقر الحكومة في العاصمة.")
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert protests and not any(e.reported for e in protests)
