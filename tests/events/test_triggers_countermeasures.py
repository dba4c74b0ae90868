"""Countermeasures with their maker between the noun and its adjective (إجراءات الاتحاد
الأوروبي المضادة، رسوم الصين الانتقامية) are sanctions by that maker."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_maker_between_noun_and_adjective(events_pipeline: Pipeline) -> None:
    text = "ودخلت إجراءات الاتحاد الأوروبي المضادة للرسوم الأمريكية حيز التنفيذ أمس."
    assert ("IGO", "SANCTION", "USA") in triples(code(events_pipeline, text))


def test_security_measures_are_no_sanction(events_pipeline: Pipeline) -> None:
    text = "واتخذت الحكومة المصرية إجراءات أمنية مشددة حول المطار."
    assert not any(t == "SANCTION" for _, t, _ in triples(code(events_pipeline, text)))
