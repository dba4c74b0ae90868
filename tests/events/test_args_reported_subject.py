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


def test_the_speakers_body_named_again_is_the_subject(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وقال مدير الصندوق الكويتي للتنمية إن الصندوق تعهد بتقديم قرض قدره مليار دولار للأردن.",
    )
    assert ("KWT", "AGREE", "JOR") in triples(doc)


def test_a_verb_marked_we_has_the_speakers_side(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وقال وزير الخارجية الإيطالي إن الخلافات كبيرة لكننا اتفقنا مع فرنسا على خطة مشتركة.",
    )
    assert ("ITA", "AGREE", "FRA") in triples(doc)


def test_armed_forces_report_their_own_strikes(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "وقال الجيش الأردني إن طائرات حربية قصفت مواقع لتنظيم داعش في سوريا."
    )
    assert ("JOR", "ASSAULT", "IMG") in triples(doc)


def test_soldiers_killed_in_a_military_report_are_not_attackers(
    events_pipeline: Pipeline,
) -> None:
    doc = code(events_pipeline, "وقال الجيش الأردني إن جنديين قتلا في انفجار قرب الحدود.")
    assert not any(s == "JOR" for s, t, _ in triples(doc) if t == "ASSAULT")
