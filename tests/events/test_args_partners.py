"""A partner named after مع that is another body of the subject's own state is the other
side of an act between states' bodies (cooperation, talks)."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_own_state_body_after_maa_is_the_partner(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "ويتعاون الرئيس دونالد ترامب مع الكونغرس في إعداد الميزانية.")
    assert ("USA", "COOPERATE", "USA") in triples(doc)


def test_own_state_itself_after_maa_is_no_partner(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وتتعاون الحكومة الفرنسية مع فرنسا في هذا الملف.")
    assert ("FRA", "COOPERATE", "FRA") not in triples(doc)


def test_party_rejecting_its_government_answers_that_government(
    events_pipeline: Pipeline,
) -> None:
    doc = code(
        events_pipeline,
        "وتصنف ألمانيا الحركة منظمة إرهابية. لكن حزب الشعوب الديمقراطي رفض الاتهامات "
        "التي توجهها السلطات التركية.",
    )
    found = triples(doc)
    assert ("TUR", "REJECT", "TUR") in found
    assert ("TUR", "REJECT", "DEU") not in found
