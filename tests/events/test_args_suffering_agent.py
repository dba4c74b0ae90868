"""An inverse light verb (تعرض X لهجوم من قبل Y): the named doer after من قبل / على أيدي
is the agent, never the one who suffered; all of a coordinated doer list act, and a
member of a body (قيادي في حركة ...) stands for that body as the victim."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_member_of_a_movement_abducted_by_gunmen(events_pipeline: Pipeline) -> None:
    doc = code(events_pipeline, "وتعرض قيادي في حركة حماس للخطف على أيدي مسلحين في نابلس أمس.")
    targets = [e.target.text for e in doc.events if e.type == "ASSAULT" and e.target]
    assert "حركة حماس" in targets
    assert all(e.source is None or e.source.text != "حركة حماس" for e in doc.events)


def test_coordinated_doers_are_both_sources(events_pipeline: Pipeline) -> None:
    text = "وقال السكان إن البلدة تعرضت لهجمات متكررة من قبل القوات الروسية والسورية."
    found = triples(code(events_pipeline, text))
    assert ("SYR", "ASSAULT", "RUS") not in found
    assert any(s == "RUS" for s, t, _ in found if t == "ASSAULT")


def test_doer_list_is_never_its_own_target(events_pipeline: Pipeline) -> None:
    text = "وتتعرض المحافظة منذ أسابيع لقصف من قبل الطيران العراقي والتحالف الدولي."
    found = triples(code(events_pipeline, text))
    assert ("IRQ", "ASSAULT", "IGO") not in found
    assert ("IGO", "ASSAULT", "IRQ") not in found
