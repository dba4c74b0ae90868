"""Names written with joining marks: a hyphen inside a person's name, Latin initials
spelt in Arabic letters with dots, and a body's own name used alone after it was
named with a generic head (منظمة إيتا ... إيتا). Sentences written for the tests."""

from __future__ import annotations

from marsad.doc import Document
from marsad.entities.link import Cluster, _name_after_head
from marsad.kb.model import Entry


def _names(doc: Document) -> dict[str, str]:
    return {e.name: e.type for e in doc.entities}


def test_hyphenated_person_name_is_one_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال سون هيونغ-مين إنه سعيد بالفوز على الفريق المنافس.")
    assert _names(doc).get("سون هيونغ-مين") == "PER"
    assert "سون هيونغ" not in _names(doc)


def test_hyphen_between_two_known_people_joins_nothing(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وعقدت قمة ترامب-كيم في سنغافورة وسط اهتمام كبير.")
    assert not any("-" in e.name for e in doc.entities)


def test_dotted_initials_are_one_name(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وقال الخبير للقناة (زد.دي.إف) إن الأمر صعب.")
    assert _names(doc).get("زد.دي.إف") == "ORG"
    assert "زد" not in _names(doc)


def test_initials_inside_brackets_do_not_end_the_sentence(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("ربط الخبراء الهجوم بمجموعة القراصنة (إيه.بي.تي28)، كما فعلت تقارير أخرى.")
    assert len(doc.sentences) == 1
    assert _names(doc).get("إيه.بي.تي28") == "ORG"


def test_body_named_with_its_head_then_alone_is_one_entity(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        "أعلنت منظمة إيتا حل نفسها بعد عقود من العنف. وكانت إيتا قد سلمت أسلحتها العام الماضي."
    )
    eta = [e for e in doc.entities if e.kb_id == "org:eta"]
    assert len(eta) == 1
    assert {m.text for m in eta[0].mentions} == {"منظمة إيتا", "إيتا"}


def test_definite_word_after_a_head_is_no_name_alone() -> None:
    # الله of حزب الله is the word for God alone, never the party; إيتا of منظمة إيتا is
    body = Cluster("ORG", entry=Entry(id="org:x", type="ORG", name_en="X", names_ar=["حزب الله"]))
    body.keys = [("حزب", "الله"), ("منظمه", "ايتا")]
    assert _name_after_head({"org:x": body}, ("الله",)) is None
    assert _name_after_head({"org:x": body}, ("ايتا",)) is body


def test_family_name_after_a_known_prince_stays_his(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("وأكد تركي بن بندر بن عبدالعزيز آل سعود في بيان أن الحملة مستمرة.")
    ids = {e.kb_id for e in doc.entities for m in e.mentions if m.text.endswith("آل سعود")}
    assert ids == {"per:turki-bin-bandar-bin-abdulaziz-al-saud"}


def test_another_family_name_is_another_person(run) -> None:  # type: ignore[no-untyped-def]
    # Hamdan bin Mohammed of the Al Nahyan is not Dubai's Hamdan bin Mohammed Al Maktoum
    doc = run("وحضر الشيخ حمدان بن محمد آل نهيان افتتاح المعرض في أبوظبي.")
    assert all(e.kb_id != "per:hamdan-bin-mohammed-al-maktoum" for e in doc.entities)
