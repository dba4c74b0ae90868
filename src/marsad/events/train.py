"""``marsad train events``: the learned sentence-level event-type model (``learned``).

Data (dev splits only; the OEDA ``test`` split is never read):
- ``oeda_gsr/dev/*_gsr.csv``: ``yes`` is a positive of the file's type, ``easy no`` and
  ``difficult no`` negatives of that type; ``ambiguous`` rows are left out. Other types
  are unknown for these rows (masked out of the loss).
- ``oeda_gsr/dev/*_spans.json``: records not in the CSV are positives of their type.
- ``gold/sentences/dev.jsonl``: every type is known (multi-label; no event = NONE).
- ``news/ant_multisource/articles.jsonl.gz`` (unlabelled): word vectors (PPMI + SVD), whose
  sum over a sentence's words is a feature; no label or split of it is read.

Model selection and every reported figure use k-fold cross-validation (folds grouped by
article for the gold sentences); the shipped model is then fitted on all of it.
"""

from __future__ import annotations

import copy
import csv
import gzip
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import repeat
from pathlib import Path

import click
import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import svds

from marsad.doc import Document, Event, Token
from marsad.errors import Err, MarsadError
from marsad.eval.oeda import top_event
from marsad.events.learned import (
    CROWD_READS,
    FEATURE_VERSION,
    NEVER,
    NO_EVENT,
    Consult,
    Featurizer,
    Policy,
    WordTable,
    key,
    model_path,
    save_model,
)
from marsad.events.lexicon import TYPES, Cues, load_resources
from marsad.events.merge import merge_events
from marsad.events.ontology import Ontology, load_ontology
from marsad.pipeline import Pipeline, analyze
from marsad.settings import NormalizeOptions, Settings
from marsad.text.normalize import table_for
from marsad.text.tokenize import TOKEN_RE

DEFAULT_OEDA = Path("../shared/data/events/oeda_gsr/dev")
DEFAULT_GOLD = Path("../shared/gold/sentences/dev.jsonl")
# unlabelled news for the word vectors (ANT: 2018 articles, none of them OEDA's Gigaword)
DEFAULT_CORPUS = Path("../shared/data/news/ant_multisource/articles.jsonl.gz")
ALL_TYPES = (*sorted(TYPES), NO_EVENT)
OEDA_TYPES = ("ASSAULT", "PROTEST")


@dataclass(slots=True)
class Example:
    text: str
    group: str  # examples of one group share a fold (one article)
    labels: dict[str, int]  # known labels only
    source: str  # "oeda" (a detection row), "spans" (a span record only) or "gold"
    span: str = ""  # the type of the OEDA span record of this text, if there is one
    hard: bool = False  # an OEDA "difficult no" row: annotators split, mostly rejecting


def _refuse_test(path: Path, kind: str, fix: str) -> None:
    if "test" in path.parts or path.stem == "test":
        raise MarsadError(
            Err.BAD_DATA_FILE,
            source=path,
            kind=kind,
            detail="the test split is for the final report only",
            fix=fix,
        )


