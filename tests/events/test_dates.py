"""Event dates: the sentence's own date, else the news day an earlier sentence named."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.pipeline import Pipeline


def test_later_sentences_keep_the_news_day(events_pipeline: Pipeline) -> None:
    text = (
        "أعلنت الخارجية المصرية، مساء الأحد، استدعاء السفير التركي في القاهرة. "
        "واتهمت مصر تركيا بالتدخل في شؤونها الداخلية."
    )
    doc = code(events_pipeline, text, published="2020-05-05")
    [ev] = [e for e in doc.events if e.type == "ACCUSE"]
    assert (ev.date, ev.date_from) == ("2020-05-03", "text")


def test_an_old_date_is_no_news_day(events_pipeline: Pipeline) -> None:
    text = "وكانت مصر قد وقعت اتفاقا مع الأردن في 3 آذار 2015. واتهمت مصر تركيا بالتدخل."
    doc = code(events_pipeline, text, published="2020-05-05")
    [ev] = [e for e in doc.events if e.type == "ACCUSE"]
    assert (ev.date, ev.date_from) == ("2020-05-05", "published")
