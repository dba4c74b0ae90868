"""An attacker named only as believed or suspected (طائرة بدون طيار يعتقد أنها أمريكية)
is coded as that state's rather than as unidentified forces (``coder._suspected``)."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_believed_nationality_codes_the_attacker(events_pipeline: Pipeline) -> None:
    text = (
        "وقال مسؤولون محليون إن مقاتلا قتل بعدما أطلقت طائرة بدون طيار، يعتقد أنها "
        "أمريكية، صاروخا على منطقة باكستانية أمس."
    )
    found = triples(code(events_pipeline, text))
    assert any(src == "USA" and kind == "ASSAULT" for src, kind, _ in found)
    assert not any(src == "UAF" and kind == "ASSAULT" for src, kind, _ in found)


def test_a_belief_about_something_else_names_no_attacker(events_pipeline: Pipeline) -> None:
    text = "وقتل جنديان في انفجار عبوة ناسفة يرجح أنها من صنع محلي."
    found = triples(code(events_pipeline, text))
    assert not any(src not in (None, "UAF") and kind == "ASSAULT" for src, kind, _ in found)
