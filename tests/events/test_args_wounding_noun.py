"""مقتل N X وإصابة M آخرين: the noun إصابة (read through the verb أصاب) has no subject;
the people counted before it are victims, never the wounders (``coder._wounding_noun``).
Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import code, country_pairs

from marsad.pipeline import Pipeline


def test_counted_victims_are_no_wounders(events_pipeline: Pipeline) -> None:
    text = "وقالت الوزارة إن الاشتباكات أسفرت عن مقتل 12 فلسطينيا وإصابة 300 آخرين بجروح."
    pairs = country_pairs(code(events_pipeline, text, "2018-04-02"), "ASSAULT")
    assert pairs and ("PSE", "PSE") not in pairs, pairs
    assert all(s != "PSE" for s, _ in pairs), pairs
    assert any(t == "PSE" for _, t in pairs), pairs


def test_doer_of_the_joined_act_kept(events_pipeline: Pipeline) -> None:
    text = (
        "وأطلقت القوات الإسرائيلية النار على المتظاهرين ما أسفر عن مقتل 12 فلسطينيا "
        "وإصابة 300 آخرين بجروح."
    )
    pairs = country_pairs(code(events_pipeline, text, "2018-04-02"), "ASSAULT")
    assert ("ISR", "ISR") in pairs or ("ISR", "PSE") in pairs, pairs
    assert all(s != "PSE" for s, _ in pairs), pairs


def test_the_verb_still_reads_its_subject(events_pipeline: Pipeline) -> None:
    # أصابت written without ة is the verb: its subject wounded someone
    text = "وأصابت القوات الإسرائيلية 30 فلسطينيا بجروح خلال المواجهات."
    pairs = country_pairs(code(events_pipeline, text, "2018-04-02"), "ASSAULT")
    assert ("ISR", "PSE") in pairs, pairs


def test_announcer_is_no_wounded(events_pipeline: Pipeline) -> None:
    # a side read before إصابة is another act's, and قرابة may come before the count
    text = (
        "وأعلنت وزارة الصحة الفلسطينية عن مقتل 12 فلسطينيا وإصابة قرابة 900 آخرين بجروح "
        "خلال الأحداث على الحدود."
    )
    doc = code(events_pipeline, text, "2018-04-02")
    targets = {e.target.actor for e in doc.events if e.type == "ASSAULT" and e.target}
    assert targets and all(t and not t.endswith("HLH") for t in targets), targets
