"""``marsad eval sentences``: triple scoring with negated, intent and optional gold."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from tests.eval.helpers import event

from marsad.cli.main import cli
from marsad.doc import Document
from marsad.eval.gold_model import GoldEvent
from marsad.eval.sentences import GoldSentence, SentenceResult, happened_triples

SENTENCE = "طالبت تركيا الولايات المتحدة برفع العقوبات."


def gold(*events: GoldEvent) -> GoldSentence:
    return GoldSentence(sid="t1", sentence=SENTENCE, events=list(events))


def scored(g: GoldSentence, *predicted: tuple[str | None, str, str | None]) -> SentenceResult:
    result = SentenceResult(steps=[])
    result.score(g, set(predicted))
    return result


def counts(prf: object) -> tuple[int, int, int]:
    return (prf.tp, prf.fp, prf.fn)  # type: ignore[attr-defined]


REQUEST = GoldEvent(source="TURGOV", type="REQUEST", target="USA")


def test_matching_triple_is_a_hit() -> None:
    assert counts(scored(gold(REQUEST), ("TUR", "REQUEST", "USA")).triples) == (1, 0, 0)


def test_predicting_a_negated_gold_event_is_false_positive() -> None:
    negated = GoldEvent(source="TUR", type="REQUEST", target="USA", negated=True)
    assert counts(scored(gold(negated), ("TUR", "REQUEST", "USA")).triples) == (0, 1, 0)


def test_predicting_an_intent_gold_event_is_false_positive() -> None:
    intent = GoldEvent(source="TUR", type="THREATEN", target="USA", intent=True)
    assert counts(scored(gold(intent), ("TUR", "THREATEN", "USA")).triples) == (0, 1, 0)


def test_optional_gold_is_ignored_both_ways() -> None:
    optional = GoldEvent(source="USA", type="REJECT", target="TUR", required=False)
    unpredicted = GoldEvent(source="USA", type="ACCUSE", target="TUR", required=False)
    result = scored(gold(optional, unpredicted), ("USA", "REJECT", "TUR"))
    assert counts(result.triples) == (0, 0, 0)


def test_type_only_score_ignores_actors() -> None:
    result = scored(gold(REQUEST), ("TUR", "REQUEST", "RUS"))
    assert counts(result.triples) == (0, 1, 1)
    assert counts(result.types) == (1, 0, 0)


def test_per_type_counts() -> None:
    result = scored(gold(REQUEST), ("TUR", "REQUEST", "USA"), ("USA", "SANCTION", "TUR"))
    assert counts(result.by_type["REQUEST"]) == (1, 0, 0)
    assert counts(result.by_type["SANCTION"]) == (0, 1, 0)


def test_no_event_sentence_clean_share() -> None:
    result = SentenceResult(steps=[])
    result.score(gold(), set())
    result.score(gold(), {("TUR", "ACCUSE", "USA")})
    result.score(gold(GoldEvent(source="TUR", type="ACCUSE", target="USA", required=False)), set())
    assert (result.clean.correct, result.clean.total) == (1, 2)


def test_negated_intent_and_hypothetical_predictions_are_not_claims() -> None:
    doc = Document(text=SENTENCE)
    event(doc, "TUR", "REQUEST", "USA")
    event(doc, "TUR", "REJECT", "USA", negated=True)
    event(doc, "TUR", "THREATEN", "USA", intent=True)
    event(doc, "TUR", "ASSAULT", "USA", hypothetical=True)
    assert happened_triples(doc) == {("TUR", "REQUEST", "USA")}


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    return path


def test_cli_scores_a_sentence_file(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = [
        {"sid": "a", "published": "2024-01-02", "sentence": SENTENCE, "events": [
            {"source": "TUR", "type": "REQUEST", "target": "USA", "required": True}]},
        {"sid": "b", "published": "2024-01-02", "sentence": "هطلت أمطار غزيرة على المدينة.",
         "events": []},
    ]  # fmt: skip
    path = _write(tmp_path / "s.jsonl", rows)
    out = CliRunner().invoke(cli, ["eval", "sentences", str(path), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["sentences"] == 2
    assert data["triples"]["tp"] + data["triples"]["fn"] == 1
    assert data["clean"]["total"] == 1


def test_cli_bad_line_is_coded_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"sid": "a"}\n', encoding="utf-8")
    out = CliRunner().invoke(cli, ["eval", "sentences", str(path)])
    assert out.exit_code == 1
    assert "E301" in out.output


def test_cli_errors_lists_text_and_predictions(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = [
        {"sid": "e1", "sentence": SENTENCE, "published": "2021-01-14",
         "events": [{"source": "RUS", "type": "REQUEST", "target": "USA"}]},
    ]  # fmt: skip
    path = _write(tmp_path / "s.jsonl", rows)
    out = CliRunner().invoke(cli, ["eval", "sentences", str(path), "--json", "--errors"])
    assert out.exit_code == 0, out.output
    notes = json.loads(out.output)["notes"]
    assert notes[0] == f"e1 text {SENTENCE}"
    assert any(n.startswith("e1 pred TUR REQUEST USA") for n in notes)
    assert "e1 fn RUS REQUEST USA" in notes
