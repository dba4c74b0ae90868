"""A sentence with a speech verb and no trigger codes no event; what it leaves for later
sentences (the news day, the subject, the sides) is worked out only when a later sentence
that codes reads it. Sentences written for the tests."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.events.coder import _may_oblige
from marsad.pipeline import Pipeline


def test_a_speech_sentence_still_gives_the_next_sentence_its_news_day(
    events_pipeline: Pipeline,
) -> None:
    text = (
        "وقال المتحدث باسم الخارجية المصرية مساء الأحد إن الوضع هادئ. "
        "واتهمت مصر تركيا بالتدخل في شؤونها الداخلية."
    )
    doc = code(events_pipeline, text, published="2020-05-05")
    [ev] = [e for e in doc.events if e.type == "ACCUSE"]
    assert (ev.date, ev.date_from) == ("2020-05-03", "text")


def test_two_speech_sentences_before_a_coded_one_are_read_in_order(
    events_pipeline: Pipeline,
) -> None:
    text = (
        "وقال مسؤول أردني صباح الجمعة إن الأجواء هادئة. "
        "وأضاف مساء الأحد أن الطقس كان باردا. "
        "واتهمت مصر تركيا بالتدخل في شؤونها الداخلية."
    )
    doc = code(events_pipeline, text, published="2020-05-05")
    [ev] = [e for e in doc.events if e.type == "ACCUSE"]
    assert (ev.date, ev.date_from) == ("2020-05-03", "text")


def test_speech_sentences_at_the_end_change_no_event(events_pipeline: Pipeline) -> None:
    coded = "واتهمت مصر تركيا بالتدخل في شؤونها الداخلية."
    alone = code(events_pipeline, coded, published="2020-05-05")
    text = coded + " وقال مسؤول تركي إن بلاده ترفض الاتهام. وأضاف أن الحوار ممكن."
    doc = code(events_pipeline, text, published="2020-05-05")
    assert [(e.type, e.source, e.target) for e in doc.events if e.type == "ACCUSE"] == [
        (e.type, e.source, e.target) for e in alone.events if e.type == "ACCUSE"
    ]


def test_an_obligation_needs_on_and_that() -> None:
    assert _may_oblige(["يجب", "علي", "ايران", "ان", "توقف"])
    assert not _may_oblige(["قال", "المتحدث", "ان", "الوضع", "هادئ"])
    assert not _may_oblige(["اتفق", "الجانبان", "علي", "الحوار"])
