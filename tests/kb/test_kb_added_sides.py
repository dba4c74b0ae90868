"""KB facts added for event sides that were left uncoded: each name links to its entry
and the code valid on the sentence's date."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline, analyze


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        ("وهاجم مقاتلو نمور التاميل معسكرا للجيش شمال البلاد.", "org:ltte", "LKAREB"),
        ("وقدم مركز الملك سلمان للإغاثة خياما للنازحين.", "org:ksrelief", "SAUGOV"),
        ("ونفى القاضي بريت كافانو كل ما نسب إليه.", "per:brett-kavanaugh", "USAJUD"),
        ("وسلم روبرت مولر تقريره إلى وزارة العدل.", "per:robert-mueller", "USAJUD"),
        ("وقال جيمس كومي إنه لم يتلق أي طلب.", "per:james-comey", "USACOP"),
        ("ونقل سيرغي سكريبال إلى المستشفى.", "per:sergei-skripal", "RUSCVL"),
        ("وزار هورست كوهلر مخيمات تندوف.", "per:horst-koehler", "IGOUNO"),
        ("واعتقلت الشرطة ناصر الزفزافي في الحسيمة.", "per:nasser-zefzafi", "MAROPP"),
        ("ووصلت فيديريكا موغريني إلى بروكسل.", "per:federica-mogherini", "IGOEUREEC"),
    ],
)
def test_added_name_links_with_its_code(pipe: Pipeline, text: str, name: str, actor: str) -> None:
    doc = analyze(text, "2018-06-01", pipeline=pipe)
    linked = {(e.kb_id, e.actor) for e in doc.entities}
    assert (name, actor) in linked


def test_short_form_of_a_common_surname_needs_the_full_name(pipe: Pipeline) -> None:
    doc = analyze("وسجل توماس مولر هدفا في المباراة.", "2018-06-01", pipeline=pipe)
    assert "per:robert-mueller" not in {e.kb_id for e in doc.entities}


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        ("وانتقد الرئيس مكتب التحقيقات الفيدرالي بشدة.", "org:fbi", "USACOP"),
        ("واتهمت طهران الموساد بالوقوف وراء التفجير.", "org:mossad", "ISRSPY"),
    ],
)
def test_named_security_body_is_a_name_with_its_code(
    pipe: Pipeline, text: str, name: str, actor: str
) -> None:
    # a named agency is a proper name, not a generic institution read only as an actor
    doc = analyze(text, "2018-06-01", pipeline=pipe)
    assert (name, actor) in {(e.kb_id, e.actor) for e in doc.entities}


def test_generic_institution_stays_an_actor_only(pipe: Pipeline) -> None:
    doc = analyze("واعتقلت الشرطة المصرية ثلاثة أشخاص.", "2018-06-01", pipeline=pipe)
    assert all(e.kb_id is None or "police" not in e.kb_id for e in doc.entities)


@pytest.mark.parametrize(
    "text", ["وتبنى تنظيم «القاعدة» التفجير.", 'وتبنى تنظيم "القاعدة" التفجير.']
)
def test_quoted_group_name_after_its_head_links(pipe: Pipeline, text: str) -> None:
    # news of the 2000s quotes the name after its head noun; the bare word is no name
    doc = analyze(text, "2008-06-01", pipeline=pipe)
    assert ("org:al-qaeda", "IMGMUSALQ") in {(e.kb_id, e.actor) for e in doc.entities}


def test_bare_qaeda_word_is_no_group(pipe: Pipeline) -> None:
    doc = analyze("وقال قائد القاعدة العسكرية إن الهجوم فشل.", "2008-06-01", pipeline=pipe)
    assert "org:al-qaeda" not in {e.kb_id for e in doc.entities}
