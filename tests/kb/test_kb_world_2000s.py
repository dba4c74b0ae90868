"""People of the 1995-2010 table (people_world_2000s.py): leaders, ministers, UN/EU officials,
artists and athletes of archive news (packaged KB; sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.kb.loader import KB, load_kb
from marsad.settings import Settings
from marsad.text.normalize import normalize


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb(Settings())


def _ids(kb: KB, text: str) -> list[str]:
    return [i for m in kb.match_text(text) for i in m.entry_ids]


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("زار خافيير سولانا العاصمة أمس", "per:javier-solana"),
        ("انتقد سولانا القرار الأخير", "per:javier-solana"),
        ("فاز حزب ثاباتيرو في الانتخابات", "per:jose-luis-rodriguez-zapatero"),
        ("استقبل الرئيس إميل لحود الوفد", "per:emile-lahoud"),
        ("قال دان حالوتس إن العملية مستمرة", "per:dan-halutz"),
        ("دعا عزيز الدويك إلى جلسة للمجلس", "per:aziz-dweik"),
        ("وقعت فايزة أبو النجا الاتفاق", "per:faiza-aboul-naga"),
        ("حذر هانز بليكس من التسرع", "per:hans-blix"),
        ("تحدث تيري رود لارسن عن القرار", "per:terje-rod-larsen"),
        ("كتب سيغموند فرويد عن الأحلام", "per:sigmund-freud"),
        ("غنت نيكول سابا في الحفل", "per:nicole-saba"),
        ("قاد ماركو فان باستن المنتخب", "per:marco-van-basten"),
        ("تأهل أندريه أغاسي إلى النهائي", "per:andre-agassi"),
        ("قرأ الطلاب كتابا لنعوم شومسكي", "per:noam-chomsky"),
        ("روى الحديث علي بن أبي طالب", "per:ali-ibn-abi-talib"),
        ("استقبل خوان كارلوس الأول الضيوف", "per:juan-carlos-i"),
        ("تحدث مولاي رشيد في الافتتاح", "per:moulay-rachid"),
    ],
)
def test_new_entry_matches(kb: KB, text: str, entry_id: str) -> None:
    assert entry_id in _ids(kb, text)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # a surname many others carry: only the full name links
        ("سجل اللاعب ماتيس أوريبي هدفا", "per:alvaro-uribe"),
        ("مرر إديلسون دي ميلو الكرة", "per:sergio-vieira-de-mello"),
        ("سجل باس دوست هدفين", "per:philippe-douste-blazy"),
        ("قال رافائيل غلوكسمان في البرلمان", "per:andre-glucksmann"),
        # a common word or a street/product named after the person
        ("عبر المواطنون عن عدم الرضا عن الخدمات", "per:ali-al-rida"),
        ("تجمع المحتجون عند تقاطع الفردوسي وسط المدينة", "per:ferdowsi"),
        ("أجرى الجراح العملية بروبوت دا فينشي", "per:leonardo-da-vinci"),
        ("انضمت الدولة إلى مشروع غاليليو للملاحة", "per:galileo-galilei"),
        ("أفتى الصادق الغرياني بذلك", "per:ja-far-al-sadiq"),
    ],
)
def test_shared_or_common_word_does_not_link(kb: KB, text: str, entry_id: str) -> None:
    assert entry_id not in _ids(kb, text)


def test_roles_follow_the_date(kb: KB) -> None:
    solana = kb.get("per:javier-solana")
    assert solana is not None
    assert solana.actor_on("1997-06-01") == "IGOWSTNAT"
    assert solana.actor_on("2005-06-01") == "IGOEUREEC"
    villepin = kb.get("per:dominique-de-villepin")
    assert villepin is not None
    assert villepin.actor_on("2003-02-14") == "FRAGOV"


def test_no_form_is_shared_with_another_entry(kb: KB) -> None:
    # the table adds people the KB lacked: a form another entry holds would split one name
    from marsad.kb.build.people_gen import parse_table
    from marsad.kb.build.people_world_2000s import ROWS

    opts = Settings().normalize
    mine = {e.id for e in parse_table(ROWS, "world_2000s")}
    owners: dict[str, set[str]] = {}
    for entry in kb.entries:
        for form in entry.names_ar:
            owners.setdefault(normalize(form, opts), set()).add(entry.id)
    for entry in parse_table(ROWS, "world_2000s"):
        for form in entry.names_ar:
            assert owners[normalize(form, opts)] - mine == set(), (form, entry.id)
