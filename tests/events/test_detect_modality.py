"""Modality of the new trigger families and of expected acts: an "expected" adjective after
a verbal noun, "in a state of" that sets no condition, "aimed at". Sentences of our own."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.events.lexicon import load_resources
from marsad.events.modality import modality
from marsad.events.triggers import find_triggers
from marsad.pipeline import Pipeline
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize

OPTS = NormalizeOptions()


def _mod(text: str, kind: str) -> tuple[bool, bool, bool]:
    """(negated, intent, hypothetical) of the first trigger of ``kind``."""
    lex, cues = load_resources(OPTS)
    norms = [normalize(w, OPTS) for w in text.split()]
    hits = find_triggers(lex, norms)
    hit = next(h for h in hits if h.spec.type == kind)
    m = modality(cues, norms, hit, hits, 0)
    return m.negated, m.intent, m.hypothetical


def test_expected_protests_are_intent() -> None:
    assert _mod("قال الوزير إن الاحتجاجات المتوقعة لن تغير موقفه", "PROTEST")[1]
    assert _mod("تستعد لندن للزيارة الرسمية المرتقبة للرئيس", "CONSULT")[1]


def test_protests_with_no_expected_word_happened() -> None:
    assert _mod("قال الوزير إن الاحتجاجات العنيفة لن تغير موقفه", "PROTEST") == (
        False,
        False,
        False,
    )


def test_state_of_alert_sets_no_condition() -> None:
    text = "وضعت الحكومة قواتها في حالة تأهب قصوى بعد هجوم المسلحين على الثكنة"
    assert not _mod(text, "ASSAULT")[2]


def test_in_case_of_still_a_condition() -> None:
    text = "وهددت بالرد في حال فرضت واشنطن عقوبات جديدة عليها"
    assert _mod(text, "SANCTION")[2]


def test_aimed_at_is_intent() -> None:
    text = "تحدث الوزير عن الجهود الرامية إلى تحميل بلاده المسؤولية"
    assert _mod(text, "ACCUSE")[1]


def test_negated_tariffs(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "لم تفرض الصين رسوما جمركية على السلع الأمريكية.")
    found = [e for e in doc.events if e.type == "SANCTION"]
    assert found and all(e.negated for e in found)


def test_denied_blocking_is_negated() -> None:
    assert _mod("ونفت الحكومة المصرية حجب مواقع إخبارية معارضة", "COERCE")[0]


def test_read_protest_keeps_its_modality(default_pipeline: Pipeline) -> None:
    # a definite protest noun the rules leave (it refers back) and the model reads: what the
    # words say around it (expected) still holds
    doc = code(default_pipeline, "وقال الرئيس إن الاحتجاجات المتوقعة خلال زيارته لا تزعجه.")
    assert not [e for e in doc.events if e.type == "PROTEST" and not (e.intent or e.negated)]


def test_reports_declared_untrue_are_negated() -> None:
    text = "وأكد المتحدث أن الأنباء عن طرد السفير من البلاد لا أساس لها من الصحة"
    assert _mod(text, "SANCTION")[0]
    assert _mod("وقال الوزير إن المزاعم بأن الجيش قصف المستشفى عارية عن الصحة", "ASSAULT")[0]
    assert _mod("وقال المتحدث لا صحة للأنباء عن اعتقال الصحفي", "COERCE")[0]


def test_reports_not_denied_still_happened() -> None:
    text = "وأكد المتحدث أن الأنباء عن طرد السفير من البلاد صحيحة تماما"
    assert not _mod(text, "SANCTION")[0]
