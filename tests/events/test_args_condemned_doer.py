"""Sides read from a clause around the act: the doer a relative clause names for a
condemned thing (التي تجريها X) is the one accused; an MP named with عن (النائب عن حزب
X) speaks for that party; the genitive of a suffered act noun (تتعرض لهجمات الطائرات
الإسرائيلية) did it, and is no victim. Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import code, country_pairs

from marsad.eval.triples import argument_actor
from marsad.pipeline import Pipeline


def test_condemned_exercises_accuse_who_holds_them(events_pipeline: Pipeline) -> None:
    text = "ونددت الصين بالتدريبات البحرية التي تجريها الولايات المتحدة واليابان قرب سواحلها."
    found = country_pairs(code(events_pipeline, text), "ACCUSE")
    assert ("CHN", "USA") in found
    assert ("CHN", "JPN") in found


def test_criticised_violations_accuse_their_doer(events_pipeline: Pipeline) -> None:
    text = "وانتقدت الحكومة الأردنية الخروقات المتكررة التي ترتكبها القوات الإسرائيلية."
    assert ("JOR", "ISR") in country_pairs(code(events_pipeline, text), "ACCUSE")


def test_doer_taken_up_by_a_preposition(events_pipeline: Pipeline) -> None:
    text = "واستنكرت قطر الحملة التي تقوم بها السعودية ضد مواطنيها."
    assert ("QAT", "SAU") in country_pairs(code(events_pipeline, text), "ACCUSE")


def test_relative_clause_past_a_clause_opener_is_not_the_object(
    events_pipeline: Pipeline,
) -> None:
    # the relative clause belongs to the second clause, not to what was condemned
    text = "وانتقد الوزير الإيراني القرار، لأن الخطة التي تدعمها فرنسا فشلت."
    assert ("IRN", "FRA") not in country_pairs(code(events_pipeline, text), "ACCUSE")


def test_mp_for_a_party_is_the_accuser(events_pipeline: Pipeline) -> None:
    text = (
        "وأكد الرئيس التركي أن بلاده لن تتراجع. "
        "واتهم النائب عن حزب العمال البريطاني الحكومة الروسية بالتدخل في الانتخابات."
    )
    found = country_pairs(code(events_pipeline, text), "ACCUSE")
    assert ("GBR", "RUS") in found
    assert not any(src == "TUR" for src, _ in found)


def test_mp_in_a_parliament_is_the_critic(events_pipeline: Pipeline) -> None:
    text = "وقال الرئيس التركي إن بلاده لن تتراجع. وانتقد نائب في البرلمان الألماني تركيا بشدة."
    assert ("DEU", "TUR") in country_pairs(code(events_pipeline, text), "ACCUSE")


def test_genitive_of_a_suffered_attack_is_the_attacker(events_pipeline: Pipeline) -> None:
    text = "وقال الجيش اللبناني إن القرى التي تتعرض لغارات الطائرات الإسرائيلية تقع جنوبا."
    found = country_pairs(code(events_pipeline, text), "ASSAULT")
    assert any(src == "ISR" for src, _ in found)
    assert not any(tgt == "ISR" for _, tgt in found)


def test_victim_between_the_verb_and_the_act_noun_stays(events_pipeline: Pipeline) -> None:
    text = "وتعرض الصحفي الأمريكي لاعتداء الشرطة التركية في إسطنبول."
    assert ("TUR", "USA") in country_pairs(code(events_pipeline, text), "ASSAULT")


def test_attack_suffered_by_a_named_side_in_a_relative_clause(events_pipeline: Pipeline) -> None:
    text = "وتحدث الوزير عن الهجمات التي تعرضت لها القوات التركية من قبل حزب العمال الكردستاني."
    assert ("TUR", "TUR") in country_pairs(code(events_pipeline, text), "ASSAULT")
    doc = code(events_pipeline, text)
    assert any(
        argument_actor(doc, e.source) == "TURREB" and argument_actor(doc, e.target) == "TURMIL"
        for e in doc.events
        if e.type == "ASSAULT"
    )


def test_condemned_suffered_attack_accuses_its_doer(events_pipeline: Pipeline) -> None:
    text = "وأدان الأردن الاعتداءات التي تتعرض لها القوات الأردنية من قبل المستوطنين الإسرائيليين."
    found = country_pairs(code(events_pipeline, text), "ACCUSE")
    assert ("JOR", "ISR") in found
    assert ("JOR", "JOR") not in found


def test_condemning_what_a_side_suffers_accuses_the_attacker(events_pipeline: Pipeline) -> None:
    text = "وندد الوزير الإيراني بما تتعرض له سوريا من غارات إسرائيلية متكررة."
    found = country_pairs(code(events_pipeline, text), "ACCUSE")
    assert ("IRN", "ISR") in found
    assert ("IRN", "SYR") not in found


def test_condemned_attack_with_its_nationality_and_its_victim(events_pipeline: Pipeline) -> None:
    text = "وأدان الأردن الغارات الإسرائيلية التي تعرضت لها غزة."
    doc = code(events_pipeline, text)
    assert ("JOR", "ISR") in country_pairs(doc, "ACCUSE")
    assert ("ISR", "PSE") in country_pairs(doc, "ASSAULT")


def test_economic_attacks_are_no_assault(events_pipeline: Pipeline) -> None:
    text = "وقال الوزير إن الهجمات الاقتصادية التي تعرضت لها تركيا فشلت."
    assert not country_pairs(code(events_pipeline, text), "ASSAULT")
