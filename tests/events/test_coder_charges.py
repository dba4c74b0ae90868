"""Only أدان/دان/إدانة also mean "convict": with a charge after them (بتهمة، بجرائم) they are
a conviction (COERCE). The other condemning words take their object with ب too (ندد بجرائم،
متهما بالتجسس) and stay a criticism (ACCUSE). Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.pipeline import Pipeline


def _types(pipe: Pipeline, text: str) -> set[str]:
    return {e.type for e in code(pipe, text).events}


def test_court_convicts_for_a_charge(events_pipeline: Pipeline) -> None:
    text = "وأدانت محكمة مصرية عشرة أشخاص بتهمة التجسس."
    assert "COERCE" in _types(events_pipeline, text)


def test_accusing_participle_with_a_charge_is_no_conviction(events_pipeline: Pipeline) -> None:
    text = "انتقد الوزير الفرنسي روسيا، متهما إياها بالتجسس على الانتخابات."
    assert _types(events_pipeline, text) == {"ACCUSE"}


def test_denouncing_crimes_is_no_conviction(events_pipeline: Pipeline) -> None:
    # بجرائم is read بجراءم: the charge words are compared normalised
    text = "وقال الوزير السعودي إن بلاده تقف مع اليمن، مندداً بجرائم الميليشيا وتدخلات إيران."
    assert "COERCE" not in _types(events_pipeline, text)
