"""People, places and organisations that 2018 Arabic news names and the KB lacked (or
knew only under another spelling): each is found under the spellings news uses, with the
code valid on the day. Sentences written for these tests."""

from __future__ import annotations

import pytest

import marsad
from marsad.kb.loader import KB, load_kb
from marsad.settings import Settings


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb(Settings())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spellings of people the KB already had
        ("التقى الرئيس مون جيه-إن نظيره في المنطقة منزوعة السلاح", "per:moon-jae-in"),
        ("أعلنت رئيسة الوزراء تريزا ماي طرد دبلوماسيين", "per:theresa-may"),
        ("نقل العميل السابق سيرغي سكريبل إلى المستشفى", "per:sergei-skripal"),
        ("انتقد زعيم حزب العمال جيريمي كوربن الحكومة", "per:jeremy-corbyn"),
        ("استقبلت الملكة إليزابيث الضيوف في القصر", "per:elizabeth-ii"),
        ("قال نائب الرئيس إسحق جهانكيري إن الاقتصاد صامد", "per:eshaq-jahangiri"),
        # people new to the KB
        ("أعلنت وزيرة الداخلية أمبر رود استقالتها", "per:amber-rudd"),
        ("عين ساجد جاويد وزيرا للداخلية", "per:sajid-javid"),
        ("قال نائب وزير العدل رود روزنستاين إن التحقيق مستمر", "per:rod-rosenstein"),
        ("عاد كارليس بوتشيمون إلى الواجهة من منفاه", "per:carles-puigdemont"),
        ("حكم روبرت موغابي البلاد عقودا", "per:robert-mugabe"),
        ("استقال رئيس الوزراء هايلي مريام ديسالين", "per:hailemariam-desalegn"),
        ("أوقف رئيس جهاز المحاسبات السابق هشام جنينة", "per:hisham-genena"),
        ("ظهر الشيخ سلطان بن سحيم في مؤتمر بباريس", "per:sultan-bin-suhaim-al-thani"),
        ("قاد يواخيم لوف المنتخب في البطولة", "per:joachim-low"),
        ("سجل مسعود أوزيل هدفا رائعا", "per:mesut-ozil"),
        ("تزوج الأمير هاري من ميغان ماركل في وندسور", "per:prince-harry"),
        # places and organisations
        ("سيطرت قوات النظام على مواقع فيلق الرحمن", "org:faylaq-al-rahman"),
        ("وصل المحققون إلى ساليسبري صباحا", "gpe:GBR:salisbury"),
        ("ضرب الزلزال مدينة بالو بقوة", "gpe:IDN:palu"),
        ("يقع مقر الشركة في بالو ألتو", "gpe:USA:palo-alto"),
        ("تحتج منظمة العفو على الاعتقالات", "org:amnesty"),
        ("شهدت ولاية كارناتاكا انتخابات محلية", "gpe:IND:karnataka"),
    ],
)
def test_news_names_are_found(kb: KB, text: str, expected: str) -> None:
    assert expected in {i for m in kb.match_text(text) for i in m.entry_ids}


def test_palo_alto_is_not_palu(kb: KB) -> None:
    ids = {i for m in kb.match_text("افتتحت الشركة مكتبا في بالو ألتو") for i in m.entry_ids}
    assert "gpe:IDN:palu" not in ids


@pytest.mark.parametrize(
    ("entry_id", "day", "code"),
    [
        ("per:amber-rudd", "2018-03-10", "GBRGOV"),
        ("per:carles-puigdemont", "2017-06-01", "ESPGOV"),
        ("per:carles-puigdemont", "2018-03-25", "ESPOPP"),
        ("per:alexander-grushko", "2018-06-01", "RUSGOV"),
        ("per:andrew-mccabe", "2017-09-01", "USACOP"),
        ("per:gavin-williamson", "2018-03-15", "GBRGOVMIL"),
    ],
)
def test_dated_codes(kb: KB, entry_id: str, day: str, code: str) -> None:
    entry = kb.get(entry_id)
    assert entry is not None
    assert entry.actor_on(day) == code


@pytest.mark.parametrize(
    ("text", "kb_id", "actor"),
    [
        ("صرح كيم جونغ-أون أمام قادة جيشه بأن التجارب توقفت.", "per:kim-jong-un", "PRKGOV"),
        ("وحذر وزير الداخلية البريطاني ساجد جاويد من المخاطر.", "per:sajid-javid", "GBRGOV"),
        ("وقالت خديجة آزرو خطيبة الصحفي إنه لم يخرج بعد.", "per:hatice-cengiz", "TURCVL"),
    ],
)
def test_linked_in_analysis(text: str, kb_id: str, actor: str) -> None:
    doc = marsad.analyze(text, published="2018-10-05")
    assert (kb_id, actor) in {(e.kb_id, e.actor) for e in doc.entities}
