"""An ordinal is no one's surname (sentences written for these tests)."""

from __future__ import annotations

from marsad.doc import Document
from marsad.pipeline import Pipeline
from marsad.settings import Settings


def test_ordinal_does_not_join_a_regnal_name() -> None:
    pipe = Pipeline(Settings(steps=("lines", "tokens", "sentences", "entities")))
    text = (
        "استقبل البابا تواضروس الثاني وفدا من الكنيسة في القاهرة.\n\n"
        'وقال المتهم الثاني للمحكمة "لم أفعل شيئا" ثم صمت طويلا.'
    )
    doc = pipe(Document(text=text, id="t", published="2018-05-01"))
    for ent in doc.entities:
        if ent.kb_id == "per:tawadros-ii":
            assert all(m.text != "الثاني" for m in ent.mentions)
