"""A verbal noun joined by و to the verbal noun before it is said the way that one is:
only possible, intended or negated with it (a bare perfect spelled as the verbal noun,
منعها، رفع، counts as one; a verb with its own ending, ودعت، does not)."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.pipeline import Pipeline


def _modes(pipe: Pipeline, text: str, trigger: str) -> list[bool]:
    doc = code(pipe, text)
    return [e.intent or e.hypothetical for e in doc.events if trigger in e.mentions[0].trigger]


def test_joined_noun_shares_a_modal(events_pipeline: Pipeline) -> None:
    text = "ولا يمكن أن يكون احتجاز السفن في البحر ومنعها من الإبحار إلا قرصنة تقوم بها الميليشيات في اليمن."
    assert _modes(events_pipeline, text, "ومنعها") == [True]


def test_joined_noun_shares_a_call(events_pipeline: Pipeline) -> None:
    text = "وطالبت الحكومة التركية بوقف القصف الروسي على إدلب ورفع الحصار عن المدنيين."
    assert all(_modes(events_pipeline, text, "ورفع"))


def test_a_new_verb_after_the_noun_keeps_its_own_mode(events_pipeline: Pipeline) -> None:
    text = "وحذرت فرنسا روسيا من شن هجوم على إدلب ودعت إلى وقف القتال في المدينة."
    assert _modes(events_pipeline, text, "ودعت") == [False]
