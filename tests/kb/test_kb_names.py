"""The packaged KB finds the names analysts need, in sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.doc import Document
from marsad.kb.loader import KB, load_kb
from marsad.pipeline import Pipeline
from marsad.settings import Settings


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb(Settings())


def _ids(kb: KB, text: str) -> dict[str, list[str]]:
    return {text[m.start : m.end]: m.entry_ids for m in kb.match_text(text)}


@pytest.mark.parametrize(
    ("sentence", "name", "entry_id"),
    [
        ("زار الوفد تركيا الأسبوع الماضي", "تركيا", "gpe:TUR"),
        ("ردت أنقرة على البيان بسرعة", "أنقرة", "gpe:TUR:ankara"),
        ("وقعت الولايات المتحدة الأميركية اتفاقا جديدا", "الولايات المتحدة الأميركية", "gpe:USA"),
        ("قالت واشنطن إنها تدرس الطلب", "واشنطن", "gpe:USA:washington"),
        ("صوت الكونغرس الأميركي على مشروع قانون", "الكونغرس الأميركي", "org:USA:parliament"),
        ("اجتمع وزراء حلف شمال الأطلسي في بروكسل", "حلف شمال الأطلسي", "org:nato"),
        ("تبنى حزب العمال الكردستاني الهجوم", "حزب العمال الكردستاني", "org:pkk"),
        ("تسيطر وحدات حماية الشعب على البلدة", "وحدات حماية الشعب", "org:ypg"),
        ("اتهمت الحكومة منظمة غولن بالوقوف خلف المحاولة", "منظمة غولن", "org:gulen"),
        ("اشترت الدولة منظومة إس-400 الروسية", "إس-400", "weapon:s-400"),
        ("تحدث التقرير عن صفقة S-400 مجددا", "S-400", "weapon:s-400"),
        ("نشرت بطاريات باتريوت قرب الحدود", "باتريوت", "weapon:patriot"),
        ("استبعدت أنقرة من برنامج إف-35 للطائرات", "إف-35", "weapon:f-35"),
        ("فرضت عقوبات بموجب قانون كاتسا", "قانون كاتسا", "law:caatsa"),
        ("انسحبت واشنطن من الاتفاق النووي مع طهران", "الاتفاق النووي", "law:jcpoa"),
        ("أعلن البيت الأبيض موقفه", "البيت الأبيض", "org:USA:white-house"),
        ("نفى الكرملين الخبر", "الكرملين", "org:RUS:kremlin"),
        ("قصفت الطائرات مواقع في إدلب", "إدلب", "gpe:SYR:idlib"),
    ],
)
def test_name_is_found(kb: KB, sentence: str, name: str, entry_id: str) -> None:
    assert entry_id in _ids(kb, sentence).get(name, [])


@pytest.mark.parametrize("form", ["التركي", "التركية", "الأتراك", "تركيان", "التركيين"])
def test_turkish_adjective_forms(kb: KB, form: str) -> None:
    (m,) = kb.match_text(f"قال المسؤول {form} شيئا" if form == "التركي" else f"قال {form} شيئا")
    assert m.entry_ids == ["gpe:TUR"] and m.adjective


@pytest.mark.parametrize("form", ["الأمريكي", "الأميركي", "أمريكية", "الأميركيين"])
def test_american_adjective_in_both_spellings(kb: KB, form: str) -> None:
    (m,) = kb.match_text(f"صرح {form} بذلك")
    assert m.entry_ids == ["gpe:USA"] and m.adjective


def test_institution_by_state_adjective(kb: KB) -> None:
    assert _ids(kb, "أكدت وزارة الخارجية التركية الخبر") == {
        "وزارة الخارجية التركية": ["org:TUR:foreign-ministry"]
    }


def test_common_word_is_not_a_place(kb: KB) -> None:
    # صور (Tyre) and الجديدة (El Jadida) are listed only with مدينة
    assert _ids(kb, "نشرت الوزارة صور الخطة الجديدة") == {}


def test_hashtag_spelling_a_name(kb: KB) -> None:
    text = "تفاعل المغردون مع #كوريا_الشمالية"
    (m,) = kb.match_text(text)
    assert (text[m.start : m.end], m.entry_ids) == ("كوريا_الشمالية", ["gpe:PRK"])


def test_match_on_pipeline_tokens_keeps_offsets() -> None:
    settings = Settings(steps=("lines", "tokens", "sentences"))
    doc = Pipeline(settings)(Document(text="وصل الوفد إلى أنقرة ثم للأمم المتحدة"))
    found = [(doc.text[m.start : m.end], m.form) for m in load_kb(settings).match(doc)]
    assert found == [("أنقرة", "أنقرة"), ("لأمم المتحدة", "الأمم المتحدة")]


def test_region_adjective_codes_an_actor(kb: KB) -> None:
    (m,) = kb.match_text("قال دبلوماسيون أوروبيون إن المحادثات تعثرت")
    entry = kb.get(m.entry_ids[0])
    assert m.adjective and entry is not None and entry.code == "EUR"


def test_phrase_that_is_also_a_paper_name_is_not_the_paper(kb: KB) -> None:
    found = _ids(kb, "فاز المنتخب المصري اليوم الأحد")
    assert found == {"المصري": ["gpe:EGY"]}


def test_one_digit_model_needs_its_hyphen(kb: KB) -> None:
    assert _ids(kb, "يحتوي الطعام على فيتامين B1") == {}


def test_preposition_before_a_number_is_not_a_model_name(kb: KB) -> None:
    assert _ids(kb, "وصل الوفد في 22 مارس") == {}
