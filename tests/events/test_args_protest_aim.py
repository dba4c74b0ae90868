"""Whom a protest addresses: the one its demand is made of or its chant names
(``args.protest_aim``), over the place's government taken by convention."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, country_pairs

from marsad.eval.triples import argument_actor
from marsad.events.args import Actor, protest_aim, protest_sides
from marsad.pipeline import Pipeline


def _actor(ts: int, code: str, etype: str = "GPE", **kw: object) -> Actor:
    return Actor(ts, ts + 1, code, "x", 0, 1, etype, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a demand of a foreign body, made by protesters of another state
        ("تجمع مئات المتظاهرين في كركوك مطالبين الأمم المتحدة بالتدخل", "IGO"),
        # a slogan against a foreign state
        ("خرج آلاف المحتجين في شوارع كراتشي مرددين هتافات «الموت لأمريكا»", "USA"),
    ],
)
def test_demand_or_chant_names_the_target(
    events_pipeline: Pipeline, text: str, target: str
) -> None:
    pairs = country_pairs(code(events_pipeline, text, "2018-06-01"), "PROTEST")
    assert any(t == target for _, t in pairs), pairs


def test_demand_of_rebels_is_not_of_the_government(events_pipeline: Pipeline) -> None:
    text = "احتشد عشرات السكان في صنعاء لمطالبة ميليشيات الحوثي بالانسحاب من الحي"
    doc = code(events_pipeline, text, "2018-06-23")
    targets = [argument_actor(doc, e.target) for e in doc.events if e.type == "PROTEST"]
    assert any(t and t.startswith("YEMREB") for t in targets), targets


def test_chant_against_a_foreign_state_keeps_the_home_protesters(
    events_pipeline: Pipeline,
) -> None:
    doc = code(events_pipeline, "وتظاهر المئات في بغداد مرددين هتافات «إيران اخرجي»", "2018-07-16")
    assert ("IRQ", "IRN") in country_pairs(doc, "PROTEST")


def test_backed_or_own_symbols_are_no_aim() -> None:
    norms = ["تظاهر", "الالاف", "مرددين", "هتافات", "مءيده", "للرءيس"]
    assert protest_aim([_actor(5, "USAGOV", "PER")], norms, 0) is None
    norms = ["سار", "المعتصمون", "مرددين", "النشيد", "الوطني", "اللبناني"]
    assert protest_aim([_actor(5, "LBN", "ADJ")], norms, 0) is None


def test_released_or_returned_people_are_no_aim() -> None:
    # للمطالبة بإطلاق سراح فلان: the one to be freed is no one asked
    norms = ["احتجاجات", "للمطالبه", "باطلاق", "سراح", "المعارض"]
    assert protest_aim([_actor(4, "MAROPP", "PER")], norms, 0) is None


def test_singular_demand_verb_has_its_own_subject() -> None:
    # طالب الاتحاد الحكومة: a singular verb's subject follows it, no crowd's demand
    norms = ["اضراب", "طالب", "الاتحاد", "الحكومه"]
    assert protest_aim([_actor(2, "TUNLAB", "ORG"), _actor(3, "TUNGOV", "ORG")], norms, 0) is None


def test_aim_does_not_replace_a_named_target_or_become_the_home() -> None:
    norms = ["تظاهروا", "ضد", "فرنسا", "مرددين", "هتافات", "ضد", "امريكا"]
    named = _actor(2, "FRA", prep="ضد")
    chant = _actor(6, "USA")
    source, target = protest_sides([named, chant], 0, None, named, norms)
    assert target is named
    # no coded target: the chanted state is the target, the place's state the protesters'
    place = _actor(2, "PAK", place=True)
    norms = ["تظاهروا", "في", "بيشاور", "مرددين", "هتافات", "ضد", "امريكا"]
    source, target = protest_sides([place, chant], 0, None, None, norms)
    assert target is chant
    assert source is not None and source.code == "PAKCVL"


def test_crowd_naming_its_own_state_is_no_aim() -> None:
    norms = ["تظاهر", "الالاف", "في", "يريفان", "هاتفين", "ارمينيا", "حره"]
    place, own = _actor(4, "ARM", place=True), _actor(6, "ARM")
    source, target = protest_sides([place, own], 0, None, None, norms)
    assert source is not None and source.code == "ARMCVL"
    assert target is not None and target.code == "ARMGOV"


def test_clash_names_whom_the_protesters_face(events_pipeline: Pipeline) -> None:
    text = (
        "وتواصلت المظاهرات في مدن الضفة الغربية أمس، واشتبك المتظاهرون مع الجنود "
        "الإسرائيليين عند مداخل المدن."
    )
    doc = code(events_pipeline, text, "2018-05-15")
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert protests and all(argument_actor(doc, e.target) == "ISR" for e in protests[:1]), [
        (argument_actor(doc, e.source), argument_actor(doc, e.target)) for e in protests
    ]


def test_clash_at_a_border_with_a_place_is_no_aim() -> None:
    # مواجهات عند الحدود مع قطاع غزة: the border's other side, not whom they clash with
    norms = ["تظاهرات", "الجمعه", "وقعت", "مواجهات", "عند", "الحدود", "مع", "قطاع", "غزه"]
    assert protest_aim([_actor(7, "PSE")], norms, 0) is None


def test_protesters_of_an_act_are_not_its_state() -> None:
    # تنديدا بالهجوم التركي: Turkey's attack is protested, its people are not protesting
    norms = ["تظاهر", "الالاف", "في", "برلين", "تنديدا", "بالهجوم", "التركي"]
    place, deed = _actor(3, "DEU", place=True), _actor(6, "TUR", "ADJ")
    source, target = protest_sides([place, deed], 0, None, deed, norms)
    assert target is deed
    assert source is not None and source.code == "DEUCVL"
    # a state's government named as the target is the protesters' own
    norms = ["تظاهر", "الالاف", "ضد", "الحكومه", "العراقيه"]
    own = _actor(4, "IRQ", "ADJ")
    source, _ = protest_sides([own], 0, None, own, norms)
    assert source is not None and source.code == "IRQCVL"
