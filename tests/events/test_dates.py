"""Event dates: the sentence's own date (a day, a month, or a year right by the
trigger), else the news day an earlier sentence named, unless the act is told as
before it (كان ... قد)."""

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


def test_a_year_by_the_trigger_dates_the_event(events_pipeline: Pipeline) -> None:
    text = "وفرض مجلس الأمن الدولي في عام 2015 حظرا على توريد السلاح إلى الجماعة."
    doc = code(events_pipeline, text, published="2021-10-10")
    [ev] = [e for e in doc.events if e.type == "SANCTION"]
    assert (ev.date, ev.date_from) == ("2015", "text")


def test_a_later_or_ongoing_year_does_not_date_a_past_act(events_pipeline: Pipeline) -> None:
    # منذ عام 2015: since then, still going on; this year's: the publication day is nearer
    for text in (
        "ويفرض مجلس الأمن منذ عام 2015 حظرا على توريد السلاح إلى الجماعة.",
        "وفرض مجلس الأمن هذا العام حظرا على توريد السلاح إلى الجماعة.",
    ):
        doc = code(events_pipeline, text, published="2021-10-10")
        [ev] = [e for e in doc.events if e.type == "SANCTION"]
        assert ev.date == "2021-10-10", text


def test_a_pluperfect_sentence_does_not_carry_the_news_day(events_pipeline: Pipeline) -> None:
    text = (
        "أعلنت الخارجية المصرية، مساء الأحد، استدعاء السفير التركي في القاهرة. "
        "وكانت مصر قد اتهمت تركيا بالتدخل في شؤونها الداخلية."
    )
    doc = code(events_pipeline, text, published="2020-05-05")
    [ev] = [e for e in doc.events if e.type == "ACCUSE"]
    assert (ev.date, ev.date_from) == ("2020-05-05", "published")


def test_an_undated_lead_takes_the_day_the_next_sentence_names(
    events_pipeline: Pipeline,
) -> None:
    text = (
        "اتهمت مصر تركيا بالتدخل في شؤونها الداخلية. "
        "وقال المتحدث باسم الخارجية المصرية، في مؤتمر صحفي مساء الأحد، إن القاهرة سترد."
    )
    doc = code(events_pipeline, text, published="2020-05-05")
    [ev] = [e for e in doc.events if e.type == "ACCUSE"]
    assert (ev.date, ev.date_from) == ("2020-05-03", "text")
