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


def test_the_coalition_named_again_alone(events_pipeline: Pipeline) -> None:
    text = (
        "أعلن التحالف العربي بدء عملية جديدة في الحديدة. "
        "وقالت مصادر إن مقاتلات التحالف قصفت مواقع للحوثيين قرب المطار."
    )
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert ("SAU", "YEM") in pairs


def test_killed_by_the_hand_of(events_pipeline: Pipeline) -> None:
    text = "قالت المنظمة إن ستة آلاف سوري قتلوا بيد التحالف الدولي."
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert ("IGO", "SYR") in pairs


def test_shelling_from_an_army_guns(events_pipeline: Pipeline) -> None:
    text = "قتل خمسة مسلحين بقصف من مدفعية الجيش اليمني."
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert any(src == "YEM" for src, _ in pairs)


def test_some_of_a_group_are_no_attacker(events_pipeline: Pipeline) -> None:
    text = "قتل عدد من مقاتلي ميليشيات الحوثي في صعدة."
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert not any(src == "YEM" for src, _ in pairs)


def test_the_named_doer_over_the_clause_subject(events_pipeline: Pipeline) -> None:
    text = "وقالت مصادر إن الميليشيات تكبدت عشرات القتلى بقصف من طائرات تحالف دعم الشرعية."
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert any(src == "SAU" for src, _ in pairs)


def test_who_confirms_a_toll_did_not_kill(events_pipeline: Pipeline) -> None:
    text = "وأكدت السلطات الفرنسية مقتل ثلاثة أشخاص في الهجوم على المتجر."
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert not any(src == "FRA" for src, _ in pairs)


def test_who_admits_a_toll_did_it(events_pipeline: Pipeline) -> None:
    text = "أقر التحالف الدولي بقيادة الولايات المتحدة، الجمعة، بمقتل تسعة مدنيين في ضربات جوية في سوريا."
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert ("USA", "SYR") in pairs


def test_who_announces_an_attack_toll_did_not_attack(events_pipeline: Pipeline) -> None:
    text = (
        "وكانت الوزارة اليمنية أعلنت أن حصيلة الهجوم الذي استهدف نقطة أمنية في عدن بلغت ثلاثة قتلى."
    )
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert not any(src == "YEM" for src, _ in pairs)


def test_an_attack_noun_with_its_doer_then_lam_object(events_pipeline: Pipeline) -> None:
    text = "وأدان المتحدث استهداف الحوثيين لمطار أبها بطائرة مسيرة."
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert ("YEM", None) in pairs or ("YEM", "SAU") in pairs


def test_a_group_nisba_names_its_members(events_pipeline: Pipeline) -> None:
    text = "وقالت مصادر عسكرية إن الجيش اليمني قتل 30 حوثيا في معارك قرب صعدة."
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert ("YEM", "YEM") in pairs
    found = code(events_pipeline, text, "2018-06-01")
    assert any(e.target is not None and e.target.actor == "YEMREB" for e in found.events)


def test_counted_weapons_with_a_nisba_fired(events_pipeline: Pipeline) -> None:
    text = "استهدفت خمسة صواريخ إيرانية ثلاثة مواقع في الجولان."
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "ASSAULT")
    assert any(src == "IRN" for src, _ in pairs)


def test_backed_by_names_the_supporter(events_pipeline: Pipeline) -> None:
    text = "وبدأ الجيش اليمني، بدعم من التحالف العربي، عملية جديدة في صعدة."
    doc = code(events_pipeline, text, "2018-06-01")
    support = [e for e in doc.events if e.type == "SUPPORT"]
    assert support and all(e.source and e.source.actor == "SAUMIL" for e in support)
