"""`marsad analyze` run in process: formats, exit codes, errors without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli.main import cli

ARTICLE = "أعلن الوزير أمس أن الوفد سيصل إلى بغداد.\nاقرأ أيضاً: خبر آخر عن الطقس\n"


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_json_output_has_sentences_and_related(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE.encode())
    result = CliRunner().invoke(
        cli, ["analyze", path, "--published", "2021-01-14", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert len(doc["sentences"]) == 1
    assert doc["related"] == ["اقرأ أيضاً: خبر آخر عن الطقس"]
    assert doc["published"] == "2021-01-14"


def test_pretty_output_shows_sentences(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE.encode())
    result = CliRunner().invoke(cli, ["analyze", path])
    assert result.exit_code == 0, result.output
    assert "بغداد" in result.stdout


def test_stdin_input() -> None:
    result = CliRunner().invoke(
        cli, ["analyze", "-", "--format", "json", "--no-tokens"], input=ARTICLE
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["tokens"] == []


def test_windows_1256_input_is_decoded(tmp_path: Path) -> None:
    path = _write(tmp_path, "legacy.txt", ARTICLE.encode("cp1256"))
    result = CliRunner().invoke(cli, ["analyze", path, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "بغداد" in json.loads(result.stdout)["text"]


def test_binary_input_is_refused_with_code(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.bin", bytes(range(256)) * 4)
    result = CliRunner().invoke(cli, ["analyze", path])
    assert result.exit_code == 1
    assert "[E001]" in result.stderr and "x.bin" in result.stderr
    assert "Traceback" not in result.output


def test_empty_input_is_refused_with_code(tmp_path: Path) -> None:
    path = _write(tmp_path, "empty.txt", b"  \n")
    result = CliRunner().invoke(cli, ["analyze", path])
    assert result.exit_code == 1
    assert "[E003]" in result.stderr


def test_missing_file_and_bad_date(tmp_path: Path) -> None:
    missing = CliRunner().invoke(cli, ["analyze", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and "[E005]" in missing.stderr
    path = _write(tmp_path, "a.txt", ARTICLE.encode())
    bad = CliRunner().invoke(cli, ["analyze", path, "--published", "yesterday"])
    assert bad.exit_code == 1 and "[E006]" in bad.stderr


def test_usage_error_exits_2() -> None:
    result = CliRunner().invoke(cli, ["analyze", "--format", "xml", "-"])
    assert result.exit_code == 2


def test_unexpected_failure_is_one_coded_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(self: object, doc: object) -> object:
        raise ValueError("boom")

    monkeypatch.setattr("marsad.pipeline.Pipeline.__call__", broken)
    monkeypatch.delenv("MARSAD_DEBUG", raising=False)
    path = _write(tmp_path, "a.txt", ARTICLE.encode())
    result = CliRunner().invoke(cli, ["analyze", path])
    assert result.exit_code == 1
    assert "[E999]" in result.stderr and "ValueError: boom" in result.stderr
    assert "Traceback" not in result.output


def test_pretty_event_flags_name_what_did_not_plainly_happen() -> None:
    from marsad.cli.pretty import _flags
    from marsad.doc import Event

    plain = Event(id="v1", type="ASSAULT", mentions=[])
    assert _flags(plain) == ""
    odd = Event(id="v2", type="ASSAULT", mentions=[], negated=True, reported=False)
    assert _flags(odd) == "negated passing"
    assert _flags(Event(id="v3", type="SANCTION", mentions=[], intent=True)) == "intent"
