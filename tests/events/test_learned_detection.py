"""Attack and protest detection by the rule coder (the OEDA task): an act a verb states
is coded even when the sentence names neither side."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.pipeline import Pipeline


def _types(pipe: Pipeline, text: str) -> set[str]:
    return {e.type for e in code(pipe, text).events if not (e.negated or e.intent)}


def test_bomb_exploding_with_no_named_side_is_an_attack(events_pipeline: Pipeline) -> None:
    assert "ASSAULT" in _types(events_pipeline, "وانفجرت عبوة ناسفة صباح اليوم قرب سوق مزدحم.")


def test_sit_in_by_unnamed_protesters_is_a_protest(events_pipeline: Pipeline) -> None:
    assert "PROTEST" in _types(events_pipeline, "واعتصم العمال يومين أمام مقر الشركة.")


def test_bare_noun_with_no_side_is_still_not_coded(events_pipeline: Pipeline) -> None:
    # a verbal noun with nobody named stays uncoded (it often names a known act)
    assert "ASSAULT" not in _types(events_pipeline, "وتحدث الكتاب عن هجوم وقصة قديمة.")


def test_crowd_gathering_is_a_protest(events_pipeline: Pipeline) -> None:
    assert "PROTEST" in _types(events_pipeline, "وتجمع مئات المحتجين أمس أمام البرلمان في القاهرة.")


def test_gathering_of_officials_is_no_protest(events_pipeline: Pipeline) -> None:
    assert "PROTEST" not in _types(events_pipeline, "وتجمع الوزراء في قاعة المؤتمرات.")


def test_ministry_objecting_is_no_street_protest(events_pipeline: Pipeline) -> None:
    assert "PROTEST" not in _types(events_pipeline, "واحتجت وزارة الخارجية على تصريحات السفير.")


def test_going_out_to_the_streets_is_a_protest(events_pipeline: Pipeline) -> None:
    assert "PROTEST" in _types(events_pipeline, "ونزل آلاف المحتجين إلى شوارع المدينة.")
    assert "PROTEST" not in _types(events_pipeline, "وخرج الرئيس من المستشفى أمس.")


def test_killed_by_gunfire_is_an_attack_but_quoting_is_not(events_pipeline: Pipeline) -> None:
    assert "ASSAULT" in _types(events_pipeline, "واستشهد شابان برصاص الجنود قرب الحاجز.")
    assert "ASSAULT" not in _types(events_pipeline, "واستشهد الخطيب بقول مأثور عن الحكمة.")


def test_blowing_oneself_up_is_an_attack_though_the_verb_spells_dawn(
    events_pipeline: Pipeline,
) -> None:
    assert "ASSAULT" in _types(events_pipeline, "وفجر انتحاري نفسه قرب مقر الشرطة صباح اليوم.")
    assert "ASSAULT" in _types(events_pipeline, "وقال مصدر إن انتحاريا فجر نفسه قرب حاجز للجيش.")
    assert not _types(events_pipeline, "وصل الوفد فجر أمس إلى العاصمة.")
