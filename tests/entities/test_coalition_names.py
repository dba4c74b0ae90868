"""The Saudi-led coalition in Yemen under the names news gives it. A bare ``التحالف``
is left alone: in Syria reports it is the US-led coalition. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from marsad.doc import Document


def _links(doc: Document) -> dict[str, str | None]:
    return {m.text: e.kb_id for e in doc.entities for m in e.mentions}


@pytest.mark.parametrize(
    "text",
    [
        "أعلن التحالف الذي تقوده السعودية اعتراض صاروخ فوق جازان.",
        "قصفت مقاتلات التحالف العسكري بقيادة السعودية مواقع قرب صعدة.",
        "نفى التحالف بقيادة الرياض استهداف المدنيين في الحديدة.",
    ],
)
def test_coalition_named_by_its_leader(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "org:arab-coalition" in _links(run(text, "2018-06-10")).values()


def test_bare_coalition_is_not_guessed(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("أرسل التحالف تعزيزات إلى منبج في شمال سوريا.", "2018-04-06")
    assert "org:arab-coalition" not in _links(doc).values()
