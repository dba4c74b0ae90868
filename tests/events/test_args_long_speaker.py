"""A speech verb may stand far from its complementizer: a time word, a long title and
the venue (قال أمس المتحدث باسم ... في مؤتمر صحفي عقده بباريس إن). The speaker is still
the one who demands what follows."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_speaker_with_a_long_title_and_venue_demands(events_pipeline: Pipeline) -> None:
    text = (
        "وقال أمس المتحدث باسم وزارة الخارجية الفرنسية في مؤتمر صحفي عقده بباريس "
        "إن على إيران أن تفرج عن المعتقلين."
    )
    assert ("FRA", "REQUEST", "IRN") in triples(code(events_pipeline, text))
