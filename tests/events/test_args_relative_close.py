"""A relative clause opened and closed by commas: the و after its closing comma joins the
phrase before the clause, not the clause's subject list (``args._closes_relative``), and a
verb whose object pronoun takes the relative up acts on the relative's antecedent
(``coder._relative_object``)."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_and_after_a_closing_comma_is_no_co_subject(events_pipeline: Pipeline) -> None:
    text = "وتحدث التقرير عن صفقة بين مسؤول في العراق، التي تدعمها إيران، وتنظيم داعش."
    found = triples(code(events_pipeline, text))
    assert ("IRN", "SUPPORT", "IRQ") in found
    assert not any(s == "IMG" and t == "SUPPORT" for s, t, _ in found)
    assert ("IRN", "SUPPORT", "IMG") not in found


def test_relative_object_pronoun_reaches_a_place_antecedent(events_pipeline: Pipeline) -> None:
    text = "وقال الباحث إن الفصائل المسلحة في سوريا، التي تدعمها روسيا، ستواصل القتال."
    assert ("RUS", "SUPPORT", "SYR") in triples(code(events_pipeline, text))


def test_list_inside_the_clause_still_joins(events_pipeline: Pipeline) -> None:
    # no comma closes the clause before و: both states are its subject
    text = "وأشاد المسؤول بالحكومة العراقية التي تدعمها إيران وروسيا منذ سنوات."
    found = triples(code(events_pipeline, text))
    assert ("IRN", "SUPPORT", "IRQ") in found
    assert ("RUS", "SUPPORT", "IRQ") in found


def test_relative_object_of_a_named_person(events_pipeline: Pipeline) -> None:
    text = "وطالبت واشنطن بالإفراج عن الصحفي الأمريكي جون سميث، الذي تحتجزه السلطات الإيرانية."
    assert ("IRN", "COERCE", "USA") in triples(code(events_pipeline, text))


def test_verb_ending_in_pronoun_letters_takes_no_antecedent(events_pipeline: Pipeline) -> None:
    # تتهم ends in هم as its own letters: the antecedent is no object of it
    text = "وبحث المجتمعون الصراع في أوكرانيا الذي تتهم موسكو فيه بدعم الانفصاليين."
    assert ("RUS", "ACCUSE", "UKR") not in triples(code(events_pipeline, text))


def test_state_is_not_its_own_object(events_pipeline: Pipeline) -> None:
    text = "وشارك الوزير في منتدى التعاون العربي الصيني، الذي تستضيفه بكين هذا العام."
    assert ("CHN", "CONSULT", "CHN") not in triples(code(events_pipeline, text))


def test_antecedent_accuses_with_a_verb_ending_in_its_stem(events_pipeline: Pipeline) -> None:
    # تتهم ends in هم as its own letters: no object pronoun, the antecedent accuses
    text = "وأكد الوزير أن واشنطن التي تتهم طهران بدعم الإرهاب لن تتراجع."
    assert ("USA", "ACCUSE", "IRN") in triples(code(events_pipeline, text))


def test_subject_then_object_after_the_verb_keeps_them(events_pipeline: Pipeline) -> None:
    # two actors right after the verb: the first is its subject, the antecedent is no side
    text = "وتحدث التقرير عن الصحفي جون سميث الذي تتهم لندن موسكو بخطفه."
    found = triples(code(events_pipeline, text))
    assert ("GBR", "ACCUSE", "RUS") in found
    assert not any(s == "USA" for s, t, _ in found if t == "ACCUSE")
