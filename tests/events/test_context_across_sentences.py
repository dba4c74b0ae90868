"""Sides read across sentences: a condemned attack named only by a definite noun is the
attack an earlier sentence coded, and a sentence that turns to another story does not
inherit the last actor. Sentences written for the tests."""

from __future__ import annotations

from marsad.pipeline import analyze


def _triples(text: str) -> list[tuple[str | None, str, str | None]]:
    doc = analyze(text, "2024-10-03")
    return [
        (e.source.actor if e.source else None, e.type, e.target.actor if e.target else None)
        for e in doc.events
    ]


def test_a_definite_attack_noun_points_back_to_the_earlier_attacker() -> None:
    text = (
        "قصفت مقاتلات إسرائيلية قرى حدودية في جنوب لبنان فجر اليوم. "
        "واستنكر رئيس الحكومة اللبنانية نجيب ميقاتي الغارات."
    )
    assert ("LBNGOV", "ACCUSE", "ISR") in _triples(text)


def test_an_actor_of_the_next_clause_is_not_the_condemned_attacker() -> None:
    text = (
        "ودان رئيس الحكومة اللبنانية نجيب ميقاتي الغارات، "
        "وطالب مجلس الأمن الدولي بتحرك عاجل لوقفها."
    )
    assert ("LBNGOV", "ACCUSE", "IGOUNO") not in _triples(text)


def test_another_story_does_not_inherit_the_last_actor() -> None:
    text = (
        "اتهمت الحكومة الإثيوبية مصر بتعطيل المحادثات الفنية. "
        "وفي سياق منفصل، دعت إلى استئناف الحوار الشهر المقبل."
    )
    assert [t for t in _triples(text) if t[1] == "REQUEST" and t[0] == "ETHGOV"] == []


def test_a_visit_takes_the_prince_named_after_his_title_as_its_visitor() -> None:
    text = "وتأتي زيارة ولي العهد الأردني الأمير الحسين بن عبدالله إلى أبوظبي ضمن جولة خليجية."
    assert _triples(text) == [("JORGOV", "CONSULT", "ARE")]


def test_a_military_rank_between_verb_and_subject_is_a_title_word() -> None:
    text = "واتهم اللواء خليفة حفتر حكومة طرابلس بإيواء المتطرفين."
    assert ("LBYMIL", "ACCUSE", "LBY") in _triples(text)


def test_the_holder_named_after_a_titled_body_is_the_subject() -> None:
    text = "واتهم قائد الجيش السوداني الفريق أول عبد الفتاح البرهان قوات الدعم السريع بالنهب."
    assert _triples(text)[:1] == [("SDNGOV", "ACCUSE", "SDNMIL")]


def test_a_definite_noun_before_a_future_verb_is_its_subject() -> None:
    text = "وأوضح الأمين العام لحلف الناتو ينس ستولتنبرغ أن الحلف سيدعم أوكرانيا بالسلاح."
    assert ("UKR", "SUPPORT", "IGOWSTNAT") not in _triples(text)


def test_a_director_general_title_stands_between_verb_and_subject() -> None:
    text = "وانتقد مدير وكالة المخابرات المركزية الأمريكية وليام بيرنز روسيا بشدة أمس."
    assert [t for t in _triples(text) if t[2] == "RUS"][:1] == [("USAGOVSPY", "ACCUSE", "RUS")]


def test_a_mission_of_a_body_is_that_body_as_subject() -> None:
    text = (
        "وطالب زعيم التيار الصدري مقتدى الصدر الحكومة بتلبية مطالب الشارع. "
        "من جهتها، دعت بعثة الأمم المتحدة في العراق الحكومة إلى ضبط النفس."
    )
    assert ("IRQREL", "REQUEST", "IGOUNO") not in _triples(text)
    assert ("IGOUNO", "REQUEST", "IRQGOV") in _triples(text)
