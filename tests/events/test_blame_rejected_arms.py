"""Holding a side responsible by تحميل (its genitive is the blamed), a rejection of
accusations answering the accuser, and weapons moved or sent as military aid.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, triples

from marsad.doc import Document
from marsad.pipeline import Pipeline


def full(doc: Document) -> set[tuple[str | None, str, str | None]]:
    """(source, type, target) codes in full, planned or asked-for acts included."""
    return {
        (e.source.actor if e.source else None, e.type, e.target.actor if e.target else None)
        for e in doc.events
        if not e.negated
    }


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # the genitive of تحميل is held responsible; the governing verb's doer blames
        (
            "ودعا البرلمان الأوروبي إلى تحميل إسرائيل المسؤولية الكاملة عن قتل المدنيين",
            ("IGOEUREEC", "ACCUSE", "ISR"),
        ),
        (
            "وطالبت الجامعة العربية بتحميل الحكومة السورية مسؤولية الهجوم",
            ("IGOMEAARL", "ACCUSE", "SYRGOV"),
        ),
        # the responsibility may sit past a phrase and a long object
        (
            "وحملت وزارة الخارجية الفلسطينية في بيان صدر عنها اليوم حكومة الاحتلال "
            "الإسرائيلي المسؤولية عن التصعيد",
            ("PSEGOV", "ACCUSE", "ISRGOV"),
        ),
    ],
)
def test_held_responsible(events_pipeline: Pipeline, text: str, triple: tuple) -> None:
    assert triple in full(code(events_pipeline, text))


def test_blamed_genitive_is_not_the_blamer(events_pipeline: Pipeline) -> None:
    text = "ودعا البرلمان الأوروبي إلى تحميل إسرائيل المسؤولية الكاملة عن قتل المدنيين"
    blames = [t for t in full(code(events_pipeline, text)) if t[1] == "ACCUSE"]
    assert blames and all(src != "ISR" for src, _, _ in blames)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("اتهمت إسرائيل حماس بتنفيذ الهجوم. ورفضت حماس الاتهامات.", ("PSEREB", "REJECT", "ISR")),
        # a denial of the accusations too; a government accusing a group of its own state
        (
            "زار وزير مصري باريس. واتهمت الحكومة الفلسطينية حماس بالهجوم. "
            "وزار وزير إسرائيلي القاهرة. ونفت حماس هذه الاتهامات.",
            ("PSEREB", "REJECT", "PSEGOV"),
        ),
    ],
)
def test_rejected_accusation_answers_accuser(
    events_pipeline: Pipeline, text: str, triple: tuple
) -> None:
    assert triple in full(code(events_pipeline, text))


def test_denied_act_names_no_accuser(events_pipeline: Pipeline) -> None:
    # a denial of an act, not of the accusations, guesses no accuser
    text = "اتهمت إسرائيل حماس بالهجوم. ونفت حماس إطلاق الصواريخ."
    assert not any(t == "REJECT" for _, t, _ in triples(code(events_pipeline, text)))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "وقالت مصادر إن إيران نقلت صواريخ بالستية إلى ميليشيات في العراق",
            ("IRN", "AID", "IRQ"),
        ),
        ("وأرسلت روسيا أسلحة إلى الحكومة السورية", ("RUS", "AID", "SYR")),
    ],
)
def test_weapons_sent_are_military_aid(events_pipeline: Pipeline, text: str, triple: tuple) -> None:
    assert triple in triples(code(events_pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "ونقلت الشرطة المصابين إلى المستشفى",
        "ونقل الجيش الإسرائيلي صواريخ إلى الحدود الشمالية",
    ],
)
def test_moving_people_or_own_weapons_is_no_aid(events_pipeline: Pipeline, text: str) -> None:
    assert not any(t == "AID" for _, t, _ in triples(code(events_pipeline, text)))
