"""A place read as a club links to the KB club (sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.doc import Document
from marsad.pipeline import Pipeline
from marsad.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(steps=("lines", "tokens", "sentences", "entities")))


def links(pipe: Pipeline, text: str) -> dict[str, str | None]:
    doc = pipe(Document(text=text, id="t", published="2018-04-01"))
    return {m.text: e.kb_id for e in doc.entities for m in e.mentions}


def test_club_named_as_its_city(pipe: Pipeline) -> None:
    got = links(pipe, "فاز ليفربول على ضيفه بثلاثة أهداف في الدوري الإنجليزي.")
    assert got.get("ليفربول") == "org:liverpool-fc"


def test_club_with_a_glued_preposition(pipe: Pipeline) -> None:
    got = links(pipe, "سجل المهاجم هدفين لليفربول في الشوط الثاني من المباراة.")
    assert got.get("لليفربول") == "org:liverpool-fc"


def test_city_stays_the_city(pipe: Pipeline) -> None:
    got = links(pipe, "وصل الوفد إلى مدينة ليفربول البريطانية صباح الأحد.")
    assert got.get("ليفربول") == "gpe:GBR:liverpool"
