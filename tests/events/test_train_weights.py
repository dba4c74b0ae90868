"""``marsad train events``: positives and split-annotator negatives weigh apart in the loss."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from marsad.events.train import Example, label_weights, read_oeda


def _folder(tmp: Path) -> Path:
    rows = [
        ("ASSAULT", "X_ARB_20090101.0001-1", "yes", "هاجم مسلحون حافلة في القرية."),
        ("ASSAULT", "X_ARB_20090101.0001-2", "difficult no", "ندد الوزير بالهجوم على الحافلة."),
        ("ASSAULT", "X_ARB_20090101.0001-3", "easy no", "ارتفعت أسعار القمح هذا الشهر."),
    ]
    with (tmp / "assault_gsr.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["event_type", "id", "label", "text"])
        out.writerows(rows)
    (tmp / "assault_spans.json").write_text(json.dumps([]), encoding="utf-8")
    return tmp


def test_difficult_no_rows_are_marked_hard(tmp_path: Path) -> None:
    examples = read_oeda(_folder(tmp_path))
    assert [(ex.labels["ASSAULT"], ex.hard) for ex in examples] == [
        (1, False),
        (0, True),
        (0, False),
    ]


def test_positives_and_hard_negatives_take_their_weights(tmp_path: Path) -> None:
    examples = read_oeda(_folder(tmp_path))
    examples.append(Example("تظاهر العمال أمام المصنع.", "s1", {"PROTEST": 1}, "spans", "PROTEST"))
    examples.append(Example("جملة من الذهب.", "g1", {"PROTEST": 1, "ASSAULT": 0}, "gold"))
    got = label_weights(examples, positive=4.0, hard=0.5).tolist()
    # a gold sentence keeps its own weight (--gold-weight), whatever its labels
    assert got == [4.0, 0.5, 1.0, 4.0, 1.0]
