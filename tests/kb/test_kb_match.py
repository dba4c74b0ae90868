"""The KB matcher on sentences written for these tests, with a small user KB."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.kb.loader import KB, build_kb
from marsad.settings import NormalizeOptions

LINES = [
    '{"id":"gpe:TUR","type":"GPE","name_en":"Turkey","names_ar":["تركيا"],"code":"TUR",'
    '"adjectives_ar":["التركي","التركية","الأتراك"]}',
    '{"id":"org:un","type":"ORG","name_en":"United Nations","names_ar":["الأمم المتحدة",'
    '"منظمة الأمم المتحدة"],"code":"IGOUNO"}',
    '{"id":"org:tur-army","type":"ORG","name_en":"Turkish Army","names_ar":["الجيش التركي"],'
    '"code":"TURMIL","country":"TUR"}',
    '{"id":"gpe:LBN","type":"GPE","name_en":"Lebanon","names_ar":["لبنان"],"code":"LBN"}',
    '{"id":"gpe:OMN","type":"GPE","name_en":"Oman","names_ar":["عمان","سلطنة عمان"],"code":"OMN"}',
    '{"id":"gpe:amman","type":"GPE","name_en":"Amman","names_ar":["عمان"],"code":"JOR"}',
    '{"id":"weapon:s-400","type":"WEAPON","name_en":"S-400","names_ar":["إس-400","S-400"]}',
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KB:
    path = tmp_path_factory.mktemp("kb") / "mini.jsonl"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return build_kb([path], NormalizeOptions())


def _found(kb: KB, text: str) -> list[tuple[str, list[str], bool]]:
    return [(text[m.start : m.end], m.entry_ids, m.adjective) for m in kb.match_text(text)]


def test_conjunction_is_outside_the_span(kb: KB) -> None:
    assert _found(kb, "زار الوفد مصر وتركيا أمس") == [("تركيا", ["gpe:TUR"], False)]


def test_swallowed_alef_is_restored_in_form(kb: KB) -> None:
    text = "قدم طلبا للأمم المتحدة اليوم"
    (m,) = kb.match_text(text)
    assert text[m.start : m.end] == "لأمم المتحدة"
    assert m.form == "الأمم المتحدة"


def test_lam_before_lam_initial_name(kb: KB) -> None:
    assert _found(kb, "وصل المبعوث للبنان مساء") == [("لبنان", ["gpe:LBN"], False)]


def test_stacked_proclitics(kb: KB) -> None:
    assert _found(kb, "اتصل وبالأمم المتحدة")[0][0] == "الأمم المتحدة"


def test_longest_match_wins(kb: KB) -> None:
    found = _found(kb, "قصف الجيش التركي مواقع")
    assert found == [("الجيش التركي", ["org:tur-army"], False)]


def test_adjective_is_flagged(kb: KB) -> None:
    assert _found(kb, "قال المسؤول التركي") == [("التركي", ["gpe:TUR"], True)]


def test_no_match_inside_a_word(kb: KB) -> None:
    assert _found(kb, "أعلن التركيات والمتركيا شيئا") == []


def test_ambiguous_form_keeps_all_candidates(kb: KB) -> None:
    assert _found(kb, "وصل إلى عمان")[0][1] == ["gpe:OMN", "gpe:amman"]


def test_latin_and_arabic_weapon_forms(kb: KB) -> None:
    found = _found(kb, "صفقة إس-400 أو S-400 أو s-400")
    assert [f[0] for f in found] == ["إس-400", "S-400", "s-400"]


def test_diacritics_do_not_block_a_match(kb: KB) -> None:
    text = "وَتُرْكِيَا"
    (m,) = kb.match_text(text)
    assert text[m.start : m.end] == "تُرْكِيَا"


def test_user_entry_overrides_packaged_id(kb: KB, tmp_path: Path) -> None:
    base = tmp_path / "a.jsonl"
    base.write_text(LINES[0] + "\n", encoding="utf-8")
    user = tmp_path / "b.jsonl"
    user.write_text(LINES[0].replace('"Turkey"', '"Türkiye"') + "\n", encoding="utf-8")
    merged = build_kb([base, user], NormalizeOptions())
    entry = merged.get("gpe:TUR")
    assert entry is not None and entry.name_en == "Türkiye"


def test_tatweel_after_proclitic_stays_outside_the_span(kb: KB) -> None:
    text = "وصلت رسالة لـتركيا"
    (m,) = kb.match_text(text)
    assert text[m.start : m.end] == "تركيا"


def test_match_never_crosses_a_punctuation_token(kb: KB) -> None:
    assert _found(kb, "قال الجيش. التركي") == [("التركي", ["gpe:TUR"], True)]
