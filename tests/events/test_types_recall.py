"""Trigger families added for type recall (lexicon 1.1): one sentence of our own each."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline

CODED = [
    # training or exercises held with a partner: military cooperation
    ("أجرت القوات الأردنية تدريبات مع قوات أمريكية في العقبة.", ("JOR", "COOPERATE", "USA")),
    ("وأجرت البحرية المصرية مناورات مع البحرية الفرنسية.", ("EGY", "COOPERATE", "FRA")),
    # signing contracts (the contract noun is no trigger of its own)
    ("وقعت الهند مع فرنسا عقود شراء طائرات.", ("IND", "AGREE", "FRA")),
    # giving a sum of money is aid
    ("وقدمت الكويت مبلغ مئة مليون دولار إلى السودان.", ("KWT", "AID", "SDN")),
    # halting military action or exercises: de-escalation
    ("وأوقفت كوريا الجنوبية المناورات مع الولايات المتحدة.", ("KOR", "CONCEDE", "USA")),
    # congratulations and blessing
    ("وبارك الرئيس التونسي الاتفاق الذي وقعته ليبيا.", ("TUN", "SUPPORT", "LBY")),
    # a letter or invitation sent
    ("وبعثت الجزائر دعوة إلى المغرب لحضور القمة.", ("DZA", "REQUEST", "MAR")),
    # cutting funding
    ("وقطعت الولايات المتحدة تمويل وكالة الأونروا.", ("USA", "SANCTION", "IGO")),
    # closing a foreign mission is a sanction
    ("وأغلقت ليتوانيا السفارة الروسية في فيلنيوس.", ("LTU", "SANCTION", "RUS")),
    # calling an act a violation criticises its doer
    ("واعتبرت مصر الخطوة الإثيوبية انتهاكا للاتفاق.", ("EGY", "ACCUSE", "ETH")),
    # readiness announced: intent to cooperate
    ("وأبدت إيران استعدادها للتعاون مع الوكالة الدولية للطاقة الذرية.", ("IRN", "AGREE", "IGO")),
    # trade between two actors
    ("وباعت روسيا كميات من القمح إلى مصر.", ("RUS", "COOPERATE", "EGY")),
    # a state of emergency declared
    ("وأعلنت الحكومة الإثيوبية حالة الطوارئ في البلاد.", ("ETH", "COERCE", "ETH")),
    # a military campaign
    ("وبدأت تركيا حملة عسكرية ضد المسلحين الأكراد في العراق.", ("TUR", "ASSAULT", "IRQ")),
]


@pytest.mark.parametrize(
    ("text", "expected"), CODED, ids=[f"{c[1][1]}-{i}" for i, c in enumerate(CODED)]
)
def test_new_trigger_family_is_coded(events_pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in triples(code(events_pipeline, text))


def test_closing_premises_at_home_is_coercion(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وأغلقت السلطات المصرية مكاتب منظمات حقوقية."))
    assert ("EGY", "COERCE", "EGY") in found


def test_closure_noun_with_its_object_is_coercion(events_pipeline: Pipeline) -> None:
    text = "وانتقدت المعارضة إغلاق الحكومة الجزائرية عشرات المساجد."
    assert any(s == "DZA" and t == "COERCE" for s, t, _ in triples(code(events_pipeline, text)))


def test_sentence_with_its_penalty_far_after_the_convict(events_pipeline: Pipeline) -> None:
    text = "وحكمت محكمة تركية على الصحفي المعارض الذي كان موقوفا منذ عامين بالسجن خمس سنوات."
    assert any(s == "TUR" and t == "COERCE" for s, t, _ in triples(code(events_pipeline, text)))


def test_condemning_for_a_charge_is_a_conviction(events_pipeline: Pipeline) -> None:
    text = "وأدانت محكمة مصرية صحفيا بتهمة نشر أخبار كاذبة."
    found = triples(code(events_pipeline, text))
    assert any(t == "COERCE" for _, t, _ in found)
    assert not any(t == "ACCUSE" for _, t, _ in found)


def test_an_armed_group_holding_people_takes_hostages(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "واحتجز تنظيم داعش عشرات المدنيين.")
    assert [(e.type, e.mode) for e in doc.events] == [("ASSAULT", "abduct")]


def test_rebels_holding_ground_arrest_as_authorities_do(events_pipeline: Pipeline) -> None:
    text = "وأعلنت قوات سوريا الديمقراطية القبض على قيادي في تنظيم داعش."
    doc = code(events_pipeline, text)
    assert any(e.type == "COERCE" for e in doc.events)
    assert not any(e.type == "ASSAULT" for e in doc.events)


def test_crowd_of_protesters_is_a_protest(events_pipeline: Pipeline) -> None:
    text = "وشهدت بغداد أمس خروج المحتجين إلى ساحة التحرير."
    assert any(t == "PROTEST" for _, t, _ in triples(code(events_pipeline, text)))


def test_protesters_named_alone_are_no_protest(events_pipeline: Pipeline) -> None:
    text = "وقالت الشرطة الأردنية إن المحتجين غادروا الساحة."
    assert not any(t == "PROTEST" for _, t, _ in triples(code(events_pipeline, text)))


@pytest.mark.parametrize(
    "text",
    [
        "وكانت واشنطن قد فجرت مفاجأة بإعلانها الانسحاب من الاتفاق.",
        "وتحدث الوزير عن المفاجأة التي فجرتها واشنطن أمس.",
    ],
)
def test_sparking_a_surprise_is_no_bombing(events_pipeline: Pipeline, text: str) -> None:
    assert not any(e.type == "ASSAULT" for e in code(events_pipeline, text).events)


def test_detonating_a_bomb_is_still_a_bombing(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وفجرت جماعة مسلحة قنبلة قرب مركز للشرطة في كابول.")
    assert any(e.type == "ASSAULT" for e in doc.events)


def test_a_pledge_is_one_sided(events_pipeline: Pipeline) -> None:
    text = "وأبدت إيران استعدادها للتعاون مع الوكالة الدولية للطاقة الذرية."
    found = triples(code(events_pipeline, text))
    assert not any(s == "IGO" and t == "AGREE" for s, t, _ in found)


def test_must_do_is_a_demand_of_the_obliged(events_pipeline: Pipeline) -> None:
    text = "وقال وزير الخارجية الفرنسي إن على إيران أن توقف تخصيب اليورانيوم فورا."
    assert ("FRA", "REQUEST", "IRN") in triples(code(events_pipeline, text))


def test_must_not_with_merged_negation_is_a_demand(events_pipeline: Pipeline) -> None:
    text = "وأكد الرئيس المصري أن على إثيوبيا ألا تملأ السد قبل الاتفاق."
    assert ("EGY", "REQUEST", "ETH") in triples(code(events_pipeline, text))


def test_must_understand_is_a_warning_not_a_demand(events_pipeline: Pipeline) -> None:
    text = "وقال رئيس الوزراء الإسرائيلي إن على لبنان أن يفهم أن صبر إسرائيل له حدود."
    assert not any(t == "REQUEST" for _, t, _ in triples(code(events_pipeline, text)))


def test_agreeing_on_that_is_no_obligation(events_pipeline: Pipeline) -> None:
    text = "واتفقت مصر والسودان على أن تستمر المفاوضات مع إثيوبيا."
    assert not any(t == "REQUEST" for _, t, _ in triples(code(events_pipeline, text)))


def test_measures_as_subject_aim_rather_than_attack(events_pipeline: Pipeline) -> None:
    text = "وقالت واشنطن إن العقوبات الجديدة استهدفت قطاع النفط الإيراني."
    assert not any(e.type == "ASSAULT" for e in code(events_pipeline, text).events)


def test_giving_up_demands_is_a_concession(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وتخلت تركيا عن مطالبها في سوريا."))
    assert any(s == "TUR" and t == "CONCEDE" for s, t, _ in found)
    assert not any(t == "RETREAT" for _, t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "وقتل زلزال قوي أكثر من مئة شخص في شرق تركيا.",
        "ودمرت العاصفة مئات المنازل في ولاية فلوريدا.",
        "قتل عشرون شخصا في فيضانات ضربت شمال باكستان.",
        "وحاصرت حرائق الغابات مئات السياح قرب أثينا.",
    ],
)
def test_a_disaster_attacks_no_one(events_pipeline: Pipeline, text: str) -> None:
    doc = code(events_pipeline, text)
    assert not any(e.type in ("ASSAULT", "COERCE") for e in doc.events)


def test_a_killing_in_an_air_strike_is_still_an_attack(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقتل عشرون شخصا في غارة جوية على بلدة في إدلب.")
    assert any(e.type == "ASSAULT" for e in doc.events)
