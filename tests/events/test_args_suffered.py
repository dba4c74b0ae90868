"""A person, then a bare perfect harm verb with no object where the active verb has one
(a preposition, a time word, a clause opener) is the undotted passive قُتل: the person
was killed or held, never the attacker."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.doc import Event
from marsad.pipeline import Pipeline


def test_named_person_killed_in_a_place_is_the_victim(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقالت الشرطة إن الصحفي السعودي جمال خاشقجي قتل داخل القنصلية.")
    found = triples(doc)
    assert ("SAU", "ASSAULT", None) not in found
    assert any(t == "ASSAULT" and o == "SAU" for _, t, o in found)


def test_soldier_killed_in_an_attack_is_its_target(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وأفاد المسؤول بأن الجندي الأمريكي قتل في هجوم بالقرب من بغداد.")
    found = triples(doc)
    assert not any(s == "USA" for s, t, _ in found if t == "ASSAULT")
    assert ("UAF", "ASSAULT", "USA") in found


def test_killed_in_a_named_air_strike_keeps_its_attacker(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline, "وقال المسؤول إن الجنود الأتراك قتلوا في غارة جوية أمريكية قرب الحدود."
    )
    assert ("USA", "ASSAULT", "TUR") in triples(doc)


def test_arrested_opponent_is_held_not_the_one_arresting(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وذكرت الشرطة المصرية أن المعارض حسن علي اعتقل أمس في القاهرة.")
    found = triples(doc)
    assert any(t == "COERCE" and o == "EGY" for _, t, o in found)
    assert not any(s is None or s == "UAF" for s, t, _ in found if t == "COERCE")


def test_active_verb_with_a_counted_object_keeps_its_subject(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وقال البيان إن الجيش الأمريكي قتل في الغارة ثلاثة مسلحين.")
    assert any(s == "USA" for s, t, _ in triples(doc) if t == "ASSAULT")


def _target_texts(text: str, pipe: Pipeline, kind: str) -> list[str]:
    doc = code(pipe, text)
    return [e.target.text or "" for e in doc.events if e.type == kind and e.target is not None]


def test_subject_after_that_is_a_pronoun_not_the_name_before(events_pipeline: Pipeline) -> None:
    text = "وذكرت قناة الجزيرة القطرية أنهما اعتقلا بعد ذلك بقليل."
    assert "قناة الجزيرة" not in _target_texts(text, events_pipeline, "COERCE")


def test_prison_with_a_pronoun_is_no_passive(events_pipeline: Pipeline) -> None:
    text = "وقالت السلطات إن اللص الفرنسي رضوان فايد هرب من سجنه في باريس."
    assert "رضوان فايد" not in _target_texts(text, events_pipeline, "COERCE")


def test_person_before_a_relative_harm_verb_was_held(events_pipeline: Pipeline) -> None:
    text = "وأفرجت السلطات الإيرانية عن الصحفي الفرنسي الذي اعتقل في طهران الشهر الماضي."
    found = triples(code(events_pipeline, text))
    assert ("IRN", "COERCE", "FRA") in found
    assert ("FRA", "COERCE", "IRN") not in found


def test_held_since_months_is_no_counted_object(events_pipeline: Pipeline) -> None:
    text = "وطالب المحامي بالإفراج عن الصحفي التركي الذي أوقف منذ ستة أشهر في القاهرة."
    held = [e.target.text for e in _coerced(text, events_pipeline) if e.target is not None]
    assert "التركي" in held


def test_officer_who_arrested_three_keeps_his_act(events_pipeline: Pipeline) -> None:
    text = "وكرمت وزارة الداخلية المصرية الضابط الذي اعتقل في المداهمة ثلاثة مسلحين."
    assert not any(
        e.target is not None and e.target.text == "المصرية" for e in _coerced(text, events_pipeline)
    )


def _coerced(text: str, pipe: Pipeline) -> list[Event]:
    return [e for e in code(pipe, text).events if e.type == "COERCE"]
