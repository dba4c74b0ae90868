"""A title whose genitive is glued to ل (الأمين العام للاتحاد) is followed by its holder,
who speaks; a title after ل is the one spoken to. Sentences written for the tests."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(steps=("lines", "tokens", "sentences", "entities", "quotes")))


def _speakers(pipe: Pipeline, text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "2023-06-13", pipeline=pipe).quotes]


def test_the_holder_named_after_a_title_and_its_l_genitive_speaks(pipe: Pipeline) -> None:
    text = (
        "وأوضح رئيس الحكومة أحمد الحشاني أن الدولة ستتحمل جزءا من الكلفة. "
        "وقال الأمين العام للاتحاد نور الدين الطبوبي إن الحكومة لم تف بما وعدت به."
    )
    assert _speakers(pipe, text) == ["Ahmed Hachani", "نور الدين الطبوبي"]


def test_a_title_after_l_is_the_addressee_not_the_speaker(pipe: Pipeline) -> None:
    text = "قال الزعيم الكوري الشمالي للرئيس الأمريكي دونالد ترامب إن اللقاء كان مثمرا جدا."
    assert "Donald Trump" not in _speakers(pipe, text)


def test_a_name_after_a_cue_with_an_object_pronoun_is_its_subject(pipe: Pipeline) -> None:
    text = (
        "وفرضت وزارة الخزانة الأمريكية قيودا جديدة على شركتين، "
        'في خطوة وصفتها طهران بأنها "عدوان اقتصادي سافر".'
    )
    assert _speakers(pipe, text) == ["Tehran"]


def test_an_outlet_after_a_relaying_cue_is_not_the_speaker(pipe: Pipeline) -> None:
    text = (
        'وقال وزير الخارجية الروسي سيرغي لافروف في تصريحات نقلتها وكالة رويترز: "لن نتراجع أبدا".'
    )
    assert _speakers(pipe, text) == ["Sergey Lavrov"]


def _actors(pipe: Pipeline, text: str) -> list[str | None]:
    return [q.speaker_actor for q in analyze(text, "2023-06-13", pipeline=pipe).quotes]


def test_an_unlinked_title_of_another_state_is_not_the_last_person_named(
    pipe: Pipeline,
) -> None:
    text = (
        "وقال وزير الخارجية الأردني أيمن الصفدي إن المملكة تدعم الحوار بين الأطراف. "
        'وصرح رئيس الوزراء العراقي للصحفيين: "لن نسمح بأن تكون أرضنا ساحة للصراع".'
    )
    assert _actors(pipe, text) == ["JORGOV", "IRQGOV"]


def test_an_unlinked_title_takes_its_role_code_with_its_state(pipe: Pipeline) -> None:
    text = (
        "وقال وزير الدفاع التركي إن قواته ستبقى في مواقعها. "
        "وأكد السفير الفرنسي أن بلاده لن تغلق سفارتها."
    )
    assert _actors(pipe, text) == ["TURGOVMIL", "FRAGOV"]


def test_a_one_word_title_before_a_body_gives_no_role(pipe: Pipeline) -> None:
    text = "وقال رئيس النادي الأهلي المصري إن الفريق سيعود أقوى في الموسم المقبل."
    actor = _actors(pipe, text)[0]
    assert actor is None or not actor.endswith("GOV")


def test_a_title_of_the_same_state_continues_the_person_it_introduced(pipe: Pipeline) -> None:
    text = (
        "وقال السفير الصيني وانغ جيانغ إن العلاقات بين البلدين متينة. "
        "وأضاف السفير الصيني أن بكين تدعم الاستقرار في المنطقة."
    )
    assert _speakers(pipe, text) == ["وانغ جيانغ", "وانغ جيانغ"]


def test_a_qualified_title_without_a_name_speaks_for_its_body_after_l(pipe: Pipeline) -> None:
    text = 'واعتبر الأمين العام للأمم المتحدة أن الوضع "لا يمكن أن يستمر على هذا النحو".'
    assert _actors(pipe, text) == ["IGOUNO"]


def test_a_spokesperson_of_a_government_takes_its_role_code(pipe: Pipeline) -> None:
    text = "وأعلن الناطق باسم الحكومة الليبية أن الانتخابات ستجرى في موعدها المحدد."
    assert _actors(pipe, text) == ["LBYGOV"]


def test_an_unnamed_source_with_the_un_adjective_speaks_for_the_un(pipe: Pipeline) -> None:
    text = "وقال خبراء أمميون إن الأوضاع الإنسانية في المخيمات تزداد سوءا كل يوم."
    assert _actors(pipe, text) == ["IGOUNO"]


def test_a_source_after_an_with_a_verbal_noun_cue_keeps_its_state(pipe: Pipeline) -> None:
    text = "ونقلت وكالة أنباء محلية عن مسؤول أمريكي قوله إن واشنطن ستراقب الوضع عن كثب."
    assert _actors(pipe, text) == ["USA"]


def test_a_construct_title_alone_is_the_person_named_after_it_before(pipe: Pipeline) -> None:
    text = (
        "وقال وزير المالية السعودي سامي الخالدي إن العجز سينخفض هذا العام بشكل واضح. "
        "وأضاف وزير المالية في المؤتمر أن الإيرادات غير النفطية ارتفعت بشكل كبير."
    )
    assert _speakers(pipe, text) == ["سامي الخالدي", "سامي الخالدي"]
