"""Person names grown past the CRF's boundary (``marsad.entities.grow``)."""

from __future__ import annotations

from marsad.doc import Document
from marsad.entities.grow import grow_persons, nisba
from marsad.entities.rules import Span
from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings


def _doc(text: str) -> Document:
    return analyze(text, pipeline=Pipeline(Settings(steps=("lines", "tokens", "sentences"))))


def _span(doc: Document, ts: int, te: int, source: str = "crf", typ: str = "PER") -> Span:
    start, end = doc.tokens[ts].start, doc.tokens[te - 1].end
    return Span(ts, te, typ, source, start, end, doc.text[start:end])


def _bare(doc: Document) -> list[str]:
    return [t.norm for t in doc.tokens]


def test_a_lexicon_first_name_before_a_crf_person_joins_it() -> None:
    doc = _doc("وقال نديم فرحات إن الطريق مفتوح.")
    grown = grow_persons(doc, [_span(doc, 2, 3)], _bare(doc), {"نديم": ("PERS",)})
    assert [(s.ts, s.te, s.form) for s in grown] == [(1, 3, "نديم فرحات")]


def test_a_relation_adjective_after_a_person_is_its_surname() -> None:
    doc = _doc("وقال نديم فرحات الطرابلسي إن الطريق مفتوح.")
    grown = grow_persons(doc, [_span(doc, 1, 3)], _bare(doc), {})
    assert grown[0].form == "نديم فرحات الطرابلسي"


def test_a_nationality_adjective_kb_span_or_other_type_is_not_grown() -> None:
    doc = _doc("وقال نديم فرحات الطرابلسي إن الطريق مفتوح.")
    assert grow_persons(doc, [_span(doc, 1, 3)], _bare(doc), {}, {3})[0].te == 3
    assert grow_persons(doc, [_span(doc, 1, 3, "kb")], _bare(doc), {})[0].te == 3
    assert grow_persons(doc, [_span(doc, 1, 3, typ="ORG")], _bare(doc), {})[0].te == 3


def test_nisba_form() -> None:
    assert nisba("الطرابلسي")
    assert not nisba("الطريق")
    assert not nisba("علي")
