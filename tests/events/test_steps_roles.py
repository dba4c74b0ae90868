"""Sides read from cue phrases and institutions, with the role codes they carry."""

from __future__ import annotations

from tests.events.conftest import code

from marsad.pipeline import Pipeline


def _targets(pipe: Pipeline, text: str, type_: str) -> set[str | None]:
    doc = code(pipe, text)
    return {e.target.actor if e.target else None for e in doc.events if e.type == type_}


def test_terrorist_organisation_phrase_is_militants(events_pipeline: Pipeline) -> None:
    text = "واعتقلت القوات العراقية عشرات من عناصر التنظيم الإرهابي في الموصل."
    assert _targets(events_pipeline, text, "COERCE") == {"IMGMUS"}


def test_organisation_without_the_adjective_is_not_militants(events_pipeline: Pipeline) -> None:
    text = "واعتقلت القوات العراقية عشرات من عناصر التنظيم في الموصل."
    assert "IMGMUS" not in _targets(events_pipeline, text, "COERCE")


def _sources(pipe: Pipeline, text: str, type_: str) -> set[str | None]:
    doc = code(pipe, text)
    return {e.source.actor if e.source else None for e in doc.events if e.type == type_}


def test_our_armed_forces_are_the_speakers_military(events_pipeline: Pipeline) -> None:
    text = "وقال المتحدث العسكري الليبي إن قواتنا المسلحة قصفت مواقع المتمردين في الجنوب."
    assert _sources(events_pipeline, text, "ASSAULT") == {"LBYMIL"}


def test_adjective_institution_carries_its_role(events_pipeline: Pipeline) -> None:
    text = "وقصف الجيش النمساوي مواقع المتمردين في مالي."
    assert _sources(events_pipeline, text, "ASSAULT") == {"AUTMIL"}


def test_adjective_police_carries_its_role(events_pipeline: Pipeline) -> None:
    text = "واعتقلت الشرطة النمساوية ثلاثة مهربين قرب الحدود."
    assert _sources(events_pipeline, text, "COERCE") == {"AUTCOP"}


def test_bare_adjective_stays_the_state(events_pipeline: Pipeline) -> None:
    # no institution row around the adjective: the side is the state itself
    text = "وشنت طائرات نمساوية غارات على مواقع المتمردين في مالي."
    assert _sources(events_pipeline, text, "ASSAULT") == {"AUT"}
