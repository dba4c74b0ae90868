"""A reported clause after a bare إن/أن names its own subject: when that subject is an
uncoded noun (ثلاثة جنود، مسلحون مجهولون) the speaker only reports the act; with a
pronoun (إنه، أنها) or a bare title (الرئيس) the speaker's side still acts."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_victims_as_subject_do_not_make_the_speaker_the_attacker(
    events_pipeline: Pipeline,
) -> None:
    doc = code(events_pipeline, "وقالت الحكومة البلجيكية إن أربعة عمال قتلوا في انفجار بالميناء.")
    assert not any(s == "BEL" for s, t, _ in triples(doc) if t == "ASSAULT")


def test_pronoun_after_that_keeps_the_speaker(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأعلن الجيش الأمريكي أنه قصف مواقع لحركة طالبان أمس.")
    assert ("USA", "ASSAULT", "AFG") in triples(doc)


def test_a_bare_title_is_the_speakers_official(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "وقال الوزير الأردني إن الرئيس طلب من مندوب الأمم المتحدة زيارة عمان."
    )
    assert ("JOR", "REQUEST", "IGO") in triples(doc)


def test_an_actor_after_that_is_the_subject(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقال المتحدث إن الشرطة الهولندية اعتقلت خمسة أشخاص في لاهاي.")
    assert ("NLD", "COERCE", "NLD") in triples(doc)
