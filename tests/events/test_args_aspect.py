"""Aspect verbs (اعتاد على، واصل، عاود، استمر في) before a verbal noun: their subject
is the source of the act the noun names."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.events.args import ASPECT_VERBS, Actor, aspect_subject
from marsad.pipeline import Pipeline


def test_habit_verb_subject_between_verb_and_noun_is_the_source(
    events_pipeline: Pipeline,
) -> None:
    doc = code(
        events_pipeline,
        "ولم يكن الهجوم الأول، فقد اعتادت إسرائيل على ضرب الأهداف الإيرانية في سوريا.",
    )
    found = triples(doc)
    assert ("ISR", "ASSAULT", "IRN") in found
    assert not any(s == "UAF" for s, _, _ in found)


def test_continuation_verb_keeps_its_subject(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "وبعد انتهاء الهدنة، عاودت الطائرات الروسية قصف الأحياء السكنية في إدلب."
    )
    assert ("RUS", "ASSAULT", "SYR") in triples(doc)


def test_aspect_forms_cover_tenses_and_clitics() -> None:
    for w in ("اعتادت", "واصلت", "يواصل", "تستمر", "فاستمرت", "بدات", "وعاودت"):
        assert w in ASPECT_VERBS
    assert "اعتبر" not in ASPECT_VERBS


def test_continued_criticism_is_coded(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "واصلت فرنسا انتقاد السعودية بسبب الحرب في اليمن.")
    assert ("FRA", "ACCUSE", "SAU") in triples(doc)


def test_word_between_verb_and_noun_breaks_the_link() -> None:
    # بدأت تركيا تحقيقا في قصف: the noun complements تحقيقا, not the aspect verb
    norms = ["بدات", "تركيا", "تحقيقا", "في", "قصف"]
    turkey = Actor(1, 2, "TUR", "تركيا", 5, 10, "GPE", entity="Turkey")
    assert aspect_subject([turkey], norms, 4, 0) == []
    assert aspect_subject([turkey], ["بدات", "تركيا", "في", "قصف"], 3, 0) == [turkey]
