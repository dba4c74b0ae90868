"""An arrest noun set as the time of the main clause (بعد اعتقال، عقب توقيف) is not the
act of that clause's subject. Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.pipeline import Pipeline


def _arrests(pipe: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.actor if e.source else None, e.target.actor if e.target else None)
        for e in code(pipe, text).events
        if e.type == "COERCE"
    ]


def test_clause_subject_is_no_arrester(events_pipeline: Pipeline) -> None:
    text = (
        "أعلنت حركة حماس رفضها للمبادرة. "
        "وتراجعت شعبية الحركة كثيرا بعد اعتقال القائد العسكري للحركة في فرنسا."
    )
    arrests = _arrests(events_pipeline, text)
    assert arrests and all(src is None or src.startswith("FRA") for src, _ in arrests)


def test_named_arrester_after_the_noun(events_pipeline: Pipeline) -> None:
    text = "وتظاهر آلاف الفلسطينيين في رام الله عقب اعتقال الناشط من قبل الجيش الإسرائيلي."
    assert ("ISRMIL", "PSE") in _arrests(events_pipeline, text)


def test_during_the_arrest_keeps_the_subject(events_pipeline: Pipeline) -> None:
    text = "وضربت الشرطة الأمريكية الرجل أثناء اعتقاله."
    assert all(src is None or src.startswith("USA") for src, _ in _arrests(events_pipeline, text))
