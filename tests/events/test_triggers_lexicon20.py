"""Lexicon 1.17: a phone conversation in the singular, military or financial support as aid,
summoning an ambassador by noun, shooting dead. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.events.conftest import trigger_hits


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وبحث الرئيسان خلال محادثة هاتفية مساء أمس الأزمة", "CONSULT"),
        ("وقدمت الحكومة دعما عسكريا للجيش الوطني", "AID"),
        ("واتهمت الوزارة جارتها بتقديم الدعم المالي للمسلحين", "AID"),
        ("وأعلنت الخارجية استدعاء سفيرها لدى البلد الجار للتشاور", "SANCTION"),
        ("وأطلق الحارس النار على المهاجم فأرداه قتيلا", "ASSAULT"),
    ],
)
def test_trigger_reads(text: str, kind: str) -> None:
    assert kind in [h.spec.type for h in trigger_hits(text)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a summons of any other kind
        ("وتم استدعاء عشرين عربة إسعاف إلى المكان", "SANCTION"),
        ("وتلقى الوزير استدعاء قضائيا للمثول أمام المحكمة", "SANCTION"),
        # أردت: I wanted
        ("وقال الكاتب أردت أن أروي قصة مدينتي", "ASSAULT"),
        # support that is said, not given
        ("وأعرب الوزير عن دعمه الكامل لجهود السلام", "AID"),
    ],
)
def test_other_readings_are_no_triggers(text: str, kind: str) -> None:
    assert kind not in [h.spec.type for h in trigger_hits(text)]
