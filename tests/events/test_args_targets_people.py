"""A definite nationality right after a verb: its people as the verb's subject or object.
An adjective agrees with its noun in definiteness, so a definite one after a verb
spelling (which has no ال) qualifies no noun there; in -ين it is accusative or genitive,
the verb's object, and in -ون it is the subject."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_definite_nationality_after_a_verb_spelling_is_no_adjective(
    events_pipeline: Pipeline,
) -> None:
    doc = code(events_pipeline, "وانتقد السوريون الحكومة الألمانية بشدة.")
    assert ("SYR", "ACCUSE", "DEU") in triples(doc)


def test_indefinite_nationality_still_makes_the_verb_spelling_a_noun(
    events_pipeline: Pipeline,
) -> None:
    doc = code(events_pipeline, "وصل طالب كويتي إلى السفارة الأمريكية أمس.")
    assert not any(t == "REQUEST" for _, t, _ in triples(doc))


def test_people_in_the_oblique_case_are_the_appeal_s_object(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأشاد الرئيس التونسي بالانتخابات، ودعا التونسيين إلى الهدوء.")
    assert ("TUN", "REQUEST", "TUN") in triples(doc)


def test_people_in_the_nominative_are_the_subject(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ودعا التونسيون الحكومة إلى الحوار.")
    found = triples(doc)
    assert ("TUN", "REQUEST", "TUN") in found
    assert all(s == "TUN" for s, t, _ in found if t == "REQUEST")
