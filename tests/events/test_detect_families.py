"""Trigger families of lexicon 1.6 and 1.7: each entry codes its own use and not its look-alikes
(وقف إلى جانب is support, وقف إطلاق النار no; أخلى سبيله releases, أخلى المدينة withdraws).
Sentences of our own."""

from __future__ import annotations

import pytest
from tests.events.conftest import trigger_hits


def _types(text: str) -> set[str]:
    return {h.spec.type for h in trigger_hits(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # standing by a side, thanking in a participle
        ("وقفت السعودية إلى جانب البحرين في أزمتها مع قطر", "SUPPORT"),
        ("هنأ الرئيس الجيش بالنصر شاكرا جهود الحلفاء", "SUPPORT"),
        # release from custody, yielding
        ("أخلت محكمة تركية سبيل الصحفي الألماني", "CONCEDE"),
        ("رضخت الحكومة لضغوط النقابات", "CONCEDE"),
        # aid handed over or brought in
        ("سلمت الهيئة مساعدات غذائية للنازحين", "AID"),
        ("أدخلت الأمم المتحدة قافلة مساعدات إلى البلدة", "AID"),
        # appeals and conditions
        ("وجه الوزير نداء إلى المجتمع الدولي", "REQUEST"),
        ("اشترطت دمشق انسحاب القوات الأجنبية", "REQUEST"),
        # displeasure, complaints, suits, questioning, names of contempt
        ("أعرب الوزير عن استيائه من القرار الأمريكي", "ACCUSE"),
        ("تقدمت الحكومة بشكوى رسمية ضد جارتها", "ACCUSE"),
        ("رفعت الشركة دعوى ضد الوزارة", "ACCUSE"),
        ("استجوبت الشرطة الوزير السابق", "ACCUSE"),
        ("وصف الزعيم المعارض الرئيس بالديكتاتور", "ACCUSE"),
        # refuting a claim
        ("فند الوزير الاتهامات الموجهة إلى حكومته", "REJECT"),
        # brandishing a measure
        ("واصلت واشنطن التلويح بفرض عقوبات جديدة", "THREATEN"),
        ("حذرت بكين من حرب تجارية ملوحة بإجراءات مضادة", "THREATEN"),
        # tariffs after a light verb
        ("فرضت الصين رسوما جمركية على السلع الأمريكية", "SANCTION"),
        # reinforcing forces
        ("عززت روسيا قواتها على الحدود", "MOBILIZE"),
        # prison, custody, blocked websites, restrictions
        ("أودعت السلطات المتهم السجن", "COERCE"),
        ("زجت السلطات بالمعارضين في السجون", "COERCE"),
        ("حبست النيابة الصحفي أربعة أيام", "COERCE"),
        ("حجبت السلطات مواقع إخبارية معارضة", "COERCE"),
        ("انتقدت المنظمة التضييق على الصحفيين", "COERCE"),
        # ratifying a treaty
        ("صادق البرلمان على الاتفاقية الدولية", "AGREE"),
        # deploring, rebuking, arrest by its Levantine verbal noun, surrender
        ("استهجنت الخارجية تصريحات الوزير الإيراني", "ACCUSE"),
        ("وبخت الخارجية السفير الإسرائيلي", "ACCUSE"),
        ("أعلنت الشرطة توقيف ثلاثة مشتبه بهم", "COERCE"),
        ("استسلم عشرات المسلحين للجيش", "CONCEDE"),
    ],
)
def test_family_codes(text: str, kind: str) -> None:
    assert kind in _types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("أعلن الطرفان وقف إطلاق النار مع بداية الشهر", "SUPPORT"),  # a ceasefire
        ("أخلت القوات البلدة بعد المعارك", "CONCEDE"),  # evacuated, no release
        ("تقاضى المحامي مبلغا كبيرا من الشركة", "ACCUSE"),  # was paid, no suit
        ("عززت الحكومة التعاون مع جيرانها", "MOBILIZE"),  # no forces
        ("حبس الجمهور أنفاسه في الدقائق الأخيرة", "COERCE"),  # held its breath
        ("حجب البرلمان الثقة عن الحكومة", "COERCE"),  # a vote of no confidence
        ("صادق البرلمان على مشروع القانون الجديد", "AGREE"),  # a bill, no agreement
        ("شكرا لكل من ساعدنا", "SUPPORT"),  # thanks, the interjection
        ("جرى الحفل وسط حضور ضيق على غير العادة", "COERCE"),  # narrow, no restriction
        ("ومنذ ذلك الحين تحسنت العلاقات", "REQUEST"),  # الحين is no form of ألح
    ],
)
def test_look_alike_does_not_code(text: str, kind: str) -> None:
    assert kind not in _types(text)


def test_release_outranks_evacuation() -> None:
    assert "RETREAT" not in _types("أخلت محكمة تركية سبيل الصحفي الألماني")
