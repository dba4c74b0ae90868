"""A state adjective after a match of another state's body (sentences written for these
tests; a small user KB and the packaged one)."""

from __future__ import annotations

import pytest

from marsad.kb.loader import KB, build_kb, load_kb
from marsad.settings import NormalizeOptions, Settings

LINES = [
    '{"id":"gpe:TUR","type":"GPE","name_en":"Turkey","names_ar":["تركيا"],"code":"TUR",'
    '"country":"TUR","adjectives_ar":["التركي","التركية"]}',
    '{"id":"gpe:ISR","type":"GPE","name_en":"Israel","names_ar":["إسرائيل"],"code":"ISR",'
    '"country":"ISR","adjectives_ar":["الإسرائيلي"]}',
    '{"id":"org:isr-army","type":"ORG","name_en":"IDF","names_ar":["قوات الاحتلال",'
    '"الاحتلال"],"code":"ISRMIL","country":"ISR"}',
    '{"id":"org:tur-army","type":"ORG","name_en":"Turkish Army","names_ar":["الاحتلال التركي",'
    '"الجيش التركي"],"code":"TURMIL","country":"TUR"}',
    '{"id":"org:think","type":"ORG","name_en":"A think tank","names_ar":["مجلس الدراسات"],'
    '"code":"TUREDU","country":"TUR"}',
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KB:
    path = tmp_path_factory.mktemp("kb") / "mini.jsonl"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return build_kb([path], NormalizeOptions())


def spans(kb: KB, text: str) -> list[tuple[str, list[str]]]:
    return [(m.form, m.entry_ids) for m in kb.match_text(text)]


def test_adjective_of_another_state_takes_the_inner_form(kb: KB) -> None:
    got = spans(kb, "تقدمت قوات الاحتلال التركي نحو البلدة")
    assert got == [("قوات الاحتلال التركي", ["org:tur-army"])]


def test_own_state_adjective_keeps_the_match(kb: KB) -> None:
    got = spans(kb, "تقدمت قوات الاحتلال الإسرائيلي نحو البلدة")
    assert got[0] == ("قوات الاحتلال", ["org:isr-army"])


def test_no_inner_form_through_the_adjective_keeps_the_match(kb: KB) -> None:
    # nothing in the KB reads "الدراسات التركي": the match stays as found
    got = spans(kb, "نشر مجلس الدراسات التركي تقريرا")
    assert got[0] == ("مجلس الدراسات", ["org:think"])


def test_packaged_kb_codes_turkish_occupation_forces() -> None:
    kb = load_kb(Settings())
    found = kb.match_text("قصفت قوات الاحتلال التركي قرية قرب الحدود")
    assert [m.entry_ids for m in found] == [["org:TUR:army"]]
    found = kb.match_text("اقتحمت قوات الاحتلال الإسرائيلي بلدة في الضفة")
    assert found[0].entry_ids == ["org:ISR:army"]


def test_packaged_kb_codes_forces_agreeing_in_the_feminine() -> None:
    kb = load_kb(Settings())
    found = kb.match_text("تقدمت قوات الاحتلال الروسية نحو المدينة")
    assert [m.entry_ids for m in found] == [["org:RUS:army"]]
