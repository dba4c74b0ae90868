"""Who attacked whom in passive reports: counted victims before a passive harm verb with
the fire's owner after it (``coder._passive_by_gap``), members of a group after برصاص /
من قبل (``args._after_agent_marker``), a bomb planted by someone (``[attack_claims]``
and ``coder._claimed``), and an attack's من جانب doer (``coder._killed_in_attack``)."""

from __future__ import annotations

from tests.events.conftest import code, country_pairs

from marsad.pipeline import Pipeline


def test_counted_nationality_before_a_passive_verb_was_hit(events_pipeline: Pipeline) -> None:
    text = "وقال مسؤولون إن 40 فلسطينيا قتلوا بنيران الجيش الإسرائيلي خلال شهر."
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert ("ISR", "PSE") in pairs
    assert ("PSE", "ISR") not in pairs


def test_members_after_the_fire_fired_it(events_pipeline: Pipeline) -> None:
    text = "قتل جنديان أمريكيان بنيران عناصر من طالبان."
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert ("AFG", "USA") in pairs


def test_whoever_planted_the_bomb_is_the_attacker(events_pipeline: Pipeline) -> None:
    text = "قتلت عبوة ناسفة زرعتها ميليشيا الحوثي خمسة مدنيين في الحديدة."
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert ("YEM", "YEM") in pairs
    assert (None, "YEM") not in pairs and ("UAF", "YEM") not in pairs


def test_the_doer_of_the_fire_that_killed(events_pipeline: Pipeline) -> None:
    text = (
        "وذكرت الوزارة أن 30 فلسطينيا قتلوا أمس في إطلاق نار من جانب القوات الإسرائيلية قرب السياج."
    )
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert ("ISR", "PSE") in pairs
    assert ("PSE", "ISR") not in pairs


def test_victims_of_an_attack_are_not_the_speakers_attack(events_pipeline: Pipeline) -> None:
    text = "وتحدثت رئيسة الوزراء تيريزا ماي أمام عائلات ضحايا هجوم جسر لندن."
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert not any(src == "GBR" for src, _ in pairs)
