"""``marsad eval ner``'s ANERcorp convention for the KB names ANERcorp tags as other
names (kept here with the entities tests; the scorer's own tests are in tests/eval).
Sentences written for these tests."""

from __future__ import annotations

from marsad.doc import Document, Entity, Mention
from marsad.eval.ner import Convention, TaggedSentence, join_tokens, predicted_tags
from marsad.settings import Settings


def _doc(text: str, part: str, kb_id: str) -> Document:
    start = text.index(part)
    mention = Mention(start=start, end=start + len(part), text=part)
    entity = Entity(id="e0", type="ORG", mentions=[mention], name=part, kb_id=kb_id)
    return Document(text=text, entities=[entity])


def test_unifil_is_scored_as_an_other_name() -> None:
    sent = TaggedSentence(["انتشرت", "قوات", "اليونيفل", "جنوبا"], ["O"] * 4)
    text, offsets = join_tokens([sent])
    doc = _doc(text, "اليونيفل", "org:unifil")
    conv = Convention.build(Settings().normalize, [])
    assert predicted_tags(doc, offsets, conv) == ["O", "O", "B-MISC", "O"]
    assert predicted_tags(doc, offsets) == ["O", "O", "B-ORG", "O"]  # untrimmed: as typed


def test_other_organisations_keep_their_type() -> None:
    sent = TaggedSentence(["قالت", "رويترز", "أمس"], ["O"] * 3)
    text, offsets = join_tokens([sent])
    doc = _doc(text, "رويترز", "org:reuters")
    conv = Convention.build(Settings().normalize, [])
    assert predicted_tags(doc, offsets, conv) == ["O", "B-ORG", "O"]
