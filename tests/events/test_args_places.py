"""Places and parts: names after place nouns, nationalities of places, partitive من."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.events.conftest import code, triples

from marsad.events.args import Actor, agent_after, sentence_actors
from marsad.events.lexicon import load_resources
from marsad.events.steps import Adjectives
from marsad.kb.loader import load_kb
from marsad.pipeline import Pipeline
from marsad.settings import Settings

ActorsOf = Callable[[str], list[Actor]]


@pytest.fixture(scope="module")
def actors_of(events_pipeline: Pipeline) -> ActorsOf:
    """The actors ``args.sentence_actors`` reads in a one-sentence text."""
    settings = Settings()
    cues = load_resources(settings.normalize)[1]
    adjectives = Adjectives(load_kb(settings), settings.normalize)

    def read(text: str) -> list[Actor]:
        doc = code(events_pipeline, text)
        return sentence_actors(doc, doc.sentences[0], cues, adjectives.spans(doc))

    return read


def _by_text(actors: list[Actor], text: str) -> Actor:
    return next(a for a in actors if a.text == text)


def test_name_after_a_place_noun_is_a_place(actors_of: ActorsOf) -> None:
    actors = actors_of("شهدت مدينة حلب قصفا عنيفا صباح اليوم.")
    assert _by_text(actors, "حلب").place


def test_place_noun_with_a_clitic_preposition(actors_of: ActorsOf) -> None:
    actors = actors_of("انتشرت الشرطة بمدينة حلب منذ الصباح.")
    assert _by_text(actors, "حلب").place


def test_nationality_of_a_place_noun_is_a_place(actors_of: ActorsOf) -> None:
    actors = actors_of("سقطت قذيفة داخل الأراضي التركية مساء أمس.")
    assert _by_text(actors, "التركية").place


def test_nationality_after_a_place_name_is_a_place(actors_of: ActorsOf) -> None:
    actors = actors_of("وقع انفجار قرب كنيسة في محافظة أسيوط المصرية.")
    assert _by_text(actors, "المصرية").place


def test_second_nationality_of_a_border_is_a_place(actors_of: ActorsOf) -> None:
    actors = actors_of("سقطت قذائف على الحدود الأردنية السورية.")
    assert _by_text(actors, "الأردنية").place and _by_text(actors, "السورية").place


def test_direction_word_makes_a_place(actors_of: ActorsOf) -> None:
    actors = actors_of("وصلت التعزيزات إلى مواقع شمالي سوريا.")
    assert _by_text(actors, "سوريا").place


def test_nationality_of_an_institution_is_no_place(actors_of: ActorsOf) -> None:
    actors = actors_of("قصفت القوات التركية مواقع للمسلحين.")
    assert not _by_text(actors, "التركية").place


def test_partitive_min_names_the_acting_body(actors_of: ActorsOf) -> None:
    actors = actors_of("قالت مصادر إن قوة من الشرطة العراقية داهمت منزلا.")
    assert _by_text(actors, "العراقية").prep is None


def test_partitive_takes_the_preposition_before_it(actors_of: ActorsOf) -> None:
    actors = actors_of("أفرجت السلطات عن عدد من المعتقلين الأتراك.")
    assert _by_text(actors, "الأتراك").prep == "عن"


def test_nationality_after_a_group_is_that_group(actors_of: ActorsOf) -> None:
    actors = actors_of("هاجمت ميليشيات الحوثي اليمنية مواقع حدودية.")
    assert [a.text for a in actors if a.etype == "ADJ"] == []


def test_unit_of_a_body_is_the_attacker(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قال سكان إن قوة من الشرطة العراقية داهمت المسجد واعتقلت إماما.")
    assert any(s == "IRQ" and t == "COERCE" for s, t, _ in triples(doc))


def test_place_name_is_not_the_speaker(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "قال سكان منطقة الكرادة إن مسلحين خطفوا صحفيا في بغداد.")
    assert all(e.source is None or e.source.text != "الكرادة" for e in doc.events)


def test_launch_origin_is_the_attacker(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "شهدت المنطقة ليلة أمس إطلاق صواريخ من جنوب لبنان على بلدات حدودية."
    )
    assert any(s == "LBN" and t == "ASSAULT" for s, t, _ in triples(doc))


def test_launch_origin_is_not_the_target(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "شهدت المنطقة ليلة أمس إطلاق صواريخ من جنوب لبنان على بلدات حدودية."
    )
    assert all(g != "LBN" for _, t, g in triples(doc) if t == "ASSAULT")


def test_origin_of_a_condemned_launch_is_no_condemner(actors_of: ActorsOf) -> None:
    actors = actors_of("ندد البيان بإطلاق الصواريخ من قطاع غزة.")
    assert _by_text(actors, "قطاع غزة").origin >= 0
    assert not agent_after(actors, 1, 20)  # ندد ends at 1: the launch is its object


def test_towards_marks_the_aim(actors_of: ActorsOf) -> None:
    actors = actors_of("سقطت قذيفتان أطلقتا باتجاه إسرائيل.")
    assert _by_text(actors, "إسرائيل").prep == "نحو"


def test_direction_word_with_clitics_makes_a_place(actors_of: ActorsOf) -> None:
    actors = actors_of("انتشرت قوات الأمن بشمال ووسط سيناء منذ أيام.")
    assert _by_text(actors, "سيناء").place


def test_state_a_group_is_loyal_to_is_no_participant(actors_of: ActorsOf) -> None:
    actors = actors_of("اندلعت اشتباكات بين فصائل موالية لتركيا وعشائر محلية.")
    assert _by_text(actors, "تركيا").prep == "تابع"


def test_backer_after_min_is_no_target(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "هاجمت فصائل مدعومة من تركيا مواقع للمسلحين.")
    assert all(g != "TUR" for _, t, g in triples(doc) if t == "ASSAULT")
