"""The one criticised is the verb's object, not the partner or aim of another act noun
further on (انتقد تقارير عن لقائه مع نظيره، انتقد لعدم كشفه عن رحلته إلى بلد)."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_partner_of_a_meeting_in_the_criticised_reports_is_no_target(
    events_pipeline: Pipeline,
) -> None:
    doc = code(
        events_pipeline,
        "انتقد الرئيس البرازيلي مساء الأحد تقارير صحفية تناولت لقاءه مع نظيره الأرجنتيني.",
    )
    assert not any(t == "ACCUSE" and g == "ARG" for _, t, g in triples(doc))


def test_destination_of_a_trip_is_not_the_one_criticised(events_pipeline: Pipeline) -> None:
    doc = code(
        events_pipeline,
        "وانتقد البرلمان الكندي وزيرة الخارجية لعدم كشفها عن زيارتها إلى الصين الشهر الماضي.",
    )
    assert not any(t == "ACCUSE" and g == "CHN" for _, t, g in triples(doc))


def test_doer_of_a_condemned_act_stays_the_target(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وانتقدت ألمانيا قرار الحكومة المجرية بإغلاق الجامعة.")
    assert ("DEU", "ACCUSE", "HUN") in triples(doc)
