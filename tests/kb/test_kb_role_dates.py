"""People's codes before their best-known office, and common words that are no
person's form (packaged KB; sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.kb.loader import KB, load_kb
from marsad.settings import Settings


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb(Settings())


@pytest.mark.parametrize(
    ("entry_id", "day", "code"),
    [
        ("per:nikol-pashinyan", "2018-04-20", "ARMOPP"),
        ("per:nikol-pashinyan", "2018-06-01", "ARMGOV"),
        ("per:mahathir-mohamad", "2018-05-01", "MYSOPP"),
        ("per:mahathir-mohamad", "1995-01-01", "MYSGOV"),
        ("per:pedro-sanchez", "2018-05-25", "ESPOPP"),
        ("per:imran-khan", "2018-07-25", "PAKOPP"),
        ("per:luigi-di-maio", "2018-03-05", "ITAOPP"),
        ("per:luigi-di-maio", "2018-09-01", "ITAGOV"),
        ("per:kais-saied", "2018-03-01", "TUNCVL"),
        ("per:kais-saied", "2020-03-01", "TUNGOV"),
    ],
)
def test_code_on_day(kb: KB, entry_id: str, day: str, code: str) -> None:
    entry = kb.get(entry_id)
    assert entry is not None and entry.actor_on(day) == code


@pytest.mark.parametrize(
    "text",
    ["فاز الفريق بهدف نظيف في الشوط الثاني", "قال اللاعب إنه سعيد بالعودة إلى ناديه"],
)
def test_common_word_is_no_person(kb: KB, text: str) -> None:
    assert not [m for m in kb.match_text(text) if any(i.startswith("per:") for i in m.entry_ids)]


def test_full_name_still_links(kb: KB) -> None:
    found = kb.match_text("استقبل الرئيس قيس سعيد الوفد")
    assert [m.entry_ids for m in found] == [["per:kais-saied"]]
