"""Other common spellings of curated organisations (g written ج or غ, a dropped or
added long vowel) find the same entry. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.kb.loader import KB, load_kb
from marsad.settings import Settings


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb(Settings())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ذكرت وكالة بلومبيرج أن الأسعار ارتفعت", "org:bloomberg"),
        ("نقلت رويتر عن مصدر مطلع قوله", "org:reuters"),
        ("رفع الاحتياطي الفدرالي سعر الفائدة", "org:USA:central-bank"),
        ("انتشرت قوات اليونيفل قرب الحدود", "org:unifil"),
        ("قال متحدث باسم حلف شمال الأطلنطي إن الاجتماع انتهى", "org:nato"),
        ("اتهمت الحكومة جماعة جولن بالوقوف وراء المحاولة", "org:gulen"),
        ("كتبت صحيفة الجارديان في افتتاحيتها", "org:guardian"),
        ("أعلنت شركة جوجل عن هاتف جديد", "org:google"),
        ("أصدرت منظمة جرينبيس تقريرا عن التلوث", "org:greenpeace"),
    ],
)
def test_other_spellings_are_found(kb: KB, text: str, expected: str) -> None:
    assert expected in {i for m in kb.match_text(text) for i in m.entry_ids}
