"""``marsad train events``: the hook policy is chosen for the shipped default (no adds)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from marsad.doc import Event, EventMention
from marsad.errors import MarsadError
from marsad.events.learned import Consult, Featurizer, Policy
from marsad.events.lexicon import load_resources
from marsad.events.ontology import load_ontology
from marsad.events.train import (
    ALL_TYPES,
    Data,
    Example,
    FixedScores,
    RuleReading,
    _found,
    choose_policy,
    per_type_values,
    read_oeda,
    simulate_hook,
    span_types,
)
from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings


def _data(labels: list[int], kind: str) -> tuple[Data, np.ndarray]:
    n, c = len(labels), ALL_TYPES.index(kind)
    y = np.zeros((n, len(ALL_TYPES)), dtype=np.float32)
    mask = np.zeros_like(y)
    y[:, c], mask[:, c] = labels, 1.0
    empty = np.zeros(0, dtype=np.int64)
    data = Data(empty, np.zeros(n, dtype=np.int64), y, mask, empty, np.ones(n, dtype=np.float32))
    return data, np.array(["oeda"] * n)


def _probs(values: list[float], kind: str) -> np.ndarray:
    out = np.zeros((len(values), len(ALL_TYPES)), dtype=np.float32)
    out[:, ALL_TYPES.index(kind)] = values
    return out


def test_gate_keeps_confirmed_rule_events_and_drops_doubted_ones() -> None:
    # two rule detections: a true one the model confirms, a false one it doubts
    data, src = _data([1, 0], "ASSAULT")
    rules = [RuleReading({"ASSAULT"}, {"ASSAULT"}, [], {"ASSAULT": 0.5}) for _ in range(2)]
    policy = choose_policy(_probs([0.9, 0.1], "ASSAULT"), data, src, rules)
    assert 0.1 < policy.gate["ASSAULT"] <= 0.9
    assert policy.sure["ASSAULT"] > 1.0  # no lower gate where none helps


def test_sure_rule_events_pass_a_lower_gate() -> None:
    # a true event the rules are sure of and the model doubts; a false weak one the model
    # half-believes; a true weak one the model confirms
    data, src = _data([1, 0, 1], "ASSAULT")
    rules = [RuleReading({"ASSAULT"}, {"ASSAULT"}, [], {"ASSAULT": c}) for c in (0.95, 0.5, 0.5)]
    policy = choose_policy(_probs([0.1, 0.3, 0.8], "ASSAULT"), data, src, rules)
    assert policy.passes("ASSAULT", 0.95, 0.1)
    assert not policy.passes("ASSAULT", 0.5, 0.3)
    assert policy.passes("ASSAULT", 0.5, 0.8)


def test_add_threshold_chosen_under_the_gate() -> None:
    # the rules miss a positive the model is sure of; a negative it is unsure of stays out
    data, src = _data([1, 1, 0], "PROTEST")
    nothing = RuleReading(set(), set(), [], {})
    rules = [RuleReading({"PROTEST"}, {"PROTEST"}, [], {"PROTEST": 0.9}), nothing, nothing]
    policy = choose_policy(_probs([0.9, 0.8, 0.3], "PROTEST"), data, src, rules)
    assert 0.3 < policy.add_at["PROTEST"] <= 0.8


def _oeda_folder(tmp: Path) -> Path:
    rows = [
        ("ASSAULT", "X_ARB_20080101.0001-1", "yes", "جملة أولى عن قصف."),
        ("PROTEST", "X_ARB_20080101.0001-2", "ambiguous", "جملة ثانية عن مظاهرة."),
        ("PROTEST", "X_ARB_20080101.0001-3", "difficult no", "جملة ثالثة عن مسيرة."),
    ]
    with (tmp / "all_gsr.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["event_type", "id", "label", "text"])
        out.writerows(rows)
    spans = [{"source": sid, "text": text, "event_type": kind} for kind, sid, _, text in rows]
    (tmp / "all_spans.json").write_text(json.dumps(spans, ensure_ascii=False), encoding="utf-8")
    return tmp


def test_span_records_of_ambiguous_rows_are_training_positives(tmp_path: Path) -> None:
    examples = read_oeda(_oeda_folder(tmp_path))
    got = sorted((ex.source, ex.labels.get("PROTEST")) for ex in examples if "PROTEST" in ex.labels)
    # the ambiguous row is no detection row; its span record is a positive; difficult no stays 0
    assert got == [("oeda", 0), ("spans", 1)]
    assert [ex.source for ex in examples if "ASSAULT" in ex.labels] == ["oeda"]


def test_ambiguous_span_records_can_be_left_out(tmp_path: Path) -> None:
    examples = read_oeda(_oeda_folder(tmp_path), ambiguous_spans=False)
    assert [ex.source for ex in examples] == ["oeda", "oeda"]


def test_a_read_add_is_no_detection_but_a_found_type() -> None:
    # the rules coded nothing, the lexicon reads a protest, the model gives 0.7
    data, src = _data([1], "PROTEST")
    reading = RuleReading(set(), set(), [], {}, {"PROTEST"})
    policy = Policy(add=False, read_add={"PROTEST": 0.1}, add_at={"PROTEST": 0.6})
    scores = simulate_hook(_probs([0.7], "PROTEST"), data, src, [reading], policy)
    assert scores["rules + model gate: oeda PROTEST detection"].f1 == 0.0
    assert _found(reading, _probs([0.7], "PROTEST")[0], policy) == {"PROTEST"}


def test_type_values_are_parsed_per_type() -> None:
    assert per_type_values(("PROTEST=0.1", "ASSAULT=0.4"), "--read-add") == {
        "PROTEST": 0.1,
        "ASSAULT": 0.4,
    }


def test_a_bad_type_value_is_a_coded_error() -> None:
    with pytest.raises(MarsadError):
        per_type_values(("RIOT=0.1",), "--lead")


def test_detection_rows_with_a_span_record_carry_its_type(tmp_path: Path) -> None:
    examples = read_oeda(_oeda_folder(tmp_path))
    assert sorted((ex.source, ex.span) for ex in examples) == [
        ("oeda", "ASSAULT"),
        ("oeda", "PROTEST"),
        ("spans", "PROTEST"),
    ]


def test_span_type_accuracy_reads_the_top_event_after_the_hook() -> None:
    opts = Settings().normalize
    lexicon, cues = load_resources(opts)
    text = "تظاهر العمال وندد المتظاهرون بالقرار."
    doc = analyze(text, pipeline=Pipeline(Settings(steps=("lines", "tokens", "sentences"))))
    tok, sent = doc.tokens[0], doc.sentences[0]
    mention = EventMention(
        sentence=0,
        trigger_start=tok.start,
        trigger_end=tok.end,
        trigger=tok.text,
        evidence_start=sent.start,
        evidence_end=sent.end,
    )
    doc.events = [
        Event(id="", type="PROTEST", mentions=[mention], confidence=0.8),
        Event(id="", type="ACCUSE", mentions=[mention], confidence=0.9),
    ]
    example = Example(text, "g", {"PROTEST": 1}, "spans", "PROTEST")
    probs = np.full((1, len(ALL_TYPES)), 0.5, dtype=np.float32)

    def consult(scores: FixedScores) -> Consult:
        return Consult(scores, cues, load_ontology(), Policy(add=False))

    featurizer = Featurizer(12, opts, lexicon)
    got = span_types(probs, [example], [doc], featurizer, consult)
    assert got["oeda spans PROTEST type_top"].f1 == 1.0  # the protest outranks the denunciation