def read_oeda(folder: Path, ambiguous_spans: bool = True) -> list[Example]:
    """The CSV rows (``source="oeda"``: detection rows, scored) and the span records not
    read as a yes/no row of their type (``source="spans"``: positives for training only).
    A span record is an annotated event, so one whose CSV row is ``ambiguous`` (too few
    labels) is a positive too unless ``ambiguous_spans`` is off; one the annotators
    mostly rejected (``difficult no``) stays a negative."""
    _refuse_test(folder, "OEDA training", "train on shared/data/events/oeda_gsr/dev.")
    out: list[Example] = []
    labels: dict[tuple[str, str], str] = {}
    records = [r for path in sorted(folder.glob("*_spans.json")) for r in _records(path)]
    spanned = {(r["source"], r["event_type"]) for r in records}
    for path in sorted(folder.glob("*_gsr.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                labels[row["id"], row["event_type"]] = row["label"]
                if row["label"] == "ambiguous":
                    continue
                label = int(row["label"] == "yes")
                group = row["id"].rsplit("-", 1)[0]
                kind = row["event_type"]
                span = kind if (row["id"], kind) in spanned else ""
                hard = row["label"] == "difficult no"
                out.append(Example(row["text"], group, {kind: label}, "oeda", span, hard))
    taken = {"yes", "easy no", "difficult no"} | (set() if ambiguous_spans else {"ambiguous"})
    for rec in records:
        kind = rec["event_type"]
        if labels.get((rec["source"], kind)) not in taken:
            labels[rec["source"], kind] = "yes"
            group = rec["source"].rsplit("-", 1)[0]
            out.append(Example(rec["text"], group, {kind: 1}, "spans", kind))
    return out


def _records(path: Path) -> list[dict[str, str]]:
    records: list[dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return records


def read_gold(path: Path) -> list[Example]:
    _refuse_test(path, "gold sentences", "train on shared/gold/sentences/dev.jsonl.")
    out: list[Example] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        kinds = {e["type"] for e in rec["events"]} or {NO_EVENT}
        out.append(
            Example(rec["sentence"], rec["docno"], {t: int(t in kinds) for t in ALL_TYPES}, "gold")
        )
    return out


@dataclass(frozen=True, slots=True)
class Vectors:
    """Distributional word vectors: row i is the vector of the word form whose crc32
    ``key`` is ``keys[i]``."""

    keys: np.ndarray  # (n,) int64
    vectors: np.ndarray  # (n, dim) float32, unit length

    def rows(self) -> dict[int, int]:
        return {k: i for i, k in enumerate(self.keys.tolist())}


def corpus_words(corpus: Path, opts: NormalizeOptions) -> list[list[str]]:
    """Each article's word tokens, normalised as the tokenizer normalises them
    (``Token.norm``); the ANT jsonl's ``text`` field."""
    table = table_for(opts)
    out: list[list[str]] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            out.append(
                [
                    m.group().translate(table)
                    for m in TOKEN_RE.finditer(text)
                    if m.lastgroup == "word"
                ]
            )
    return out


def word_vectors(
    articles: list[list[str]], dim: int, size: int = 50_000, min_count: int = 8, window: int = 4
) -> Vectors:
    """PPMI of word co-occurrence (within ``window`` words, weighted 1/distance; context
    counts smoothed to the power 0.75), reduced by truncated SVD: the ``size`` commonest
    forms seen at least ``min_count`` times. Words used alike (قتل، مقتل، لقي مصرعه;
    متظاهرين، محتجين) get near vectors, so the model's weights reach words the few
    thousand labelled sentences never show. Deterministic (a fixed ARPACK start vector)."""
    freq = Counter(w for words in articles for w in words)
    vocab = [w for w, c in freq.most_common(size) if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    gap = [-1] * window  # articles do not run into each other
    ids = np.array([i for words in articles for i in [*map(index.get, words, repeat(-1)), *gap]])
    n = len(vocab)
    co = sp.csr_matrix((n, n), dtype=np.float32)
    for d in range(1, window + 1):
        a, b = ids[:-d], ids[d:]
        ok = (a >= 0) & (b >= 0)
        one = np.full(int(ok.sum()), 1.0 / d, dtype=np.float32)
        pairs = sp.csr_matrix((one, (a[ok], b[ok])), shape=(n, n))
        co = co + pairs + pairs.T
    c = co.tocoo()
    total = float(c.sum())
    row_p = np.asarray(co.sum(axis=1)).ravel() / total
    ctx = np.asarray(co.sum(axis=0)).ravel() ** 0.75
    ctx /= ctx.sum()
    pmi = np.log(c.data / total / row_p[c.row] / ctx[c.col])
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep].astype(np.float32), (c.row[keep], c.col[keep])), shape=(n, n))
    start = np.random.default_rng(0).uniform(size=n)
    u, s, _ = svds(ppmi, k=dim, v0=start)
    vec = u * np.sqrt(s)
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-9)
    keys = np.array([key(w) for w in vocab], dtype=np.int64)
    return Vectors(keys, vec.astype(np.float32))


@dataclass(slots=True)
class Data:
    """Examples as a flat sparse binary matrix: ``flat`` feature ids, ``offsets`` per row,
    and, with word vectors, the sum of the vectors of each example's words (``dense``)."""

    flat: np.ndarray  # compact feature ids (indices into ``vocab``)
    lengths: np.ndarray
    y: np.ndarray  # (n, types) 0/1
    mask: np.ndarray  # (n, types) 1 where the label is known
    vocab: np.ndarray  # hashed bucket of each compact id
    weight: np.ndarray  # (n,) example weight in the loss
    dense: np.ndarray | None = None  # (n, dim): summed word vectors, times the scale

    def subset(self, rows: np.ndarray) -> Data:
        starts = np.concatenate([[0], np.cumsum(self.lengths)[:-1]])
        flat = np.concatenate([self.flat[starts[r] : starts[r] + self.lengths[r]] for r in rows])
        dense = self.dense[rows] if self.dense is not None else None
        return Data(
            flat,
            self.lengths[rows],
            self.y[rows],
            self.mask[rows],
            self.vocab,
            self.weight[rows],
            dense,
        )


