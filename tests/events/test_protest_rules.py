"""Lexicon 1.2 and cues 1.4: the march that is a course (``course``), the drone that is no
march, the verb that is a name (``initial``), and street acts of new protesters. Sentences of
our own."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, trigger_hits

from marsad.events.lexicon import load_resources
from marsad.pipeline import Pipeline
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize

OPTS = NormalizeOptions()


def _trigger_types(text: str) -> set[str]:
    return {h.spec.type for h in trigger_hits(text)}


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الوزير دعم مسيرة السلام مع الجيران",
        "وتحدث اللاعب عن مسيرته مع النادي",
        "وواصل المنتخب مسيرة الانتصارات في البطولة",
    ],
)
def test_march_as_a_course_is_no_protest(text: str) -> None:
    assert "PROTEST" not in _trigger_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "وشارك المئات في مسيرة ضد الحرب في لندن",
        "ونظم الطلاب مسيرة حاشدة في العاصمة",
        "وواصل العمال مسيراتهم الاحتجاجية لليوم الثالث",
        "وخرج الأهالي في مسيرة للمطالبة بالإفراج عن المعتقلين",
        "وسار الطلاب في مسيرة إلى مقر الحكومة",
    ],
)
def test_march_is_a_protest(text: str) -> None:
    assert "PROTEST" in _trigger_types(text)


def test_drone_is_no_march() -> None:
    assert "PROTEST" not in _trigger_types("وأسقط الجيش طائرة مسيرة قرب الحدود")


def test_park_after_a_noun_is_a_name() -> None:
    assert "SUPPORT" not in _trigger_types("وأكدت المحكمة الحكم على الرئيسة السابقة بارك بالسجن")
    assert "SUPPORT" not in _trigger_types("وتجمع الناس في حديقة سنترال بارك")


def test_blessing_verb_opening_a_clause_is_support() -> None:
    assert "SUPPORT" in _trigger_types("وفي السياق ، بارك الرئيس الاتفاق")
    assert "SUPPORT" in _trigger_types("وبارك الرئيس الاتفاق")


def _acts(text: str) -> list[int]:
    """Positions of the street or riot act triggers found in ``text``."""
    return [h.start for h in trigger_hits(text) if h.spec.lemma.endswith(" act")]


STREET_ACTS = [
    "وأحرق متظاهرون غاضبون مركزا للشرطة في المدينة.",
    "وقطع مئات المحتجين الطريق السريع صباح الاثنين.",
    "وسار عدد من المتظاهرين إلى مبنى البرلمان.",
    "ورشق عشرات المتظاهرين قوات الأمن بالحجارة.",
]


@pytest.mark.parametrize("text", STREET_ACTS)
def test_new_protesters_street_act_is_a_protest(events_pipeline: Pipeline, text: str) -> None:
    found = {e.type for e in code(events_pipeline, text).events if not (e.negated or e.intent)}
    assert "PROTEST" in found


def test_known_protesters_act_is_no_new_protest() -> None:
    # المتظاهرون: the protesters of a protest already told
    assert _acts("وأغلق المتظاهرون الطريق المؤدي إلى الميناء") == []
    assert _acts("وأغلق مئات المتظاهرين الطريق المؤدي إلى الميناء") == [0]


def test_chanting_protesters_are_no_street_act() -> None:
    # chants and banners tell how a protest already reported went on
    assert _acts("وهتف متظاهرون ضد الحكومة") == []


def test_street_verb_without_protesters_is_no_protest() -> None:
    assert _acts("وقطعت الحكومة الكهرباء عن المدينة الشهر الماضي") == []


def test_protesters_after_a_comma_are_not_the_subject() -> None:
    assert _acts("وقطع الجيش الطريق ، وقال متظاهرون إنهم سيعودون") == []


def test_must_is_not_a_jussive_of_roaming() -> None:
    # يجب (must) is the hollow jussive of جاب's imperfect, which is not listed
    assert "PROTEST" not in _trigger_types("يجب على المتظاهرين احترام القانون")


def test_street_acts_are_not_lexicon_readings() -> None:
    # the event model's features read ``lookup``: رفع must stay no PROTEST word there
    lex, _ = load_resources(OPTS)
    assert all(f.spec.type != "PROTEST" for f, _, _ in lex.lookup(normalize("ورفع", OPTS)))


def test_holding_fast_to_silence_is_no_sit_in() -> None:
    assert "PROTEST" not in _trigger_types("وقد اعتصمت بالصمت طويلا")
    assert "PROTEST" in _trigger_types("واعتصم العمال أمام المصنع")


def test_activity_is_no_protest_without_a_light_verb() -> None:
    assert "PROTEST" not in _trigger_types("وشهدت العاصمة حراكا دبلوماسيا واسعا")
    assert "PROTEST" in _trigger_types("ونظم الشباب حراكا ضد الفساد")
