"""An attack noun with its own claim clause (الغارات التي شنتها X، الهجوم الذي تبناه X):
the clause states the attack, even with the definite article, and names its attackers,
all those joined by و (``coder._own_claim``)."""

from __future__ import annotations

from tests.events.conftest import code, triples

from marsad.pipeline import Pipeline


def test_definite_attack_with_its_claim_clause_is_coded(events_pipeline: Pipeline) -> None:
    text = "وكان الهجوم الأكثر دموية الذي نفذته طالبان في العاصمة قد أوقع ثمانية قتلى."
    assert any(
        src == "AFG" and kind == "ASSAULT" for src, kind, _ in triples(code(events_pipeline, text))
    )


def test_claim_clause_names_every_attacker(events_pipeline: Pipeline) -> None:
    text = (
        "ولم تعلق دمشق ولا موسكو فورا بعد الغارات التي نفذتها أمريكا وفرنسا وبريطانيا ليل الجمعة."
    )
    sources = {src for src, kind, _ in triples(code(events_pipeline, text)) if kind == "ASSAULT"}
    assert {"USA", "GBR", "FRA"} <= sources
    assert "RUS" not in sources and "SYR" not in sources


def test_definite_attack_without_a_claim_still_refers_back(events_pipeline: Pipeline) -> None:
    text = "وقال المتحدث إن الهجوم أسفر عن أضرار كبيرة."
    assert not any(kind == "ASSAULT" for _, kind, _ in triples(code(events_pipeline, text)))