def featurize(
    examples: list[Example],
    featurizer: Featurizer,
    gold_weight: float = 1.0,
    vectors: Vectors | None = None,
    scale: float = 1.0,
) -> Data:
    """Each example's feature ids and labels; with ``vectors``, the sum of its words'
    vectors times ``scale`` (a sum, as each word's weights add up at inference, see
    ``learned.WordTable``; the scale sets how far the shared l2 holds those weights)."""
    pipe = Pipeline(Settings(steps=("lines", "tokens", "sentences")))
    rows: list[np.ndarray] = []
    y = np.zeros((len(examples), len(ALL_TYPES)), dtype=np.float32)
    mask = np.zeros_like(y)
    row_of = vectors.rows() if vectors is not None else {}
    dense = np.zeros((len(examples), vectors.vectors.shape[1] if vectors else 0), np.float32)
    for i, ex in enumerate(examples):
        doc: Document = analyze(ex.text, pipeline=pipe)
        ids = np.array(featurizer.ids(doc.tokens), dtype=np.int64)  # counts: repeats kept
        rows.append(ids if len(ids) else np.array([0], dtype=np.int64))
        if vectors is not None:
            hit = [
                row_of[k] for t in doc.tokens if t.kind == "word" and (k := key(t.norm)) in row_of
            ]
            dense[i] = vectors.vectors[hit].sum(axis=0) * scale if hit else 0.0
        for kind, label in ex.labels.items():
            col = ALL_TYPES.index(kind)
            y[i, col], mask[i, col] = label, 1.0
    lengths = np.array([len(r) for r in rows], dtype=np.int64)
    # Training works in the space of buckets that occur (far fewer than 2**bits).
    vocab, flat = np.unique(np.concatenate(rows), return_inverse=True)
    weight = np.array([gold_weight if ex.source == "gold" else 1.0 for ex in examples])
    return Data(
        flat.astype(np.int64),
        lengths,
        y,
        mask,
        vocab,
        weight.astype(np.float32),
        dense if vectors is not None else None,
    )


def counts(data: Data) -> sp.csr_matrix:
    """The examples as a sparse matrix of feature counts (a repeated id counts twice),
    the summed word vectors, if any, as columns after the buckets."""
    ends = np.concatenate([[0], np.cumsum(data.lengths)])
    ones = np.ones(len(data.flat), dtype=np.float32)
    x = sp.csr_matrix((ones, data.flat, ends), shape=(len(data.lengths), len(data.vocab)))
    x.sum_duplicates()
    if data.dense is not None:
        x = sp.hstack([x, sp.csr_matrix(data.dense)], format="csr")
    return x


def word_table(data: Data, w: np.ndarray, vectors: Vectors | None, scale: float) -> WordTable:
    """The weights of the vector columns folded into each word form: its vector times
    ``scale`` times those weights, what the word adds to a sentence's score."""
    if vectors is None or data.dense is None:
        return WordTable()
    return WordTable(vectors.keys, (vectors.vectors * scale) @ w[len(data.vocab) :])


