"""Ambiguous forms (``Entry.ambiguous_ar``): forms that are also common words are
matched as weak, and only a caller that asks for them sees them. Sentences written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.kb.build.generate import org_entries
from marsad.kb.build.people_gen import parse_line
from marsad.kb.loader import KB, build_kb, packaged_files, read_entries
from marsad.kb.model import Entry
from marsad.kb.validate import entry_problems
from marsad.pipeline import analyze
from marsad.settings import NormalizeOptions

LINES = [
    '{"id":"gpe:MLI","type":"GPE","name_en":"Mali","names_ar":["جمهورية مالي"],'
    '"code":"MLI","kind":"state","country":"MLI","ambiguous_ar":["مالي"]}',
    '{"id":"per:x","type":"PER","name_en":"Jane X","names_ar":["جين ماي"],'
    '"code":"GBRGOV","country":"GBR","ambiguous_ar":["ماي"]}',
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KB:
    path = tmp_path_factory.mktemp("kb") / "weak.jsonl"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return build_kb([path], NormalizeOptions())


def test_weak_forms_are_left_out_unless_asked(kb: KB) -> None:
    text = "قدمت الحكومة دعما مالي كبيرا"
    assert kb.match_text(text) == []
    (m,) = kb.match_text(text, weak=True)
    assert m.weak and m.entry_ids == ["gpe:MLI"]


def test_full_names_stay_strong(kb: KB) -> None:
    (m,) = kb.match_text("زار الوفد جمهورية مالي أمس")
    assert not m.weak and m.form == "جمهورية مالي"
    (p,) = kb.match_text("وصلت جين ماي إلى المطار")
    assert not p.weak and p.entry_ids == ["per:x"]


def test_glued_preposition_is_cut_off_a_weak_form(kb: KB) -> None:
    (m,) = kb.match_text("وصل الوزير بمالي أمس", weak=True)
    assert m.form == "مالي" and m.weak


def test_question_mark_in_people_table_makes_an_ambiguous_form() -> None:
    entry = parse_line("Jane X | جين ماي, ?ماي | GBR | GOV | GOV Minister 2016..2019", "test")
    assert entry.names_ar == ["جين ماي"]
    assert entry.ambiguous_ar == ["ماي"]


def test_a_form_both_plain_and_ambiguous_is_a_problem() -> None:
    e = Entry(id="gpe:MLI", type="GPE", name_en="Mali", names_ar=["مالي"], ambiguous_ar=["مالي"])
    assert any("both plain and ambiguous" in p for p in entry_problems(e))


def _packaged(entry_id: str) -> Entry:
    for path in packaged_files():
        for _, e in read_entries(Path(path)):
            if e.id == entry_id:
                return e
    raise AssertionError(entry_id)


def test_packaged_mali_and_may_hold_their_common_word_forms_apart() -> None:
    mali, may = _packaged("gpe:MLI"), _packaged("per:theresa-may")
    assert mali.ambiguous_ar == ["مالي"] and "مالي" not in mali.names_ar
    assert may.ambiguous_ar == ["ماي"] and "ماي" not in may.names_ar


def test_org_row_question_mark_form_is_ambiguous() -> None:
    row = "org:x|X Group|IMGMUS|armed-group||جماعة إكس;?القاعدة|"
    (entry,) = org_entries(row)
    assert entry.names_ar == ["جماعة إكس"]
    assert entry.ambiguous_ar == ["القاعدة"]


def test_bare_qaeda_links_only_where_read_as_a_body() -> None:
    named = analyze("وحذر المسؤول من أن «القاعدة» بدأت تجنيد مقاتلين جدد في المنطقة.", "2018-01-01")
    assert "org:al-qaeda" in {e.kb_id for e in named.entities}
    base = analyze("وسيطر المسلحون على القاعدة العسكرية بعد هجوم بسيارة ملغمة.", "2018-01-01")
    assert "org:al-qaeda" not in {e.kb_id for e in base.entities}
