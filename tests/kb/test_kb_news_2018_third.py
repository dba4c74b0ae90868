"""Entities ANT articles 12,000-20,000 named and the KB lacked (packaged KB; sentences
written for these tests)."""

from __future__ import annotations

import pytest

from marsad.kb.loader import KB, load_kb
from marsad.settings import Settings


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb(Settings())


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("عرضت المخرجة نادين لبكي فيلمها الجديد", "per:nadine-labaki"),
        ("منعت السلطات المخرج جعفر بناهي من السفر", "per:jafar-panahi"),
        ("أغلقت السلطات معبر كرم أبو سالم أمام الشاحنات", "gpe:ISR:kerem-shalom-crossing"),
        ("قصفت الطائرات بلدة سقبا في ريف دمشق", "gpe:SYR:saqba"),
        ("انهار جسر في مدينة جنوى الساحلية", "gpe:ITA:genoa"),
        ("قال وزير البترول طارق الملا إن الإنتاج ارتفع", "per:tarek-el-molla"),
        ("أدى إيمرسون منانغاغوا اليمين رئيسا للبلاد", "per:emmerson-mnangagwa"),
        ("تواجه شركة لافارج تهما أمام القضاء", "org:lafarge"),
    ],
)
def test_new_entry_matches(kb: KB, text: str, entry_id: str) -> None:
    assert any(entry_id in m.entry_ids for m in kb.match_text(text))


def test_duque_opposition_before_office(kb: KB) -> None:
    duque = kb.get("per:ivan-duque")
    assert duque is not None
    assert duque.actor_on("2018-06-10") == "COLOPP"
    assert duque.actor_on("2019-01-10") == "COLGOV"


def test_namesake_surname_alone_is_not_the_new_entry(kb: KB) -> None:
    # Fekir's surname is also the word "poor": only the full name is a form
    assert not any("per:nabil-fekir" in m.entry_ids for m in kb.match_text("ساعد الفقير جاره"))


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("استقال سيرج سركيسيان بعد احتجاجات واسعة", "per:serzh-sargsyan"),
        ("فاز السيتي على ضيفه بهدفين", "org:man-city"),
        ("تظاهر سكان جرادة للمطالبة بفرص عمل", "gpe:MAR:jerada"),
        ("أطلق الجندي إيلور عزريا النار على شاب جريح", "per:elor-azaria"),
    ],
)
def test_fourth_batch_matches(kb: KB, text: str, entry_id: str) -> None:
    assert any(entry_id in m.entry_ids for m in kb.match_text(text))


def test_sargsyan_surname_alone_names_neither_armenian_leader(kb: KB) -> None:
    # two leaders of one surname held office in 2018: only full names are forms
    found = [i for m in kb.match_text("قال سركيسيان إن الحوار ممكن") for i in m.entry_ids]
    assert "per:serzh-sargsyan" not in found and "per:armen-sarkissian" not in found
