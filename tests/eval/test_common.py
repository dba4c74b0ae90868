"""The shared P/R/F1, accuracy, normalisation and output helpers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from marsad.errors import MarsadError
from marsad.eval.common import (
    PRF,
    Accuracy,
    Table,
    emit,
    files_in,
    jaccard,
    norm_form,
    norm_tokens,
    prf_row,
)


def test_prf_ratios_from_counts() -> None:
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == pytest.approx(0.75)
    assert prf.recall == pytest.approx(0.6)
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_prf_empty_sides_score_zero() -> None:
    assert PRF().f1 == 0.0
    assert PRF(fn=4).precision == 0.0
    assert PRF(fp=2).recall == 0.0


def test_prf_add_micro_averages() -> None:
    total = PRF(1, 0, 1).add(PRF(1, 2, 0))
    assert (total.tp, total.fp, total.fn) == (2, 2, 1)


def test_accuracy_counts() -> None:
    acc = Accuracy()
    acc.count(True)
    acc.count(False)
    assert acc.value == 0.5
    assert Accuracy().value == 0.0


def test_norm_form_folds_letters_and_edge_punctuation() -> None:
    assert norm_form("«وزارة  الخارجية»") == "وزاره الخارجيه"
    assert norm_form("أنقرة") == norm_form("انقره")


def test_jaccard_on_normalised_tokens() -> None:
    a = norm_tokens("نرفض هذا القرار رفضاً قاطعاً")
    b = norm_tokens("نرفض هذا القرار")
    assert jaccard(a, b) == pytest.approx(3 / 5)
    assert jaccard([], []) == 0.0


@dataclass
class _Result:
    score: PRF = field(default_factory=lambda: PRF(1, 1, 0))

    def tables(self) -> list[Table]:
        return [Table("demo", [prf_row("all", self.score)])]


def test_emit_json_includes_ratios(capsys: pytest.CaptureFixture[str]) -> None:
    emit(_Result(), as_json=True)
    data = json.loads(capsys.readouterr().out)
    assert data["score"]["precision"] == 0.5
    assert data["score"]["tp"] == 1


def test_emit_table_prints_title_and_values(capsys: pytest.CaptureFixture[str]) -> None:
    emit(_Result(), as_json=False)
    out = capsys.readouterr().out
    assert "demo" in out
    assert "0.500" in out


def test_files_in_missing_path_is_coded_error(tmp_path: Path) -> None:
    with pytest.raises(MarsadError) as exc:
        files_in(tmp_path / "absent", ["*.json"])
    assert exc.value.code == "E005"
