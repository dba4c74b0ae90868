"""Sides read beyond the clause: a group's named members, and the unsaid object of a
refusal or withdrawal."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_members_after_ala_rasiha_are_the_sources(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وكانت دول غربية عدة على رأسها ألمانيا وهولندا قد هددت روسيا أمس.")
    found = triples(doc)
    assert {("DEU", "THREATEN", "RUS"), ("NLD", "THREATEN", "RUS")} <= found


def test_group_led_by_members_is_not_their_target(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ودول غربية على رأسها بريطانيا وكندا تتوعد برد حازم.")
    assert not any(tgt in ("GBR", "CAN") for s, t, tgt in triples(doc) if t == "THREATEN")


def test_refusal_guesses_no_target_from_another_actor(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقال إن الأتراك طلبوا المساعدة من ألمانيا بعدما رفضت باريس دعمهم.")
    assert not any(t == "REJECT" for _, t, _ in triples(doc))


def test_refusal_answers_the_maker_of_the_refused_thing(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "وأعلنت الحكومة الإيرانية رفضها للشروط التي وضعتها الإدارة الأمريكية."
    )
    assert ("IRN", "REJECT", "USA") in triples(doc)


def test_clash_with_names_the_side_that_fought_the_subject(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "وقال مسؤولون إن 20 من عناصر طالبان قتلوا في مواجهات مع القوات الأمريكية."
    )
    found = triples(doc)
    assert ("USA", "ASSAULT", "AFG") in found
    assert ("AFG", "ASSAULT", "USA") not in found  # the subject was killed, not the killer


def test_a_region_is_no_state_for_an_unnamed_side(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وتواصل حملات اعتقال ناشطين في أوروبا منذ أسابيع.")
    assert not any(s == "EUR" or tgt == "EUR" for s, _, tgt in triples(doc))


def test_accused_of_with_one_actor_is_passive(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "واتهمت أنقرة بدعم جماعات مسلحة في ليبيا ومصر.")
    assert not any(s == "TUR" for s, t, _ in triples(doc) if t == "ACCUSE")


def test_accused_of_with_two_actors_is_active(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "واتهمت أنقرة واشنطن بدعم جماعات مسلحة في سوريا.")
    assert ("TUR", "ACCUSE", "USA") in triples(doc)


def test_unplaced_institution_takes_the_place_not_a_nearer_nationality(
    events_pipeline: Pipeline,
) -> None:
    doc = code(events_pipeline, "واعتقلت الشرطة صحفيا ألمانيا في إسطنبول أمس.")
    assert ("TUR", "COERCE", "DEU") in triples(doc)


def test_joined_accusation_keeps_the_first_subject(events_pipeline: Pipeline) -> None:
    text = "وأدانت إيران العقوبات الجديدة، واتهمت واشنطن بمحاولة عرقلة الاتفاق."
    assert ("IRN", "ACCUSE", "USA") in triples(code(events_pipeline, text))


def test_with_is_no_target_of_a_charge(events_pipeline: Pipeline) -> None:
    text = "فرضت واشنطن عقوبات على شركات هندية متهمة بالتعامل مع إيران."
    assert ("USA", "ACCUSE", "IRN") not in triples(code(events_pipeline, text))


def test_between_a_force_and_a_people_noun_with_nationality(events_pipeline: Pipeline) -> None:
    found = triples(code(events_pipeline, "وقعت مواجهات بين الشرطة الأردنية ومهربين سوريين."))
    assert ("JOR", "ASSAULT", "SYR") in found


def test_a_street_named_after_a_state_is_no_state(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "واعتقلت الشرطة ناشطا في شارع لبنان وسط بغداد أمس.")
    sources = {s for s, t, _ in triples(doc) if t == "COERCE"}
    assert "LBN" not in sources
