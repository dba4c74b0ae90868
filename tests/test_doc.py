"""The document model: JSON round trip and the checked-in JSON Schema."""

from __future__ import annotations

import json

import jsonschema

from marsad import analyze
from marsad.doc import Document
from marsad.schema import SCHEMA_FILE, render


def test_checked_in_schema_is_current() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render(), (
        "docs/document.schema.json is stale: run `python -m marsad.schema`"
    )


def test_output_validates_against_schema(seed_text: str) -> None:
    doc = analyze(seed_text, "2021-01-14")
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(doc.to_json()), schema)


def test_json_round_trip() -> None:
    doc = analyze("قال الوزير إن المحادثات ستستمر.\nاقرأ أيضاً: خبر آخر", "2020-05-01")
    again = Document.from_json(doc.to_json())
    assert again == doc
    assert again.related == ["اقرأ أيضاً: خبر آخر"]


def test_sentence_at_finds_offsets() -> None:
    doc = analyze("ذهب الوفد إلى القاهرة. وعاد أمس.")
    second = doc.sentences[1]
    assert doc.sentence_at(second.start + 1) is second
    assert doc.sentence_at(len(doc.text) + 5) is None
