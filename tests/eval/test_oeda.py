"""``marsad eval oeda``: detection counts, annotator majority and span accuracies."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner
from tests.eval.helpers import event

from marsad.cli.main import cli
from marsad.doc import Document
from marsad.eval.oeda import (
    Annotation,
    OedaResult,
    Role,
    SpanRecord,
    majority_country,
    published_from_id,
)

TEXT = "قصفت طائرات حربية مواقع للمسلحين قرب الحدود."


def doc_with(*events: tuple[str | None, str, str | None]) -> Document:
    doc = Document(text=TEXT)
    for source, kind, target in events:
        event(doc, source, kind, target)
    return doc


def test_date_read_from_gigaword_id() -> None:
    assert published_from_id("XYZ_ARB_20071026.0026-2") == "2007-10-26"
    assert published_from_id("no-date") is None


def test_majority_country_needs_more_than_half() -> None:
    assert majority_country([Role("TUR", "MIL"), Role("TUR"), Role("None")]) == "TUR"
    assert majority_country([Role("TUR"), Role("IRQ"), "UNKNOWN"]) is None
    assert majority_country([Role("None"), Role("None"), Role("TUR")]) is None
    assert majority_country([]) is None


def test_detection_counts_and_ambiguous_left_out() -> None:
    result = OedaResult(steps=[])
    hit = doc_with(("TUR", "ASSAULT", "IRQ"))
    result.detect("ASSAULT", "yes", hit)
    result.detect("ASSAULT", "yes", doc_with())
    result.detect("ASSAULT", "difficult no", hit)
    result.detect("ASSAULT", "easy no", doc_with(("TUR", "ACCUSE", "IRQ")))
    result.detect("ASSAULT", "ambiguous", hit)
    prf = result.detection["ASSAULT"]
    assert (prf.tp, prf.fp, prf.fn) == (1, 1, 1)
    assert result.skipped_ambiguous == 1
    assert result.predicted_positive["ASSAULT difficult no"].value == 1.0


def test_negated_event_is_not_a_detection() -> None:
    result = OedaResult(steps=[])
    doc = Document(text=TEXT)
    event(doc, "TUR", "ASSAULT", "IRQ", negated=True)
    result.detect("ASSAULT", "yes", doc)
    assert result.detection["ASSAULT"].fn == 1


def record(source: list[str], target: list[str]) -> SpanRecord:
    spans = [Annotation(Role(s), Role(t)) for s, t in zip(source, target, strict=True)]
    return SpanRecord(source="X_ARB_20080101.0001-1", text=TEXT, event_type="ASSAULT", spans=spans)


def test_span_accuracies_use_top_event_of_the_type() -> None:
    result = OedaResult(steps=[])
    rec = record(["TUR", "TUR", "TUR"], ["IRQ", "IRQ", "None"])
    doc = doc_with(("TURMIL", "ASSAULT", "SYR"))
    doc.events[0].confidence = 0.9
    event(doc, "USA", "ACCUSE", "TUR").confidence = 0.2
    result.spans(rec, doc)
    assert result.type_top["ASSAULT"].value == 1.0
    assert result.source_country["ASSAULT"].value == 1.0
    assert result.target_country["ASSAULT"].value == 0.0


def test_type_top_wrong_when_another_type_ranks_first() -> None:
    result = OedaResult(steps=[])
    doc = doc_with(("TUR", "ASSAULT", "IRQ"), ("TUR", "ACCUSE", "IRQ"))
    doc.events[1].confidence = 0.9
    result.spans(record(["None"] * 3, ["None"] * 3), doc)
    assert result.type_top["ASSAULT"].value == 0.0
    assert result.type_any["ASSAULT"].value == 1.0
    assert "ASSAULT" not in result.source_country  # no gold country: not counted


def test_cli_on_a_small_folder(tmp_path: Path) -> None:
    with (tmp_path / "assault_gsr.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["accept", "event_type", "id", "label", "reject", "text", "total"])
        writer.writerow([3, "ASSAULT", "X_ARB_20080101.0001-1", "yes", 0, TEXT, 3])
        writer.writerow([0, "ASSAULT", "X_ARB_20080101.0001-2", "easy no", 3, "وصل الوفد.", 3])
        writer.writerow([1, "ASSAULT", "X_ARB_20080101.0001-3", "ambiguous", 1, "جرى لقاء.", 2])
    spans = [
        {"source": "X_ARB_20080101.0001-1", "text": TEXT, "event_type": "ASSAULT",
         "spans": [{"source_role": {"main": "TUR", "role": "MIL"}, "target_role": "UNKNOWN"},
                   {"source_role": {"main": "TUR", "role": "MIL"}, "target_role": {}}]},
    ]  # fmt: skip
    (tmp_path / "assault_spans.json").write_text(json.dumps(spans, ensure_ascii=False), "utf-8")
    out = CliRunner().invoke(cli, ["eval", "oeda", str(tmp_path), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["skipped_ambiguous"] == 1
    assert data["detection"]["ASSAULT"]["tp"] + data["detection"]["ASSAULT"]["fn"] == 1
    assert data["source_country"]["ASSAULT"]["total"] == 1


def test_cli_folder_without_files_is_coded_error(tmp_path: Path) -> None:
    out = CliRunner().invoke(cli, ["eval", "oeda", str(tmp_path)])
    assert out.exit_code == 1
    assert "E302" in out.output


def test_passing_mention_is_not_a_detection_but_is_shown() -> None:
    result = OedaResult(steps=[])
    doc = doc_with(("TUR", "ASSAULT", "IRQ"))
    doc.events[0].reported = False  # e.g. the anniversary of an attack
    result.detect("ASSAULT", "easy no", doc)
    assert result.detection["ASSAULT"].fp == 0
    assert result.detection_any["ASSAULT"].fp == 1