def fit(data: Data, l2: float, epochs: int, lr: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Masked one-vs-rest logistic regression, full-batch Adam; each type's loss is the
    mean over the examples where it is known, so rare types are not drowned out. Sparse
    products (scipy) instead of a gather and a bincount per type: the same sums, and a
    5-fold cross-validation runs in seconds, so settings can be compared over seeds."""
    n_types = data.y.shape[1]
    x = counts(data)
    xt = x.T.tocsr()
    w = np.zeros((x.shape[1], n_types), dtype=np.float32)
    b = np.zeros(n_types, dtype=np.float32)
    known = data.mask * data.weight[:, None]
    scale = known / np.maximum(known.sum(axis=0), 1.0)
    m_w, v_w = np.zeros_like(w), np.zeros_like(w)
    m_b, v_b = np.zeros_like(b), np.zeros_like(b)
    for t in range(1, epochs + 1):
        g = (_sigmoid(b + x @ w) - data.y) * scale
        gw = np.asarray(xt @ g, dtype=np.float32) + l2 * w
        for p, gr, m, v in ((w, gw, m_w, v_w), (b, g.sum(axis=0), m_b, v_b)):
            m *= 0.9
            m += 0.1 * gr
            v *= 0.999
            v += 0.001 * gr * gr
            p -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w, b


def predict(data: Data, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    return _sigmoid(b + counts(data) @ w)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


def folds_of(examples: list[Example], k: int, seed: int) -> np.ndarray:
    """A fold number per example; all examples of one group share a fold."""
    groups = sorted({ex.group for ex in examples})
    order = np.random.default_rng(seed).permutation(len(groups))
    fold_of = {groups[g]: i % k for i, g in enumerate(order)}
    return np.array([fold_of[ex.group] for ex in examples])


def out_of_fold(data: Data, fold: np.ndarray, l2: float, epochs: int) -> np.ndarray:
    probs = np.zeros_like(data.y)
    for f in range(int(fold.max()) + 1):
        train, held = np.flatnonzero(fold != f), np.flatnonzero(fold == f)
        w, b = fit(data.subset(train), l2, epochs)
        probs[held] = predict(data.subset(held), w, b)
    return probs


@dataclass(slots=True)
class Score:
    p: float
    r: float
    f1: float
    n: int  # examples scored

    def row(self) -> str:
        return f"P {self.p:.3f}  R {self.r:.3f}  F1 {self.f1:.3f}  (n={self.n})"


def prf(pred: np.ndarray, gold: np.ndarray) -> Score:
    tp = float((pred & gold).sum())
    p = tp / max(float(pred.sum()), 1.0)
    r = tp / max(float(gold.sum()), 1.0)
    return Score(p, r, 2 * p * r / max(p + r, 1e-9), int(gold.size))


def best_thresholds(probs: np.ndarray, data: Data) -> dict[str, float]:
    """Per type, the threshold with the best out-of-fold F1 where the type is known."""
    out: dict[str, float] = {}
    grid = np.round(np.arange(0.05, 0.96, 0.05), 2)
    for c, kind in enumerate(ALL_TYPES):
        known = data.mask[:, c] > 0
        gold = data.y[known, c] > 0
        f1s = [prf(probs[known, c] >= t, gold).f1 for t in grid]
        out[kind] = float(grid[int(np.argmax(f1s))])
    return out


def report(
    probs: np.ndarray, data: Data, src: np.ndarray, thr: dict[str, float]
) -> dict[str, Score]:
    """Detection on the OEDA rows per type; type sets and clean no-event on gold rows."""
    out: dict[str, Score] = {}
    for kind in OEDA_TYPES:
        c = ALL_TYPES.index(kind)
        rows = (src == "oeda") & (data.mask[:, c] > 0)
        out[f"oeda {kind} detection"] = prf(probs[rows, c] >= thr[kind], data.y[rows, c] > 0)
    gold = src == "gold"
    types = [c for c, k in enumerate(ALL_TYPES) if k != NO_EVENT]
    cut = np.array([thr[ALL_TYPES[c]] for c in types])
    pred = probs[gold][:, types] >= cut
    truth = data.y[gold][:, types] > 0
    out["gold sentences type F1 (micro)"] = prf(pred, truth)
    none = ~truth.any(axis=1)
    clean = float((~pred[none].any(axis=1)).mean()) if none.any() else 0.0
    out["gold sentences no-event clean"] = Score(clean, clean, clean, int(none.sum()))
    return out


def rule_events(examples: list[Example]) -> list[list[Event]]:
    """The rule coder's events of each example (the learned model switched off)."""
    return [doc.events for doc in rule_docs(examples)]


def rule_docs(examples: list[Example]) -> list[Document]:
    """Each example analysed with the learned model switched off (the rules alone)."""
    pipe = Pipeline(Settings(learned_events=False))
    return [analyze(ex.text, pipeline=pipe) for ex in examples]


@dataclass(slots=True)
class FixedScores:
    """One example's out-of-fold probabilities, read by ``Consult`` for every sentence
    of it as if the model gave them (``learned.Scores``)."""

    probs: dict[str, float]
    featurizer: Featurizer

    def scores_tokens(
        self, tokens: list[Token], kinds: tuple[str, ...] | None = None
    ) -> dict[str, float]:
        return {k: self.probs[k] for k in kinds or ALL_TYPES}

    def best_token(self, tokens: list[Token], kind: str) -> int:
        return next((i for i, t in enumerate(tokens) if t.kind == "word"), 0)


def _consult(cues: Cues, onto: Ontology, policy: Policy) -> Callable[[FixedScores], Consult]:
    def build(scores: FixedScores) -> Consult:
        return Consult(scores, cues, onto, policy)

    return build


def span_types(
    probs: np.ndarray,
    examples: list[Example],
    docs: list[Document],
    featurizer: Featurizer,
    consult: Callable[[FixedScores], Consult],
) -> dict[str, Score]:
    """PLOVER-type accuracy on the OEDA span records, as ``eval oeda`` scores it (the top
    happened event has the record's type), under the hook ``consult`` builds."""
    hits: dict[str, list[bool]] = {}
    for i, ex in enumerate(examples):
        if not ex.span:
            continue
        doc = copy.deepcopy(docs[i])
        hook = consult(
            FixedScores(dict(zip(ALL_TYPES, probs[i].tolist(), strict=True)), featurizer)
        )
        doc.events = merge_events(hook(doc, doc.events, []))
        top = top_event(doc)
        hits.setdefault(ex.span, []).append(top is not None and top.type == ex.span)
    out: dict[str, Score] = {}
    for kind, got in sorted(hits.items()):
        acc = float(np.mean(got))
        out[f"oeda spans {kind} type_top"] = Score(acc, acc, acc, len(got))
    return out


@dataclass(slots=True)
class RuleReading:
    """What the rule coder (model off) coded in one example, for simulating the hook."""

    kinds: set[str]  # every type it coded, whatever the modality
    happened: set[str]  # types of its reported, happened (not negated, intended...) events
    events: list[Event]
    sure: dict[str, float]  # per happened type, its most confident event's confidence
    read: set[str] = field(default_factory=set)  # checked types the lexicon reads (read_add)


def read_rules(events: list[list[Event]], reads: list[set[str]] | None = None) -> list[RuleReading]:
    reads = reads if reads is not None else [set() for _ in events]
    return [
        RuleReading(
            {e.type for e in evs},
            {e.type for e in evs if _happened(e)},
            evs,
            _sure(evs),
            read,
        )
        for evs, read in zip(events, reads, strict=True)
    ]


def lexicon_reads(examples: list[Example], featurizer: Featurizer) -> list[set[str]]:
    """Per example, the checked types the rule lexicon reads in some word of it (what
    ``Consult`` reads before a ``read_add``), the example read as one sentence."""
    pipe = Pipeline(Settings(steps=("lines", "tokens", "sentences")))
    keys = {key("|" + k): k for k in OEDA_TYPES}
    out: list[set[str]] = []
    for ex in examples:
        doc = analyze(ex.text, pipeline=pipe)
        words = [t for t in doc.tokens if t.kind == "word"]
        read = {keys[k] for t in words for k in featurizer.word_kinds(t) if k in keys}
        if any(featurizer.is_crowd(t.norm) for t in words):
            read.add(CROWD_READS)  # protesters named: Consult reads the type too
        out.append(read)
    return out


def _happened(e: Event) -> bool:
    return e.reported and not (e.negated or e.intent or e.hypothetical)


def _sure(events: list[Event]) -> dict[str, float]:
    out: dict[str, float] = {}
    for e in events:
        if _happened(e):
            out[e.type] = max(out.get(e.type, 0.0), e.confidence)
    return out


def label_weights(examples: list[Example], positive: float, hard: float) -> np.ndarray:
    """``positive`` for each OEDA row or span record that is a positive of its type (a
    few dozen PROTEST reports against a thousand negatives), ``hard`` for each "difficult
    no" row (split annotators: a noisy negative), 1 elsewhere (gold sentences, clear
    negatives)."""
    return np.array(
        [
            1.0
            if ex.source == "gold"
            else positive
            if any(ex.labels.values())
            else hard
            if ex.hard
            else 1.0
            for ex in examples
        ],
        dtype=np.float32,
    )


def fired_weights(examples: list[Example], rules: list[RuleReading], weight: float) -> np.ndarray:
    """``weight`` for each OEDA detection row whose type the rules code (whether the gate
    should pass such a sentence is what the model is consulted for), 1 elsewhere."""
    return np.array(
        [
            weight if ex.source == "oeda" and rule.kinds & ex.labels.keys() else 1.0
            for ex, rule in zip(examples, rules, strict=True)
        ],
        dtype=np.float32,
    )


def _detected(rule: RuleReading, kind: str, p: float, policy: Policy) -> bool:
    """The hook's detection of ``kind`` in one sentence: a happened rule event the model
    lets through its gate (reported), or an event it adds where the rules coded none."""
    if kind in rule.kinds:
        return kind in rule.happened and policy.passes(kind, rule.sure[kind], p)
    return policy.add and p >= policy.add_at.get(kind, NEVER)  # read adds: never reported


_SURE = (NEVER, 0.6, 0.7, 0.8, 0.9)  # rule confidences tried for the lower gate
_SURE_GATE = (0.05, 0.1, 0.15)


def choose_policy(
    probs: np.ndarray, data: Data, src: np.ndarray, rules: list[RuleReading]
) -> Policy:
    """Per checked type, on the out-of-fold detection F1 of the OEDA rows of that type (a
    grid of 0.05 steps): first the gate with the lower gate for sure rule events, with
    nothing added (the shipped default, ``Settings.learned_adds`` off), then the add
    threshold under that gate. Ties: the lower gate, no lower gate."""
    grid = np.round(np.arange(0.05, 0.96, 0.05), 2).tolist()
    pol = Policy(add=False)
    for kind in OEDA_TYPES:
        c = ALL_TYPES.index(kind)
        rows = np.flatnonzero((src == "oeda") & (data.mask[:, c] > 0))
        gold = data.y[rows, c] > 0
        readings = [(rules[i], float(probs[i, c])) for i in rows]
        tries = [(g, s, sg) for s in _SURE for sg in _SURE_GATE for g in grid if sg < g]
        scored = [
            (_hook_f1(readings, gold, kind, _set(pol, kind, *t)), i) for i, t in enumerate(tries)
        ]
        g, s, sg = tries[max(scored, key=lambda x: (x[0], -x[1]))[1]]
        pol = _set(pol, kind, g, s, sg)
        pol = replace(pol, add=True)
        adds = [(_hook_f1(readings, gold, kind, _set(pol, kind, g, s, sg, a)), -a) for a in grid]
        pol = replace(_set(pol, kind, g, s, sg, -max(adds)[1]), add=False)
    return replace(pol, add=True)


def _set(
    pol: Policy, kind: str, gate: float, sure: float, sure_gate: float, add_at: float = NEVER
) -> Policy:
    return replace(
        pol,
        gate={**pol.gate, kind: gate},
        sure={**pol.sure, kind: sure},
        sure_gate={**pol.sure_gate, kind: sure_gate},
        add_at={**pol.add_at, kind: add_at},
    )


def _hook_f1(
    readings: list[tuple[RuleReading, float]], gold: np.ndarray, kind: str, pol: Policy
) -> float:
    pred = np.array([_detected(rule, kind, p, pol) for rule, p in readings], dtype=bool)
    return prf(pred, gold).f1


def simulate_hook(
    probs: np.ndarray, data: Data, src: np.ndarray, rules: list[RuleReading], policy: Policy
) -> dict[str, Score]:
    """Rules alone, rules + the hook's gate (the default: ``Settings.learned_adds`` off) and
    rules + gate + adds, on out-of-fold probabilities (each example read as one sentence):
    detection on the OEDA rows (reported events only with the hook), type sets on the gold
    sentences (every happened event, as the gold counts)."""
    out: dict[str, Score] = {}
    unread = without_reads(policy)
    variants = (
        ("rules alone", None),
        ("rules + model gate, no read adds", unread),
        ("rules + model gate", replace(policy, add=False)),
        ("rules + model gate + adds", replace(policy, add=True)),
    )
    for name, pol in variants:
        found = [_found(rule, p, pol) for p, rule in zip(probs, rules, strict=True)]
        for kind in OEDA_TYPES:
            c = ALL_TYPES.index(kind)
            rows = np.flatnonzero((src == "oeda") & (data.mask[:, c] > 0))
            if pol is not None:
                pred = np.array([_detected(rules[i], kind, probs[i, c], pol) for i in rows], bool)
            else:
                pred = np.array([kind in found[i] for i in rows], dtype=bool)
            out[f"{name}: oeda {kind} detection"] = prf(pred, data.y[rows, c] > 0)
        gold = np.flatnonzero(src == "gold")
        types = [t for t in ALL_TYPES if t != NO_EVENT]
        pred = np.array([[t in found[i] for t in types] for i in gold], dtype=bool)
        pred = pred.reshape(len(gold), len(types))
        truth = data.y[gold][:, [ALL_TYPES.index(t) for t in types]] > 0
        out[f"{name}: gold sentences type F1"] = prf(pred, truth)
    return out


def _found(rule: RuleReading, p: np.ndarray, policy: Policy | None) -> set[str]:
    """Types of the happened events one example keeps (and gains) under ``policy``."""
    if policy is None:
        return {e.type for e in rule.events if not (e.negated or e.intent or e.hypothetical)}
    scores = dict(zip(ALL_TYPES, p.tolist(), strict=True))
    kept = [e for e in rule.events if not policy.vetoed(e, scores)]
    kinds = {e.type for e in kept if not (e.negated or e.intent or e.hypothetical)}
    return (
        kinds
        | set(policy.adds(rule.events, scores))
        | set(policy.read_adds(rule.events, scores, rule.read))
    )


def per_type_values(values: tuple[str, ...], option: str) -> dict[str, float]:
    """``TYPE=P`` option values (a checked type, a probability) as a dict."""
    out: dict[str, float] = {}
    for v in values:
        kind, _, num = v.partition("=")
        try:
            p = float(num)
        except ValueError:
            p = -1.0
        if kind not in OEDA_TYPES or not 0.0 <= p <= 1.0:
            raise MarsadError(
                Err.BAD_RECORD,
                source=option,
                detail=f"{v!r} is not TYPE=P (TYPE one of {OEDA_TYPES}, P in [0, 1])",
                fix=f"write e.g. {option} PROTEST=0.3",
            )
        out[kind] = p
    return out


def _flags(args: dict[str, object]) -> list[str]:
    """The command line options of ``args`` (a tuple is a repeated option)."""
    out: list[str] = []
    for k, v in args.items():
        if k not in ("oeda", "gold"):
            out += [f"--{k} {x}" for x in (v if isinstance(v, tuple) else (v,))]
    return out


def _per_type_never() -> dict[str, float]:
    return dict.fromkeys(OEDA_TYPES, NEVER)


def without_reads(policy: Policy) -> Policy:
    """The shipped default before ``read_add`` and ``lead``: no adds of any kind."""
    return replace(policy, add=False, read_add=_per_type_never(), lead=_per_type_never())


def _provenance(
    out: Path, args: dict[str, object], scores: dict[str, Score], policy: Policy
) -> None:
    lines = [
        "# Event-type model provenance",
        "",
        f"- `{out.name}`: one-vs-rest logistic regression (numpy, full-batch Adam) over hashed",
        "  features of marsad's text layer (`marsad.events.learned`); weights only, float16,",
        "  no text of the training data.",
        f"- Data: `{args['oeda']}` (`*_gsr.csv`, `*_spans.json`; OEDA, MIT labels) and",
        f"  `{args['gold']}` (marsad gold sentences, dev split). The OEDA test split is never read.",
        "  Span records whose CSV row is `ambiguous` train as positives; CV detection scores",
        "  count the CSV's yes/no rows only.",
        f"- Word vectors: PPMI + SVD ({args['vector-dim']} dimensions) over",
        f"  `{args['vectors-corpus']}` (unlabelled), summed per sentence, scaled by",
        "  `--vector-scale`; shipped folded into one weight per word form and type, keyed",
        "  by the form's crc32 (no text).",
        "- Command: `marsad train events " + " ".join(_flags(args)) + "`",
        f"- Date: {date.today().isoformat()}",
        "- Hook policy stored with the weights (gate, sure, add_at chosen on out-of-fold",
        "  scores; read_add and lead as given to the command, chosen on out-of-fold",
        "  simulations of the dev span records' type accuracy and the gold sentences):",
        f"  {policy.meta()}",
        "",
        f"## Cross-validated scores ({args['folds']} folds, grouped by article; thresholds per",
        "type chosen on the out-of-fold probabilities)",
        "| figure | P | R | F1 | n |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {k} | {s.p:.3f} | {s.r:.3f} | {s.f1:.3f} | {s.n} |" for k, s in scores.items()]
    (out.parent / "PROVENANCE.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


@click.command(name="events")
@click.option("--oeda", type=click.Path(path_type=Path), default=DEFAULT_OEDA, show_default=True)
@click.option("--gold", type=click.Path(path_type=Path), default=DEFAULT_GOLD, show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=None, help="model file")
@click.option("--bits", type=click.IntRange(12, 22), default=18, show_default=True)
# l2 and gold weight: the hook's out-of-fold detection F1 on OEDA dev, averaged over five fold
# seeds (0.012 and 2.0 against 0.006 and 5.0: ASSAULT 0.655 -> 0.666, PROTEST 0.504 -> 0.534);
# 0.018 and 1.0 scored alike but, less sure, let more weak rule events past the veto.
@click.option("--l2", type=float, multiple=True, default=(0.012,), show_default=True)
@click.option("--epochs", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True)
@click.option("--seed", type=int, default=13, show_default=True)
@click.option(
    "--gold-weight", type=float, default=2.0, show_default=True, help="weight of a gold sentence"
)
# 4.0 and 0.5: out of fold on OEDA dev, five fold seeds, the hook's detection F1 (ASSAULT,
# PROTEST) 0.681, 0.556 at 1.0 and 1.0; 0.690, 0.566 at 4.0 and 0.5 (PROVENANCE.md)
@click.option(
    "--positive-weight",
    type=float,
    default=4.0,
    show_default=True,
    help="weight of an OEDA row or span record that is a positive of its type",
)
@click.option(
    "--hard-weight",
    type=float,
    default=0.5,
    show_default=True,
    help='weight of an OEDA "difficult no" row (annotators split)',
)
@click.option(
    "--fired-weight",
    type=float,
    default=1.0,
    show_default=True,
    help="weight of an OEDA row where the rules code its type (the rows the gate judges)",
)
@click.option(
    "--read-add",
    multiple=True,
    metavar="TYPE=P",
    help="add TYPE where the lexicon reads it, the rules did not code it and the model gives "
    "at least P (Policy.read_add)",
)
@click.option(
    "--lead",
    multiple=True,
    metavar="TYPE=P",
    help="TYPE's events lead their sentence where the model gives at least P (Policy.lead)",
)
@click.option(
    "--vectors-corpus",
    type=click.Path(path_type=Path),
    default=DEFAULT_CORPUS,
    show_default=True,
    help="unlabelled articles (jsonl.gz, a text field) the word vectors are learned from",
)
@click.option("--vector-dim", type=click.IntRange(min=2), default=100, show_default=True)
# 0.3: out of fold on OEDA dev over three fold seeds, the hook's detection F1 (ASSAULT,
# PROTEST) 0.664, 0.536 without vectors; 0.679, 0.557 at 0.3; 0.666, 0.549 at 1.0
@click.option(
    "--vector-scale",
    type=click.FloatRange(min=0.0),
    default=0.3,
    show_default=True,
    help="scale of the summed word vectors against the l2 (0: no word vectors)",
)
@click.option("--cv-only", is_flag=True, help="report cross-validated figures, save nothing")
@click.option(
    "--hook/--no-hook", default=True, help="also score the rule-coder hook on out-of-fold scores"
)
def train_command(
    oeda: Path,
    gold: Path,
    out: Path | None,
    bits: int,
    l2: tuple[float, ...],
    epochs: int,
    folds: int,
    seed: int,
    gold_weight: float,
    positive_weight: float,
    hard_weight: float,
    fired_weight: float,
    read_add: tuple[str, ...],
    lead: tuple[str, ...],
    vectors_corpus: Path,
    vector_dim: int,
    vector_scale: float,
    cv_only: bool,
    hook: bool,
) -> None:
    """Train the sentence-level PLOVER event-type model from the dev data (k-fold CV).

    \b
    Examples:
      marsad train events
      marsad train events --l2 0.0003 --l2 0.001 --l2 0.003 --cv-only
    """
    for path in (oeda, gold) + ((vectors_corpus,) if vector_scale > 0 else ()):
        if not path.exists():
            raise MarsadError(Err.NOT_FOUND, source=path)
    examples = read_oeda(oeda) + read_gold(gold)
    opts = Settings().normalize
    featurizer = Featurizer(bits, opts, load_resources(opts)[0])
    vectors = (
        word_vectors(corpus_words(vectors_corpus, opts), vector_dim) if vector_scale > 0 else None
    )
    data = featurize(examples, featurizer, gold_weight, vectors, vector_scale)
    data.weight *= label_weights(examples, positive_weight, hard_weight)
    src = np.array([ex.source for ex in examples])
    docs = rule_docs(examples) if hook or fired_weight != 1.0 else []
    rules = (
        read_rules([d.events for d in docs], lexicon_reads(examples, featurizer)) if docs else []
    )
    if fired_weight != 1.0:
        data.weight *= fired_weights(examples, rules, fired_weight)
    fold = folds_of(examples, folds, seed)
    best: tuple[float, float, dict[str, float], dict[str, Score], np.ndarray] | None = None
    for reg in l2:
        probs = out_of_fold(data, fold, reg, epochs)
        thr = best_thresholds(probs, data)
        scores = report(probs, data, src, thr)
        click.echo(f"l2={reg:g}")
        for name, s in scores.items():
            click.echo(f"  {name:34s} {s.row()}")
        mean = float(np.mean([s.f1 for s in scores.values()]))
        if best is None or mean > best[0]:
            best = (mean, reg, thr, scores, probs)
    assert best is not None
    _, reg, thr, scores, probs = best
    policy = Policy()
    if hook:
        policy = choose_policy(probs, data, src, rules)
        policy = replace(
            policy,
            read_add={**policy.read_add, **per_type_values(read_add, "--read-add")},
            lead={**policy.lead, **per_type_values(lead, "--lead")},
        )
        click.echo(f"  hook policy (out-of-fold): {policy.meta()}")
        hooked = simulate_hook(probs, data, src, rules, policy)
        cues, onto = load_resources(opts)[1], load_ontology()
        for name, pol in (
            ("rules + model gate, no read adds", without_reads(policy)),
            ("rules + model gate", replace(policy, add=False)),
        ):
            typed = span_types(probs, examples, docs, featurizer, _consult(cues, onto, pol))
            hooked.update({f"{name}: {k}": v for k, v in typed.items()})
        for name, s in hooked.items():
            click.echo(f"  {name:50s} {s.row()}")
        scores.update(hooked)
    if cv_only:
        return
    target = out or model_path()
    w, b = fit(data, reg, epochs)
    full = np.zeros((1 << bits, len(ALL_TYPES)), dtype=np.float32)
    full[data.vocab] = w[: len(data.vocab)]
    meta = {
        "feature_version": FEATURE_VERSION,
        "bits": bits,
        "thresholds": thr,
        "l2": reg,
        "policy": policy.meta(),
    }
    save_model(target, ALL_TYPES, full, b, meta, word_table(data, w, vectors, vector_scale))
    args = {
        "oeda": oeda,
        "gold": gold,
        "bits": bits,
        "l2": reg,
        "epochs": epochs,
        "folds": folds,
        "seed": seed,
        "gold-weight": gold_weight,
        "positive-weight": positive_weight,
        "hard-weight": hard_weight,
        "read-add": read_add,
        "lead": lead,
        "vectors-corpus": vectors_corpus,
        "vector-dim": vector_dim,
        "vector-scale": vector_scale,
    }
    _provenance(target, args, scores, policy)
    click.echo(f"wrote {target} ({target.stat().st_size // 1024} KiB), l2={reg:g}")
