"""Sides found in four constructions: a blockade imposed is an attack (CAMEO 191), an
attack attributed by the passive نسب إلى names its attacker, a title phrase joined by و
after ل (ومسؤولة الشؤون الخارجية للاتحاد الأوروبي) continues a list of agents, and a
list of subjects before a host or meeting noun acts as one (رؤساء إيران وروسيا في ضيافة)."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_imposed_blockade_is_an_assault(events_pipeline: Pipeline) -> None:
    text = "وفرضت القوات الإسرائيلية حصارا بحريا على قطاع غزة منذ سنوات."
    kinds = {(src, kind) for src, kind, _ in triples(code(events_pipeline, text))}
    assert ("ISR", "ASSAULT") in kinds
    assert not any(kind == "COERCE" for _, kind in kinds)


def test_surrounding_verb_stays_coerce(events_pipeline: Pipeline) -> None:
    text = "وحاصرت الشرطة الفرنسية المشتبه به داخل مبنى في باريس."
    kinds = {kind for _, kind, _ in triples(code(events_pipeline, text))}
    assert "ASSAULT" not in kinds


def test_attack_attributed_to_rebels_has_them_as_source(events_pipeline: Pipeline) -> None:
    text = "وتعرض معسكر للجيش أمس لهجوم بقذائف الهاون، نسب إلى المتمردين التاميل."
    sources = {src for src, kind, _ in triples(code(events_pipeline, text)) if kind == "ASSAULT"}
    assert sources == {"LKA"}


def test_rates_before_to_are_no_attribution(events_pipeline: Pipeline) -> None:
    text = "وارتفعت نسب البطالة في المدن إلى مستويات قياسية بعد هجوم على مصنع."
    sources = {src for src, kind, _ in triples(code(events_pipeline, text)) if kind == "ASSAULT"}
    assert "LKA" not in sources


def test_agent_list_through_a_title_phrase(events_pipeline: Pipeline) -> None:
    text = (
        "وتعرضت إسرائيل لانتقادات استنكرت الغارة من قبل الأمين العام للجامعة العربية "
        "ومسؤولة الشؤون الخارجية للاتحاد الأوروبي."
    )
    doc = code(events_pipeline, text)
    sources = {
        (e.source.actor or "")[:6]
        for e in doc.events
        if e.type == "ACCUSE" and e.source is not None and not e.negated
    }
    assert {"IGOMEA", "IGOEUR"} <= sources


def test_subject_list_before_a_host_noun(events_pipeline: Pipeline) -> None:
    text = "وكان رئيسا فرنسا وألمانيا في ضيافة الرئيس المصري في القاهرة أمس."
    found = {
        (src, tgt) for src, kind, tgt in triples(code(events_pipeline, text)) if kind == "CONSULT"
    }
    assert {("FRA", "EGY"), ("DEU", "EGY")} <= found


def test_decision_genitive_is_the_source_of_its_act(events_pipeline: Pipeline) -> None:
    text = "وانتقدت الصين إعلان الحكومة الأسترالية تعليق المساعدات لكمبوديا."
    found = triples(code(events_pipeline, text))
    assert ("AUS", "SANCTION", "KHM") in found
