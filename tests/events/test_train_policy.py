"""``marsad train events``: the hook policy is chosen for the shipped default (no adds)."""

from __future__ import annotations

import numpy as np

from marsad.events.train import ALL_TYPES, Data, RuleReading, choose_policy


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
    rules = [RuleReading({"ASSAULT"}, {"ASSAULT"}, []) for _ in range(2)]
    policy = choose_policy(_probs([0.9, 0.1], "ASSAULT"), data, src, rules)
    assert 0.1 < policy.gate["ASSAULT"] <= 0.9


def test_add_threshold_chosen_under_the_gate() -> None:
    # the rules miss a positive the model is sure of; a negative it is unsure of stays out
    data, src = _data([1, 1, 0], "PROTEST")
    nothing = RuleReading(set(), set(), [])
    rules = [RuleReading({"PROTEST"}, {"PROTEST"}, []), nothing, nothing]
    policy = choose_policy(_probs([0.9, 0.8, 0.3], "PROTEST"), data, src, rules)
    assert 0.3 < policy.add_at["PROTEST"] <= 0.8
