"""KB validation (schema, ids, codes, role dates, ambiguity) and the `marsad kb` CLI."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from marsad.cli.main import cli
from marsad.kb.model import Entry, Role
from marsad.kb.validate import entry_problems, validate_files

GOOD = (
    '{"id":"gpe:AAA-test","type":"GPE","name_en":"Testland","names_ar":["أرض التجربة"],'
    '"code":"TUR"}\n'
)


def _entry(**kw: object) -> Entry:
    base: dict[str, object] = {"id": "org:x", "type": "ORG", "name_en": "X", "names_ar": ["س"]}
    base.update(kw)
    return Entry(**base)  # type: ignore[arg-type]


def test_well_formed_entry_has_no_problems() -> None:
    assert entry_problems(_entry(code="IGOUNOIAE", country="TUR")) == []


def test_unknown_country_code_is_reported() -> None:
    assert entry_problems(_entry(code="XYZGOV"))


def test_partial_role_block_is_reported() -> None:
    assert entry_problems(_entry(code="TURGO"))


def test_role_date_must_be_full_iso() -> None:
    assert entry_problems(_entry(roles=[Role(code="TURGOV", start="2014")]))


def test_role_may_not_end_before_it_starts() -> None:
    role = Role(code="TURGOV", start="2020-01-01", end="2019-01-01")
    assert entry_problems(_entry(roles=[role]))


def test_empty_arabic_form_is_reported() -> None:
    assert entry_problems(_entry(names_ar=[" "]))


def test_duplicate_id_across_files_is_an_error(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(GOOD, encoding="utf-8")
    b.write_text(GOOD, encoding="utf-8")
    report = validate_files([a, b])
    assert not report.ok and "already used" in report.errors[0]


def test_shared_form_is_counted_as_ambiguity(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(GOOD + GOOD.replace("gpe:AAA-test", "gpe:AAA-other"), encoding="utf-8")
    report = validate_files([path])
    assert report.ok and list(report.ambiguous.values()) == [["gpe:AAA-other", "gpe:AAA-test"]]


def test_cli_validate_packaged_kb_passes_and_counts() -> None:
    result = CliRunner().invoke(cli, ["kb", "validate", "--show-ambiguous", "0"])
    assert result.exit_code == 0, result.output
    counts = dict(line.split("\t") for line in result.stdout.splitlines() if "\t" in line)
    assert int(counts["entities"]) >= 3000
    assert int(counts["arabic_forms"]) >= 15000


def test_cli_validate_bad_file_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(GOOD.replace('"TUR"', '"TURXX"'), encoding="utf-8")
    result = CliRunner().invoke(cli, ["kb", "validate", str(path)])
    assert result.exit_code == 1
    assert "TURXX" in result.output


def test_cli_show_prints_entry_json() -> None:
    result = CliRunner().invoke(cli, ["kb", "show", "org:nato"])
    assert result.exit_code == 0
    assert '"IGOWSTNAT"' in result.stdout


def test_cli_show_unknown_id_is_coded_error() -> None:
    result = CliRunner().invoke(cli, ["kb", "show", "org:no-such-thing"])
    assert result.exit_code == 1
    assert "E007" in result.output


def test_cli_search_with_user_kb(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(cli, ["kb", "search", "Testland", "--kb", str(path)])
    assert result.exit_code == 0
    assert result.stdout.startswith("gpe:AAA-test\t")


def test_stale_manifest_is_reported(tmp_path: Path) -> None:
    from marsad.kb.build.manifest import write_manifest
    from marsad.kb.validate import manifest_problems

    (tmp_path / "a.jsonl").write_text(GOOD, encoding="utf-8")
    write_manifest(tmp_path)
    assert manifest_problems(tmp_path) == []
    (tmp_path / "a.jsonl").write_text(GOOD + GOOD.replace("AAA-test", "AAA-two"), encoding="utf-8")
    assert "stale" in manifest_problems(tmp_path)[0]


def test_cli_match_lists_spans_forms_and_ids() -> None:
    result = CliRunner().invoke(cli, ["kb", "match", "ردت أنقرة وللأمم المتحدة"])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "4-9\tأنقرة\tname\tgpe:TUR:ankara",
        "12-24\tالأمم المتحدة\tname\torg:un",
    ]
