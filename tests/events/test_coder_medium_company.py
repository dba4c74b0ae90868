"""A company named as the medium of a post or statement (في تغريدة على "تويتر"، عبر حسابه
في فيسبوك، على موقع إنستغرام) is no side of an event; one named as the object of an act
(حظرا على تطبيق تلغرام، حذرت المفوضية موقع ...) stays one. Sentences written for these
tests."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.doc import Document
from marsad.eval.triples import argument_actor
from marsad.pipeline import Pipeline


def _sides(doc: Document) -> set[str]:
    out = set()
    for e in doc.events:
        for arg in (e.source, e.target):
            actor = argument_actor(doc, arg)
            if actor:
                out.add(actor)
    return out


def test_platform_of_a_post_is_no_target(events_pipeline: Pipeline) -> None:
    text = 'وانتقد الرئيس الأمريكي في تغريدة على "تويتر" التحقيق الذي يجريه مولر.'
    assert not any(s.startswith("MNC") for s in _sides(code(events_pipeline, text)))


def test_account_on_a_platform_is_no_side(events_pipeline: Pipeline) -> None:
    text = "ودعا وزير الخارجية الأمريكي عبر حسابه في فيسبوك إيران إلى الإفراج عن المعتقلين."
    sides = _sides(code(events_pipeline, text))
    assert not any(s.startswith("MNC") for s in sides)


def test_banned_app_stays_the_target(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وفرضت روسيا حظرا على تطبيق تلغرام.")
    assert any(s.startswith("MNC") for s in _sides(doc))
