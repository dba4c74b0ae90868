"""The learned event-type model: features, storage, training and the rule-coder hook.

Sentences are written for these tests; the shared data is read only where named."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import msgspec
import numpy as np
import pytest
from tests.conftest import DATA, need

from marsad.doc import Document, Event, EventMention
from marsad.errors import MarsadError
from marsad.events.learned import (
    FEATURE_VERSION,
    Consult,
    EventTypeModel,
    Featurizer,
    Policy,
    before_id,
    bigram_id,
    key,
    load_model,
    model_path,
    save_model,
    stable_hash,
    token_features,
    with_ids,
)
from marsad.events.lexicon import load_resources
from marsad.events.ontology import load_ontology
from marsad.events.train import (
    ALL_TYPES,
    Data,
    Example,
    counts,
    featurize,
    fit,
    predict,
    read_gold,
    read_oeda,
)
from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings

BITS = 12
_TEXT = ("lines", "tokens", "sentences")


@pytest.fixture(scope="module")
def text_pipe() -> Pipeline:
    return Pipeline(Settings(steps=_TEXT))


@pytest.fixture(scope="module")
def featurizer() -> Featurizer:
    opts = Settings().normalize
    return Featurizer(BITS, opts, load_resources(opts)[0])


def _tiny_model(featurizer: Featurizer, word: str, kind: str) -> EventTypeModel:
    """A model that knows one thing: the stem ``word`` means ``kind``."""
    weights = np.zeros((1 << BITS, len(ALL_TYPES)), dtype=np.float32)
    weights[stable_hash("s=" + word, BITS), ALL_TYPES.index(kind)] = 8.0
    bias = np.full(len(ALL_TYPES), -4.0, dtype=np.float32)
    return EventTypeModel(ALL_TYPES, weights, bias, {kind: 0.5}, featurizer)


def test_stable_hash_is_fixed_and_in_range() -> None:
    assert stable_hash("s=هجوم", 18) == stable_hash("s=هجوم", 18) < (1 << 18)


def test_token_features_strip_clitics_and_article(text_pipe: Pipeline) -> None:
    doc = analyze("وسيتظاهر الطلاب غداً.", pipeline=text_pipe)
    feats, _ = token_features(doc.tokens[0], Settings().normalize)
    assert "s=يتظاهر" in feats and any(f.startswith("fut=") for f in feats)


def test_lexicon_features_name_the_rule_type(text_pipe: Pipeline, featurizer: Featurizer) -> None:
    doc = analyze("تظاهر مئات العمال أمام المصنع.", pipeline=text_pipe)
    assert stable_hash("T=PROTEST", BITS) in featurizer.ids(doc.tokens)


def test_missing_model_file_means_rules_alone(tmp_path: Path) -> None:
    lexicon = load_resources(Settings().normalize)[0]
    assert load_model(Settings().normalize, lexicon, tmp_path / "none.npz") is None


def test_corrupt_model_file_is_a_coded_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    lexicon = load_resources(Settings().normalize)[0]
    with pytest.raises(MarsadError, match="E302"):
        load_model(Settings().normalize, lexicon, bad)


def test_saved_model_scores_like_the_original(
    tmp_path: Path, text_pipe: Pipeline, featurizer: Featurizer
) -> None:
    model = _tiny_model(featurizer, "انفجار", "ASSAULT")
    path = tmp_path / "m.npz"
    meta = {"feature_version": FEATURE_VERSION, "bits": BITS, "thresholds": model.thresholds}
    save_model(path, ALL_TYPES, model.weights, model.bias, meta)
    loaded = load_model(Settings().normalize, featurizer.lexicon, path)
    assert loaded is not None
    doc = analyze("وقع انفجار قرب السوق.", pipeline=text_pipe)
    got = loaded.scores(doc, doc.sentences[0])
    assert got["ASSAULT"] == pytest.approx(model.scores(doc, doc.sentences[0])["ASSAULT"], 1e-3)


def test_fit_learns_a_separable_toy_problem() -> None:
    # two examples of one feature each: feature 0 -> type 0, feature 1 -> not
    flat = np.array([0, 1], dtype=np.int64)
    y = np.zeros((2, 2), dtype=np.float32)
    y[0, 0] = 1.0
    mask = np.zeros_like(y)
    mask[:, 0] = 1.0  # type 1 unknown for both
    data = Data(flat, np.array([1, 1]), y, mask, np.array([5, 9]), np.ones(2, np.float32))
    w, b = fit(data, l2=1e-4, epochs=200)
    assert w[0, 0] + b[0] > 2.0 > -2.0 > w[1, 0] + b[0]


def test_a_repeated_feature_counts_twice_in_the_training_matrix() -> None:
    # row 0 holds feature 0 twice and feature 1 once; row 1 feature 1 alone
    flat = np.array([0, 1, 0, 1], dtype=np.int64)
    y = np.zeros((2, 1), dtype=np.float32)
    data = Data(
        flat, np.array([3, 1]), y, np.ones_like(y), np.array([5, 9]), np.ones(2, np.float32)
    )
    assert counts(data).toarray().tolist() == [[2.0, 1.0], [0.0, 1.0]]
    w, b = np.array([[0.5], [-1.0]], dtype=np.float32), np.zeros(1, dtype=np.float32)
    z = np.log(predict(data, w, b) / (1 - predict(data, w, b)))  # the logits back
    assert z[:, 0] == pytest.approx([0.0, -1.0], abs=1e-5)


def test_featurize_masks_unknown_types(featurizer: Featurizer) -> None:
    ex = Example("هاجم مسلحون نقطة للشرطة.", "d1", {"ASSAULT": 1}, "oeda")
    data = featurize([ex], featurizer)
    assert data.mask.sum() == 1 and data.y[0, ALL_TYPES.index("ASSAULT")] == 1


def test_training_refuses_the_gold_test_sentences(tmp_path: Path) -> None:
    with pytest.raises(MarsadError, match="E302"):
        read_gold(tmp_path / "test.jsonl")


def test_training_refuses_the_test_split() -> None:
    with pytest.raises(MarsadError):
        read_oeda(need(DATA / "events" / "oeda_gsr" / "test"))


def _doc_with_event(text: str, kind: str, confidence: float) -> Document:
    doc = analyze(text, "2020-01-01", pipeline=Pipeline(Settings(steps=_TEXT)))
    sent = doc.sentences[0]
    tok = doc.tokens[0]
    mention = EventMention(
        sentence=0,
        trigger_start=tok.start,
        trigger_end=tok.end,
        trigger=tok.text,
        evidence_start=sent.start,
        evidence_end=sent.end,
    )
    doc.events = [Event(id="", type=kind, mentions=[mention], confidence=confidence)]  # type: ignore[arg-type]
    return doc


def test_consult_adds_a_confident_attack_the_rules_missed(featurizer: Featurizer) -> None:
    model = _tiny_model(featurizer, "انفجار", "ASSAULT")
    cues = load_resources(Settings().normalize)[1]
    doc = analyze("وقع انفجار قرب السوق.", "2020-01-01", pipeline=Pipeline(Settings(steps=_TEXT)))
    events = Consult(model, cues, load_ontology())(doc, [], [])
    assert [(e.type, e.mentions[0].trigger) for e in events] == [("ASSAULT", "انفجار")]


def test_a_policy_without_adds_adds_nothing(featurizer: Featurizer) -> None:
    model = _tiny_model(featurizer, "انفجار", "ASSAULT")
    cues = load_resources(Settings().normalize)[1]
    doc = analyze("وقع انفجار قرب السوق.", "2020-01-01", pipeline=Pipeline(Settings(steps=_TEXT)))
    policy = replace(model.policy, add=False)
    assert Consult(model, cues, load_ontology(), policy)(doc, [], []) == []


def test_settings_leave_model_adds_off_by_default() -> None:
    assert Settings().learned_adds is False


def test_consult_drops_a_weak_event_the_model_rules_out(featurizer: Featurizer) -> None:
    model = _tiny_model(featurizer, "انفجار", "ASSAULT")
    cues = load_resources(Settings().normalize)[1]
    doc = _doc_with_event("زار الوزير المعرض.", "PROTEST", 0.3)
    assert Consult(model, cues, load_ontology())(doc, doc.events, []) == []


def test_consult_leaves_unchecked_types_to_the_rules(featurizer: Featurizer) -> None:
    model = _tiny_model(featurizer, "انفجار", "ASSAULT")
    cues = load_resources(Settings().normalize)[1]
    doc = _doc_with_event("زار الوزير المعرض.", "SANCTION", 0.3)
    assert len(Consult(model, cues, load_ontology())(doc, doc.events, [])) == 1


def test_consult_keeps_a_strong_rule_event(featurizer: Featurizer) -> None:
    model = _tiny_model(featurizer, "انفجار", "ASSAULT")
    cues = load_resources(Settings().normalize)[1]
    doc = _doc_with_event("زار الوزير المعرض.", "PROTEST", 0.9)
    assert len(Consult(model, cues, load_ontology())(doc, doc.events, [])) == 1


def test_shipped_model_tells_an_attack_from_a_protest(text_pipe: Pipeline) -> None:
    opts = Settings().normalize
    model = load_model(opts, load_resources(opts)[0], model_path())
    if model is None:
        pytest.skip("no shipped event-type model")
    attack = analyze("قتل ثلاثة جنود في هجوم بعبوة ناسفة على دوريتهم.", pipeline=text_pipe)
    march = analyze("تظاهر آلاف المواطنين في الساحة مطالبين برحيل الحكومة.", pipeline=text_pipe)
    a = model.scores(attack, attack.sentences[0])
    m = model.scores(march, march.sentences[0])
    assert a["ASSAULT"] > a["PROTEST"] and m["PROTEST"] > m["ASSAULT"]


def test_consult_marks_an_attack_the_model_doubts_as_a_passing_mention(
    featurizer: Featurizer,
) -> None:
    model = _tiny_model(featurizer, "انفجار", "ASSAULT")  # knows nothing of this sentence
    cues = load_resources(Settings().normalize)[1]
    doc = _doc_with_event("زار الوزير المعرض.", "ASSAULT", 0.9)
    events = Consult(model, cues, load_ontology())(doc, doc.events, [])
    assert len(events) == 1 and not events[0].reported


def test_consult_keeps_a_confirmed_attack_reported(featurizer: Featurizer) -> None:
    model = _tiny_model(featurizer, "انفجار", "ASSAULT")
    cues = load_resources(Settings().normalize)[1]
    doc = _doc_with_event("وقع انفجار قرب السوق.", "ASSAULT", 0.9)
    events = Consult(model, cues, load_ontology())(doc, doc.events, [])
    assert [e.reported for e in events] == [True]


def test_policy_round_trips_through_the_model_file(tmp_path: Path, featurizer: Featurizer) -> None:
    model = _tiny_model(featurizer, "انفجار", "ASSAULT")
    policy = Policy(
        gate={"ASSAULT": 0.3, "PROTEST": 0.1},
        add_at={"ASSAULT": 0.4, "PROTEST": 0.6},
        sure={"ASSAULT": 2.0, "PROTEST": 0.9},
        sure_gate={"ASSAULT": 0.0, "PROTEST": 0.05},
        read_add={"ASSAULT": 2.0, "PROTEST": 0.1},
        lead={"ASSAULT": 2.0, "PROTEST": 0.5},
    )
    meta = {
        "feature_version": FEATURE_VERSION,
        "bits": BITS,
        "thresholds": model.thresholds,
        "policy": policy.meta(),
    }
    path = tmp_path / "m.npz"
    save_model(path, ALL_TYPES, model.weights, model.bias, meta)
    loaded = load_model(Settings().normalize, featurizer.lexicon, path)
    assert loaded is not None and loaded.policy == policy


def test_numbers_and_the_word_before_a_trigger_are_features(
    text_pipe: Pipeline, featurizer: Featurizer
) -> None:
    doc = analyze("قتل 5 أشخاص في هجوم.", pipeline=text_pipe)
    ids = featurizer.ids(doc.tokens)
    assert bigram_id("قتل", "<n>", BITS) in ids
    assert before_id("في", "ASSAULT", BITS) in ids


def test_words_pair_with_the_trigger_types_of_their_sentence(
    text_pipe: Pipeline, featurizer: Featurizer
) -> None:
    with_attack = featurizer.ids(analyze("أدان الوزير الهجوم.", pipeline=text_pipe).tokens)
    without = featurizer.ids(analyze("أدان الوزير القرار.", pipeline=text_pipe).tokens)
    paired = set(with_attack) - set(without)
    mask = (1 << BITS) - 1
    assert with_ids({key("|ASSAULT")}, [key("ادان")], mask)[0] in paired
    assert not set(with_ids({key("|ASSAULT")}, [key("ادان")], mask)) & set(without)


def test_a_sure_rule_event_passes_the_lower_gate() -> None:
    policy = Policy(gate={"PROTEST": 0.55}, sure={"PROTEST": 0.9}, sure_gate={"PROTEST": 0.05})
    sure = Event(id="", type="PROTEST", mentions=[], confidence=0.95)
    weak = Event(id="", type="PROTEST", mentions=[], confidence=0.6)
    assert policy.reported(sure, {"PROTEST": 0.1})
    assert not policy.reported(weak, {"PROTEST": 0.1})
    assert policy.reported(weak, {"PROTEST": 0.6})
    assert not policy.reported(sure, {"PROTEST": 0.03})


def test_memoised_scores_equal_the_sum_over_every_feature_id(
    text_pipe: Pipeline, featurizer: Featurizer
) -> None:
    rng = np.random.default_rng(3)
    weights = rng.normal(size=(1 << BITS, len(ALL_TYPES))).astype(np.float32)
    bias = rng.normal(size=len(ALL_TYPES)).astype(np.float32)
    model = EventTypeModel(ALL_TYPES, weights, bias, {}, featurizer)
    doc = analyze("قتل 3 جنود، وجرح 3 جنود في هجوم على الهجوم.", pipeline=text_pipe)
    ids = featurizer.ids(doc.tokens)  # repeats kept: the model counts features
    dense = bias[[0, 1]] + weights[ids][:, [0, 1]].sum(axis=0)
    kinds = (ALL_TYPES[0], ALL_TYPES[1])
    for _ in range(2):  # cold, then from the memo
        got = model.scores_tokens(doc.tokens, kinds)
        want = 1.0 / (1.0 + np.exp(-np.clip(dense, -30, 30)))
        assert [got[k] for k in kinds] == pytest.approx(want.tolist(), rel=1e-4)


def test_consult_raises_the_confidence_of_a_confirmed_event(featurizer: Featurizer) -> None:
    model = _tiny_model(featurizer, "انفجار", "ASSAULT")
    cues = load_resources(Settings().normalize)[1]
    doc = _doc_with_event("وقع انفجار قرب السوق.", "ASSAULT", 0.4)
    events = Consult(model, cues, load_ontology())(doc, doc.events, [])
    assert events[0].confidence > 0.9


def test_veto_never_drops_an_event_the_gate_calls_reported() -> None:
    policy = Policy(veto=0.1, gate={"ASSAULT": 0.3, "PROTEST": 0.05})
    weak = Event(id="", type="PROTEST", mentions=[], confidence=0.4)
    assert not policy.vetoed(weak, {"PROTEST": 0.07})  # above the gate: kept, reported
    assert policy.vetoed(weak, {"PROTEST": 0.03})
    attack = Event(id="", type="ASSAULT", mentions=[], confidence=0.4)
    assert policy.vetoed(attack, {"ASSAULT": 0.07})  # the 0.1 veto is under its gate


def _read_policy(model: EventTypeModel, **changes: object) -> Policy:
    """No model adds; protests the lexicon reads are added at 0.1 (Policy.read_add)."""
    base = replace(model.policy, add=False, read_add={"ASSAULT": 2.0, "PROTEST": 0.1})
    return replace(base, **changes)  # type: ignore[arg-type]


def test_consult_adds_a_protest_the_lexicon_reads_and_the_model_confirms(
    featurizer: Featurizer,
) -> None:
    model = _tiny_model(featurizer, "متظاهرون", "PROTEST")
    cues = load_resources(Settings().normalize)[1]
    doc = analyze("رفع المتظاهرون الأعلام في الساحة.", pipeline=Pipeline(Settings(steps=_TEXT)))
    events = Consult(model, cues, load_ontology(), _read_policy(model))(doc, [], [])
    assert [(e.type, e.mentions[0].trigger) for e in events] == [("PROTEST", "المتظاهرون")]


def test_a_read_protest_is_a_mention_not_a_report(featurizer: Featurizer) -> None:
    model = _tiny_model(featurizer, "متظاهرون", "PROTEST")  # sure of it: still a mention
    cues = load_resources(Settings().normalize)[1]
    doc = analyze("رفع المتظاهرون الأعلام في الساحة.", pipeline=Pipeline(Settings(steps=_TEXT)))
    events = Consult(model, cues, load_ontology(), _read_policy(model))(doc, [], [])
    assert [e.reported for e in events] == [False]


def test_no_read_add_where_the_lexicon_reads_no_protest(featurizer: Featurizer) -> None:
    model = _tiny_model(featurizer, "زار", "PROTEST")  # sure, but no trigger word backs it
    cues = load_resources(Settings().normalize)[1]
    doc = analyze("زار الوزير المعرض.", pipeline=Pipeline(Settings(steps=_TEXT)))
    assert Consult(model, cues, load_ontology(), _read_policy(model))(doc, [], []) == []


def _clash_doc() -> Document:
    """One sentence, an attack coded surer than the protest beside it."""
    doc = _doc_with_event("اشتبك المتظاهرون مع الشرطة.", "ASSAULT", 0.9)
    protest = msgspec.structs.replace(doc.events[0], type="PROTEST", confidence=0.8)
    doc.events.append(protest)
    return doc


def test_a_protest_the_model_is_sure_of_leads_its_sentence(featurizer: Featurizer) -> None:
    model = _tiny_model(featurizer, "متظاهرون", "PROTEST")
    cues = load_resources(Settings().normalize)[1]
    doc = _clash_doc()
    policy = _read_policy(model, lead={"ASSAULT": 2.0, "PROTEST": 0.5})
    events = Consult(model, cues, load_ontology(), policy)(doc, doc.events, [])
    assert max(events, key=lambda e: e.confidence).type == "PROTEST"


def test_without_a_lead_the_surer_rule_event_stays_on_top(featurizer: Featurizer) -> None:
    model = _tiny_model(featurizer, "متظاهرون", "PROTEST")
    cues = load_resources(Settings().normalize)[1]
    doc = _clash_doc()
    events = Consult(model, cues, load_ontology(), _read_policy(model))(doc, doc.events, [])
    by_type = {e.type: e.confidence for e in events}
    assert by_type["ASSAULT"] == 0.9


def _protest_and(kind: str, confidence: float) -> Document:
    """One sentence: a protest coded at 0.8 beside an event of ``kind``."""
    doc = _doc_with_event("تظاهر العمال وندد المتظاهرون بالقرار.", "PROTEST", 0.8)
    doc.events.append(msgspec.structs.replace(doc.events[0], type=kind, confidence=confidence))
    return doc


def test_a_protest_outranks_the_denunciation_its_crowd_voices(featurizer: Featurizer) -> None:
    model = _tiny_model(featurizer, "انفجار", "ASSAULT")  # no opinion on this sentence
    cues = load_resources(Settings().normalize)[1]
    doc = _protest_and("ACCUSE", 0.9)
    events = Consult(model, cues, load_ontology())(doc, doc.events, [])
    assert max(events, key=lambda e: e.confidence).type == "PROTEST"


def test_a_protest_does_not_outrank_an_attack_by_itself(featurizer: Featurizer) -> None:
    model = _tiny_model(featurizer, "انفجار", "ASSAULT")
    cues = load_resources(Settings().normalize)[1]
    doc = _protest_and("ACCUSE", 0.9)
    doc.events.append(msgspec.structs.replace(doc.events[0], type="ASSAULT", confidence=0.95))
    events = Consult(model, cues, load_ontology())(doc, doc.events, [])
    assert {e.type: e.confidence for e in events}["PROTEST"] < 0.9
