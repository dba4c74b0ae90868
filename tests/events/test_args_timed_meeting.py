"""A meeting noun with مع set as the time of the main clause (بعد محادثات مع، عقب اجتماعه
مع) is the meeting of the sentence's subject. Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_meeting_before_the_main_clause(events_pipeline: Pipeline) -> None:
    text = "وبعد محادثات مطولة مع وزير الخارجية الأمريكي، أعلنت المفوضية الأوروبية أنها لم تتلق ردا"
    assert ("IGO", "CONSULT", "USA") in triples(code(events_pipeline, text))


def test_interview_with_a_channel_is_no_meeting(events_pipeline: Pipeline) -> None:
    text = "وبعد لقاء مطول مع قناة الجزيرة، أعلن الوزير المصري أن الحكومة لن تستقيل"
    assert not any(t == "CONSULT" for _, t, _ in triples(code(events_pipeline, text)))
