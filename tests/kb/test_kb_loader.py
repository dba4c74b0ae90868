"""Loading the packaged KB, user KB files, the MARSAD_KB variable and bad files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from marsad.errors import MarsadError
from marsad.kb.loader import build_kb, data_dir, load_kb, settings_with_env_kb
from marsad.settings import NormalizeOptions, Settings

USER_ENTRY = (
    '{"id":"org:example-front","type":"ORG","name_en":"Example Liberation Front",'
    '"names_ar":["جبهة المثال للتحرير"],"code":"SYRREB","kind":"armed-group","country":"SYR"}\n'
)


def test_packaged_kb_has_states_and_codes() -> None:
    entry = load_kb(Settings()).get("gpe:TUR")
    assert entry is not None
    assert (entry.code, entry.iso2, entry.name_en) == ("TUR", "TR", "Turkey")


def test_kb_is_cached_per_settings() -> None:
    assert load_kb(Settings()) is load_kb(Settings())


def test_search_by_arabic_name_ignores_hamza_spelling() -> None:
    ids = [e.id for e in load_kb(Settings()).search("انقرة", limit=5)]
    assert "gpe:TUR:ankara" in ids


def test_search_by_english_name_prefix() -> None:
    ids = [e.id for e in load_kb(Settings()).search("nato", limit=3)]
    assert ids[0] == "org:nato"


def test_user_file_adds_an_entity_that_matching_finds(tmp_path: Path) -> None:
    user = tmp_path / "mine.jsonl"
    user.write_text(USER_ENTRY, encoding="utf-8")
    kb = load_kb(Settings(kb_paths=(user,)))
    text = "أعلنت جبهة المثال للتحرير مسؤوليتها عن الهجوم"
    assert [m.entry_ids for m in kb.match_text(text)] == [["org:example-front"]]


def test_env_variable_lists_extra_files(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    env = {"MARSAD_KB": f"{a}{os.pathsep}{b}"}
    assert settings_with_env_kb(Settings(), env).kb_paths == (a, b)


def test_env_variable_absent_keeps_settings() -> None:
    settings = Settings()
    assert settings_with_env_kb(settings, {}) is settings


def test_bad_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(USER_ENTRY + '{"id": "x", "type": "CITY"}\n', encoding="utf-8")
    with pytest.raises(MarsadError) as err:
        build_kb([bad], NormalizeOptions())
    assert err.value.code == "E302"
    assert f"{bad}:2" in str(err.value)


def test_missing_user_file_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(MarsadError) as err:
        build_kb([tmp_path / "absent.jsonl"], NormalizeOptions())
    assert err.value.code == "E005"


def test_generic_institutions_are_opt_in() -> None:
    text = "أصدرت وزارة الخارجية بيانا"
    assert load_kb(Settings()).match_text(text) == []
    opt_in = Settings(kb_paths=(data_dir() / "optional" / "generic.jsonl",))
    (m,) = load_kb(opt_in).match_text(text)
    assert m.entry_ids == ["generic:foreign-ministry"]


def test_search_by_cameo_code() -> None:
    assert "org:pkk" in [e.id for e in load_kb(Settings()).search("TURREB", limit=5)]
