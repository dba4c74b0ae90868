"""A و-joined feminine perfect before a count goes on with the earlier feminine verb's
named subject (``coder._goes_on_feminine``) instead of reading as a passive."""

from __future__ import annotations

from tests.events.conftest import code, country_pairs

from marsad.pipeline import Pipeline


def test_joined_feminine_verb_keeps_the_named_subject(events_pipeline: Pipeline) -> None:
    text = "واقتحمت الشرطة التركية مبنى الجامعة صباح اليوم واعتقلت ثلاثة طلاب."
    pairs = country_pairs(code(events_pipeline, text, "2018-03-25"), "COERCE")
    assert any(s == "TUR" for s, _ in pairs), pairs


def test_masculine_verb_after_a_feminine_one_stays_passive(events_pipeline: Pipeline) -> None:
    # هاجمت القوات ... وقتل 12 شخصا: the masculine verb agrees with no feminine subject
    text = "هاجمت القوات الحكومية قرية في دارفور وقتل 12 شخصا."
    doc = code(events_pipeline, text, "2008-01-01")
    killed = [e for e in doc.events if e.mentions[0].trigger.endswith("قتل")]
    assert all(e.source is None or e.source.actor in (None, "UAF") for e in killed)


def test_a_subject_read_by_convention_does_not_go_on(events_pipeline: Pipeline) -> None:
    # قال فلان إن 3 آليات دمرت وقتلت 12 مسلحا: دمرت has no named subject (UAF)
    text = "وقال مدير المرصد إن ثلاث آليات دمرت وقتلت 12 مسلحا في غارات للتحالف."
    doc = code(events_pipeline, text, "2018-05-24")
    for e in doc.events:
        if e.mentions[0].trigger == "وقتلت":
            assert e.source is None or e.source.actor in (None, "UAF"), e.source
