"""Sides that are named without a name: a state body the KB codes without an entity
(قوات الاحتلال), and a dateline's place, which never acts. Sentences written for the
tests."""

from __future__ import annotations

from marsad.pipeline import Pipeline

from .conftest import code


def _sides(pipe: Pipeline, text: str, kind: str) -> list[tuple[str | None, str | None]]:
    doc = code(pipe, text, "2021-11-24")
    return [
        (e.source.actor if e.source else None, e.target.actor if e.target else None)
        for e in doc.events
        if e.type == kind
    ]


def test_body_named_without_an_adjective_acts(events_pipeline: Pipeline) -> None:
    text = "اقتحمت قوات الاحتلال بلدة بيتا جنوب نابلس فجر اليوم."
    assert _sides(events_pipeline, text, "ASSAULT") == [("ISRMIL", "PSE")]


def test_place_of_a_dateline_is_not_the_subject(events_pipeline: Pipeline) -> None:
    text = "عمان - قصفت طائرات حربية روسية مواقع لفصائل مسلحة في ريف إدلب أمس."
    sides = _sides(events_pipeline, text, "ASSAULT")
    assert sides and all(src != "JOR" for src, _ in sides)


def test_named_subject_before_a_verb_and_a_count_is_active(events_pipeline: Pipeline) -> None:
    # a perfect verb before a number reads as passive (قتل 12 شخصا) unless a side is
    # named right before it
    text = "القوات الأمريكية قتلت ثلاثة مسلحين في هجوم قرب الرمادي."
    sides = _sides(events_pipeline, text, "ASSAULT")
    assert sides and sides[0][0] == "USAMIL"


def test_companies_and_regions_are_no_state_a_crowd_belongs_to() -> None:
    from marsad.events.args import Actor, nearest_state

    actors = [
        Actor(0, 1, "EGY", "مصر", 0, 3, "GPE"),
        Actor(6, 7, "MNCUSA", "إنستغرام", 30, 38, "ORG"),
        Actor(9, 10, "EUR", "أوروبا", 45, 51, "GPE"),
    ]
    assert nearest_state(actors, 8) == "EGY"


def test_supporters_of_a_named_body_are_the_protesters(events_pipeline: Pipeline) -> None:
    text = "وتظاهر مئات من أنصار التيار الصدري في بغداد احتجاجا على اعتقال أحد قادتهم."
    assert _sides(events_pipeline, text, "PROTEST") == [("IRQOPP", "IRQGOV")]


def test_loaded_with_aid_is_no_blame(events_pipeline: Pipeline) -> None:
    text = "أرسلت قطر شاحنة محملة بالأدوية إلى مستشفيات غزة أمس."
    assert _sides(events_pipeline, text, "ACCUSE") == []


def test_detached_pronoun_after_a_participle_takes_up_the_object(events_pipeline: Pipeline) -> None:
    text = (
        "فرضت وزارة الخزانة الأمريكية عقوبات على مسؤولين في الحرس الثوري الإيراني، "
        "متهمة إياهم بتهريب السلاح إلى اليمن."
    )
    assert ("USAGOV", "IRNMIL") in _sides(events_pipeline, text, "ACCUSE")


def test_forces_pronoun_is_the_states_military(events_pipeline: Pipeline) -> None:
    text = "وقالت وزارة الدفاع التركية إن قواتها قتلت ستة مسلحين في غارة على جبال قنديل."
    sides = _sides(events_pipeline, text, "ASSAULT")
    assert sides and sides[0][0] == "TURMIL"
