"""A named event's day (هجمات 11 سبتمبر) is flagged historical on the document's dates and
dates only that event: other events of the sentence take another date or the publication
date (``coder._date``)."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.pipeline import Pipeline


def test_named_day_is_flagged_historical(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقال المسؤول إن هجمات 11 سبتمبر غيرت العالم.", "2018-02-05")
    assert [(d.value, d.historical) for d in doc.dates] == [("2001-09-11", True)]


def test_named_day_does_not_date_another_event(events_pipeline: Pipeline) -> None:
    text = "وقال الوزير إن هجمات 11 سبتمبر غيرت سياسة بلاده، واعتقلت الشرطة الفرنسية مشتبها به."
    doc = code(events_pipeline, text, "2018-02-05")
    arrests = [e for e in doc.events if e.type == "COERCE"]
    assert arrests and all(e.date == "2018-02-05" for e in arrests)


def test_named_event_keeps_its_own_day(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "نفذ تنظيم القاعدة هجمات 11 سبتمبر على الولايات المتحدة.")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and all(e.date == "2001-09-11" for e in attacks)


def test_named_events_relative_clause_keeps_its_day(events_pipeline: Pipeline) -> None:
    text = "وتحدث الكتاب عن دور الرجل في هجمات 11 سبتمبر، التي قتل فيها كثيرون من المدنيين."
    doc = code(events_pipeline, text, "2018-02-05")
    killings = [e for e in doc.events if e.type == "ASSAULT" and "قتل" in e.mentions[0].trigger]
    assert killings and all(e.date == "2001-09-11" for e in killings)
