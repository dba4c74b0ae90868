"""Lexicon 1.8 and cues 1.7 (issue 5): owned nouns, receiving light verbs, blame, verbal
attacks, accepting, opening crossings, ratifying, attempted attacks. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from tests.events.conftest import code, trigger_hits, triples

from marsad.events.lexicon import owned_forms
from marsad.pipeline import Pipeline

CODED = [
    # an owned verbal noun after a light verb
    ("وأعربت ألمانيا عن معارضتها للخطة الأمريكية.", ("DEU", "REJECT", "USA")),
    ("أبدت الصين معارضتها الشديدة للعقوبات الأمريكية.", ("CHN", "REJECT", "USA")),
    # receiving: the subject is the recipient, the giver follows من
    ("وتسلمت الحكومة اليمنية مساعدات طبية من منظمة الصحة العالمية.", ("IGO", "AID", "YEM")),
    # laying the blame
    ("وألقت وزارة الخارجية الروسية باللوم على واشنطن.", ("RUS", "ACCUSE", "USA")),
    # a sharp attack is verbal
    ("وشن الرئيس التركي هجوما حادا على الحكومة الهولندية.", ("TUR", "ACCUSE", "NLD")),
    # accepting a call
    ("وقبلت إيران دعوة روسيا لحضور المؤتمر.", ("IRN", "AGREE", "RUS")),
    # ratifying, the subject two words long
    ("وصادق البرلمان التركي على الاتفاقية مع روسيا.", ("TUR", "AGREE", "RUS")),
    # opening a crossing
    ("وفتحت مصر معبر رفح أمام الفلسطينيين.", ("EGY", "CONCEDE", "PSE")),
    # referral to trial
    ("وأحالت النيابة المصرية ناشطا معارضا إلى المحاكمة.", ("EGY", "COERCE", "EGY")),
    # exemption from tariffs
    ("وأعفت الولايات المتحدة كوريا الجنوبية من الرسوم على الصلب.", ("USA", "CONCEDE", "KOR")),
    # referral to the International Criminal Court
    (
        "وأعلنت السلطة الفلسطينية إحالة إسرائيل إلى المحكمة الجنائية الدولية.",
        ("PSE", "ACCUSE", "ISR"),
    ),
    # aid suspended, the object with its possessive
    ("وعلقت الولايات المتحدة مساعداتها العسكرية لباكستان.", ("USA", "SANCTION", "PAK")),
]


@pytest.mark.parametrize(
    ("text", "expected"), CODED, ids=[f"{c[1][1]}-{i}" for i, c in enumerate(CODED)]
)
def test_new_trigger_is_coded(events_pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in triples(code(events_pipeline, text))


def test_owned_forms_are_possessive_only() -> None:
    forms = owned_forms("معارضة")
    assert {"معارضته", "معارضتها", "معارضتهم"} <= forms
    assert not {"معارضة", "المعارضة", "معارضات"} & forms


def test_the_political_opposition_is_no_rejection() -> None:
    assert not any(h.spec.type == "REJECT" for h in trigger_hits("وأعلنت المعارضة السورية"))


def test_receiving_reverses_the_aid(events_pipeline: Pipeline) -> None:
    text = "وتسلمت الحكومة اليمنية مساعدات طبية من منظمة الصحة العالمية."
    assert not any(s == "YEM" and t == "AID" for s, t, _ in triples(code(events_pipeline, text)))


def test_a_violent_attack_stays_an_assault() -> None:
    hits = trigger_hits("شنت الطائرات الإسرائيلية هجوما عنيفا على مواقع المسلحين")
    assert [h.spec.type for h in hits] == ["ASSAULT"]


def test_before_is_not_accepted() -> None:
    assert not trigger_hits("وصل الوفد قبل الدعوة الرسمية بيومين")


def test_accepting_a_call_is_not_the_call() -> None:
    assert [h.spec.type for h in trigger_hits("قبلت إيران دعوة روسيا")] == ["AGREE"]


def test_fatah_opens_nothing() -> None:
    hits = trigger_hits("واتفقت حركتا فتح وحماس على إدارة المعابر")
    assert not any(h.spec.type == "CONCEDE" for h in hits)


def test_opening_the_way_is_no_concession() -> None:
    hits = trigger_hits("وهذا يفتح الطريق أمام تسوية سياسية")
    assert not any(h.spec.type == "CONCEDE" for h in hits)


def test_attempted_storming_happened(events_pipeline: Pipeline) -> None:
    text = "وحاولت قوات النظام السوري اقتحام بلدة داريا."
    doc = code(events_pipeline, text)
    assert any(e.type == "ASSAULT" and not e.intent for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "وستحاول القوات العراقية اقتحام مواقع التنظيم.",
        "وسوف تحاول القوات العراقية اقتحام مواقع التنظيم.",
    ],
)
def test_attack_to_be_attempted_is_intent(events_pipeline: Pipeline, text: str) -> None:
    doc = code(events_pipeline, text)
    assert all(e.intent for e in doc.events if e.type == "ASSAULT")


def test_other_attempts_stay_intent(events_pipeline: Pipeline) -> None:
    text = "وحاولت تركيا فرض عقوبات على الشركات الإيرانية."
    doc = code(events_pipeline, text)
    assert all(e.intent for e in doc.events if e.type == "SANCTION")


def test_suspended_aid_is_no_aid(events_pipeline: Pipeline) -> None:
    text = "وعلقت الولايات المتحدة مساعداتها العسكرية لباكستان."
    assert not any(t == "AID" for _, t, _ in triples(code(events_pipeline, text)))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وقع البلدان عقدين في مجال الطاقة", "AGREE"),
        ("شهد الرئيسان توقيع مذكرتي تفاهم في مجال الدفاع", "AGREE"),
        ("ندد التقرير بتهجير الميليشيات مئات الأسر", "COERCE"),
        ("رفعت القوات الكورية الجنوبية حالة التأهب", "MOBILIZE"),
        ("وضعت إيران قواتها في حالة تأهب قصوى", "MOBILIZE"),
        ("أعلنت الحكومة وقفا فوريا لإطلاق النار في المدينة", "CONCEDE"),
        ("استأنفت مصر وإيران العلاقات الدبلوماسية", "COOPERATE"),
        ("أعادت السعودية سفيرها إلى ألمانيا", "COOPERATE"),
    ],
)
def test_trigger_reads(text: str, kind: str) -> None:
    assert kind in [h.spec.type for h in trigger_hits(text)]


def test_the_situation_puts_nothing_on_alert() -> None:
    hits = trigger_hits("الوضع في حالة تأهب")
    assert [h.start for h in hits if h.spec.type == "MOBILIZE"] == [2]


def test_closing_a_mission_office_is_a_sanction(events_pipeline: Pipeline) -> None:
    text = "وأغلقت الإدارة الأمريكية مكتب منظمة التحرير الفلسطينية في واشنطن."
    assert ("USA", "SANCTION", "PSE") in triples(code(events_pipeline, text))


def test_closing_a_newspaper_office_stays_a_ban() -> None:
    hits = trigger_hits("أغلقت السلطات التركية مكتب صحيفة معارضة في إسطنبول")
    assert [h.spec.type for h in hits] == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    ["عرض فيلم جديد للمخرج في المهرجان", "وقال سالم المري إن الاجتماع انتهى", "ألم يكن ذلك واضحا"],
)
def test_a_short_jussive_needs_its_particle(text: str) -> None:
    """فيلم (a film) spells ف + يلم, سالم (a name) س + ألم: the short jussive of لام
    reads only after لم or لا."""
    assert not any(h.spec.type == "ACCUSE" for h in trigger_hits(text))


def test_a_short_jussive_after_lam_still_reads() -> None:
    hits = trigger_hits("لم يزر الرئيس الأمريكي إسرائيل")
    assert [h.spec.lemma for h in hits] == ["زار"]


@pytest.mark.parametrize(
    "text",
    ["وألغت الشركة الرحلات الجوية إلى المدينة", "وبدأ المطرب رحلته الفنية قبل عشرين عاما"],
)
def test_a_flight_or_a_career_is_no_visit(text: str) -> None:
    assert not any(h.spec.type == "CONSULT" for h in trigger_hits(text))


def test_an_official_trip_is_a_visit() -> None:
    hits = trigger_hits("وناقش الوزير خلال رحلته إلى بكين ملف التجارة")
    assert "CONSULT" in [h.spec.type for h in hits]


def test_reconsidering_ties_restores_nothing() -> None:
    assert not trigger_hits("قالت الحكومة إنها تعيد النظر في علاقاتها مع إسرائيل")


@pytest.mark.parametrize(
    "text",
    [
        "وتجذب لوحة الفنان الإيطالي آلاف الزوار",
        "وأعلنت المطربة توقفها عن الغناء",
        "وتسبب العطل في توقف حركة القطارات",
        "بشائر الحل تلوح في الأفق",
        "وشاركت عارضة الأزياء في العرض",
        "أحكم المسلحون قبضتهم على المدينة وشددوا قبضة الأمن على السكان",
        "وقال أدهم إن المسلسل نجح",
    ],
)
def test_spellings_of_other_words_are_no_triggers(text: str) -> None:
    assert not trigger_hits(text)


def test_a_threat_waved_still_reads() -> None:
    assert next(h.spec.type for h in trigger_hits("لوحت واشنطن بفرض عقوبات")) == "THREATEN"


def test_a_defective_short_jussive_needs_its_particle() -> None:
    """يخل بالاتفاق (violates the deal) spells the short jussive of أخلى (evacuated)."""
    assert not any(h.spec.type == "RETREAT" for h in trigger_hits("وقال إن ذلك يخل بالاتفاق"))
    assert [h.spec.lemma for h in trigger_hits("ولم يدع الرئيس إلى الحوار")] == ["دعا"]


@pytest.mark.parametrize(
    "text",
    [
        "ولم تستبعد واشنطن فرض عقوبات جديدة على طهران.",
        "واستبعدت الحكومة فرض عقوبات على الشركات التركية.",
    ],
)
def test_an_act_ruled_out_or_not_is_not_done(events_pipeline: Pipeline, text: str) -> None:
    doc = code(events_pipeline, text)
    assert all(e.intent for e in doc.events if e.type == "SANCTION")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وفجر المهاجمون قنابلهم في محطة القطارات", "ASSAULT"),
        ("واحتجز المسلحون عشرين رهينة في الفندق", "ASSAULT"),
        ("وألقى مجهول عبوة ناسفة على مبنى البلدية", "ASSAULT"),
        ("ونفذ مسلحون عمليات انتحارية في المدينة", "ASSAULT"),
        ("وأحرق شاب نفسه احتجاجا على البطالة", "PROTEST"),
    ],
)
def test_attack_and_protest_reads(text: str, kind: str) -> None:
    assert next(h.spec.type for h in trigger_hits(text)) == kind


@pytest.mark.parametrize(
    "text",
    [
        "وقصفت الطائرات فجر الأحد سيارة مدنية",
        "وردت الشرطة بإلقاء قنابل الغاز على الحشد",
        "وضرب زلزال قوي المنطقة",
        "وقال إن أعضاء الخلية تلقوا أسلحة ومتفجرات من الخارج",
    ],
)
def test_no_attack_read_from_dawn_tear_gas_or_a_quake(text: str) -> None:
    hits = trigger_hits(text)
    assert [h.form for h in hits if h.spec.type == "ASSAULT"] in ([], ["قصفت"])
