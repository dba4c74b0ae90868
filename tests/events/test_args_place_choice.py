"""Which place an act happened in when the sentence names several: a coded one, not a
border, the nearest after the trigger, else the nearest before (``coder._place``)."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_each_protest_takes_its_own_place(events_pipeline: Pipeline) -> None:
    text = "وبعد أيام من مظاهرة حاشدة في لندن ضد الحرب في العراق، تظاهر مئات الطلاب في واشنطن."
    found = triples(code(events_pipeline, text))
    assert ("USA", "PROTEST", "USA") in found
    assert ("IRQ", "PROTEST", "IRQ") not in found


def test_a_border_is_less_of_a_place_than_the_province(events_pipeline: Pipeline) -> None:
    text = "وأسفر انفجار مستودع أسلحة في محافظة إدلب قرب الحدود التركية عن مقتل 12 مدنيا."
    found = triples(code(events_pipeline, text))
    assert any(kind == "ASSAULT" and tgt == "SYR" for _, kind, tgt in found)
    assert not any(kind == "ASSAULT" and tgt == "TUR" for _, kind, tgt in found)
