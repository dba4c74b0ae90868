"""The two sides of a meeting or clash named after بين (بين زعيمي X وY as بين X وY),
in a one-verb relative clause (المباحثات التي جرت بين X وY), and a definite noun whose
بين-phrase names both sides states the act rather than only referring back to it."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_between_the_leaders_of_two_states(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ورحب ترامب أمس بإحراز تقدم في المفاوضات بين زعيمي الهند وباكستان.")
    found = triples(doc)
    assert ("IND", "CONSULT", "PAK") in found
    assert ("USA", "CONSULT", "IND") not in found


def test_between_in_a_relative_clause_after_the_talks(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "ورحب ترامب أمس بما تحقق من تقدم خلال المباحثات التي جرت بين الهند وباكستان.",
    )
    found = triples(doc)
    assert ("IND", "CONSULT", "PAK") in found
    assert not any(s == "USA" for s, t, _ in found if t == "CONSULT")


def test_definite_talks_between_two_named_sides_are_stated(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وأشاد ماكرون بنتائج المحادثات التي جرت بين رئيسي روسيا وتركيا في سوتشي.",
    )
    assert ("RUS", "CONSULT", "TUR") in triples(doc)


def test_definite_talks_with_one_side_still_refer_back(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأشاد ماكرون بالمحادثات مع روسيا.")
    assert not any(t == "CONSULT" for _, t, _ in triples(doc))
