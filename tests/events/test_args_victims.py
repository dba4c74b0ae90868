"""Victims: nationalities in the accusative, after a count and a people noun, and plural
verbs whose subject is their own suffix."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.events.args import plural_verb, victim_count
from marsad.pipeline import Pipeline


def test_accusative_nationality_after_an_indefinite_object(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "خطفوا أمس مهندسا ألمانيا قرب مدينة كركوك."))
    assert any(t == "ASSAULT" and tgt == "DEU" for _, t, tgt in found)


def test_accusative_nationality_after_a_number(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "قتل 9 باكستانيا في انفجار عبوة ناسفة."))
    assert any(t == "ASSAULT" and tgt == "PAK" for _, t, tgt in found)


def test_country_spelling_is_no_accusative_adjective(events_pipeline: Pipeline) -> None:
    # روسيا after a definite noun is the country, not "Russian"
    found = triples(code(events_pipeline, "زار وزير الخارجية التركي روسيا أمس."))
    assert ("TUR", "CONSULT", "RUS") in found


def test_victims_nationality_after_count_and_noun(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "أدان البيان مقتل 12 جنديا مصريا في هجوم قرب الحدود الليبية.")
    assert any(t == "ASSAULT" and tgt == "EGY" for _, t, tgt in triples(doc))


def test_plural_verb_takes_no_subject_after_it(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وخطفوا صحفيا إيطاليا في العاصمة."))
    assert any(t == "ASSAULT" and tgt == "ITA" for _, t, tgt in found)
    assert not any(s == "ITA" for s, t, _ in found if t == "ASSAULT")


def test_plural_verb() -> None:
    assert plural_verb("خطفوا") and plural_verb("وقالوا")
    assert not plural_verb("خطف") and not plural_verb("دعا")


def test_victim_count() -> None:
    norms = ["مقتل", "15", "جنديا", "تركيا"]
    kinds = ["word", "number", "word", "word"]
    assert victim_count(norms, kinds, 1, 3)
    assert victim_count(["اختطاف", "ثلاثه", "صحفيين"], ["word"] * 3, 1, 3)
    assert not victim_count(["قصف", "مواقع", "الجيش"], ["word"] * 3, 1, 2)


def test_fire_marker_names_the_shooter(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "أصيب ثلاثة لبنانيين بنيران الجيش السوري قرب الحدود.")
    assert ("SYR", "ASSAULT", "LBN") in triples(doc)


def test_fire_marker_over_a_unit_noun(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قتل ثلاثة صيادين مصريين برصاص القوات الليبية أمس.")
    assert ("LBY", "ASSAULT", "EGY") in triples(doc)


def test_number_word_after_a_harm_verb_reads_as_passive(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "اعتقل عشرات الطلاب الأتراك في مطار القاهرة.")
    assert not any(s == "TUR" for s, t, _ in triples(doc) if t == "COERCE")


def test_suffering_verb_victim_by_nationality(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "أصيب جنديان أردنيان بقذائف قرب الحدود.")
    assert any(t == "ASSAULT" and tgt == "JOR" for _, t, tgt in triples(doc))


def test_attacked_unit_owned_by_an_army(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "تعرضت قافلة للجيش البريطاني لهجوم قرب البصرة.")
    assert any(t == "ASSAULT" and tgt == "GBR" for _, t, tgt in triples(doc))


def test_unknown_person_attacked_takes_the_place_state(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "اغتال مسلحون مجهولون الشيخ سالم فرحان الدليمي في مدينة الموصل.")
    assert any(t == "ASSAULT" and tgt == "IRQ" for _, t, tgt in triples(doc))


def test_blast_as_a_patrol_passed_hits_its_owner(events_pipeline: Pipeline) -> None:
    text = "وانفجرت عبوة ناسفة عند مرور حافلة تقل جنودا من الجيش الأمريكي قرب بغداد."
    doc = code(events_pipeline, text)
    assert any(t == "ASSAULT" and tgt == "USA" for _, t, tgt in triples(doc))


def test_accusative_object_owned_after_lam(events_pipeline: Pipeline) -> None:
    text = "واستهدف تفجير انتحاري بسيارة مفخخة، صباح أمس، موكبا لسفارة فرنسا في بغداد."
    doc = code(events_pipeline, text)
    assert any(t == "ASSAULT" and tgt == "FRA" for _, t, tgt in triples(doc))
