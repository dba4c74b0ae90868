"""A small learned sentence-level event-type model the rule coder can consult.

One-vs-rest logistic regression over hashed features of marsad's own text layer: the
normalised token, its clitic-stripped stem (article and object pronouns off), the stem
without plural/feminine endings, the proclitics a verb carries (س future, و/ف), the
stem's first and last letters (imperfect prefixes, perfect suffixes), stem bigrams and
the rule lexicon's readings of the token (trigger type, entry, verb/noun, tense).
The weights ship in ``marsad/models/events/event_types.npz``, trained by ``marsad train
events`` (``marsad.events.train``); no sentence of the training data is stored.

Inference is pure Python and numpy: features are hashed once per distinct token (a
bounded memo), so scoring a sentence is a handful of dict look-ups and one gather.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from marsad.doc import Document, Event, EventMention, Sentence, Token
from marsad.errors import Err, MarsadError
from marsad.events.args import (
    Actor,
    agent_after,
    object_after,
    protest_sides,
    sentence_actors,
    svo_subject,
    vso_subject,
)
from marsad.events.lexicon import LIGHT, Cues, Lexicon
from marsad.events.ontology import Ontology
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize

FEATURE_VERSION = 4
MODEL_FILE = "event_types.npz"
MEMO_MAX = 200_000  # distinct tokens/bigrams remembered before the memo restarts
NO_EVENT = "NONE"
_ENDINGS = ("ات", "ون", "ين", "ان", "ه", "ا")  # plural, dual, feminine, accusative
_ENCLITIC_OK = 2  # object pronouns longer than this are left on (rare, noisy)


def model_path() -> Path:
    return Path(str(resources.files("marsad").joinpath("models", "events", MODEL_FILE)))


def stable_hash(feature: str, bits: int) -> int:
    """A bucket that is the same in every process (``hash()`` of a str is salted)."""
    return zlib.crc32(feature.encode("utf-8")) & ((1 << bits) - 1)


def _stem(tok: Token, opts: NormalizeOptions) -> tuple[str, str]:
    """The token's stem (normalised, article off) and its proclitic letters."""
    pro = "".join(w.form for w in tok.words if w.role == "proclitic")
    stems = [w.form for w in tok.words if w.role == "stem"]
    stem = normalize(stems[0], opts) if stems else tok.norm
    if stem.startswith("ال") and len(stem) > 4:
        stem = stem[2:]
    return stem, normalize(pro, opts)


def _light(stem: str) -> str:
    for end in _ENDINGS:
        if stem.endswith(end) and len(stem) - len(end) >= 3:
            return stem[: -len(end)]
    return stem


def token_features(tok: Token, opts: NormalizeOptions) -> tuple[list[str], str]:
    """The features of one word token, and the stem its bigrams are made of."""
    stem, pro = _stem(tok, opts)
    light = _light(stem)
    feats = ["w=" + tok.norm, "s=" + stem, "l=" + light, "b=" + stem[:2], "e=" + stem[-2:]]
    if "س" in pro:
        feats.append("fut=" + light)
    if pro:
        feats.append("c=" + pro)
    return feats, light


def lexicon_features(lexicon: Lexicon, norm: str) -> list[str]:
    """What the rule lexicon reads in one token: each entry it may be (type, lemma,
    verb/noun, tense), so the model learns which entries to trust. Per token, so it is
    memoised with the token's other features."""
    out: list[str] = []
    for form, prefix, cand in lexicon.lookup(norm):
        spec = form.spec
        if spec.type == LIGHT:
            out.append("LV")
            continue
        tense = "fut" if prefix.endswith("س") else "impf" if form.imperfect else "perf"
        out += [f"T={spec.type}", f"TL={spec.type}|{spec.lemma}"]
        out += [f"TP={spec.type}|{spec.pos}|{tense}", f"TD={spec.type}|{cand.startswith('ال')}"]
    return list(dict.fromkeys(out))


_NUMBER = "<n>"  # a number in a bigram: "killed 5", "5 wounded" (casualty counts)


@dataclass(slots=True)
class Featurizer:
    """Hashed feature ids of a token sequence, memoised per distinct token and pair.

    Besides each word's own features and the stem bigrams, a word the rule lexicon reads
    as a trigger gets the word before it paired with the trigger's type (``منذ`` or
    ``ذكرى`` before an attack noun: a passing mention; a number before it: a report),
    and a number is a feature of its own (casualty counts belong to reports)."""

    bits: int
    opts: NormalizeOptions
    lexicon: Lexicon
    _tokens: dict[str, tuple[tuple[int, ...], str, tuple[str, ...]]] = field(default_factory=dict)
    _pairs: dict[tuple[str, str], int] = field(default_factory=dict)

    def token_ids(self, tok: Token) -> tuple[int, ...]:
        return self._token(tok)[0]

    def _token(self, tok: Token) -> tuple[tuple[int, ...], str, tuple[str, ...]]:
        got = self._tokens.get(tok.norm)
        if got is None:
            if len(self._tokens) >= MEMO_MAX:
                self._tokens.clear()
            feats, light = token_features(tok, self.opts)
            lex = lexicon_features(self.lexicon, tok.norm)
            kinds = tuple(f[2:] for f in lex if f.startswith("T="))
            got = (tuple(stable_hash(f, self.bits) for f in feats + lex), light, kinds)
            self._tokens[tok.norm] = got
        return got

    def _pair(self, a: str, b: str) -> int:
        """The id of a stem bigram (``a_b``) or, when ``b`` starts with "|", of the word
        ``a`` before a trigger of type ``b[1:]``."""
        got = self._pairs.get((a, b))
        if got is None:
            if len(self._pairs) >= MEMO_MAX:
                self._pairs.clear()
            name = f"P={a}{b}" if b[:1] == "|" else f"bg={a}_{b}"
            got = self._pairs[(a, b)] = stable_hash(name, self.bits)
        return got

    def ids(self, tokens: list[Token]) -> list[int]:
        out: list[int] = []
        prev = before = "<s>"  # the previous stem (bigrams) and word form (trigger context)
        pair = self._pair
        for tok in tokens:
            kind = tok.kind
            if kind == "number":
                out.append(pair(prev, _NUMBER))
                prev = _NUMBER
                continue
            if kind != "word":
                prev = "<p>"  # punctuation breaks bigrams
                continue
            hashed, light, kinds = self._token(tok)
            out.extend(hashed)
            out.append(pair(prev, light))
            for k in kinds:
                out.append(pair(before, "|" + k))
            prev, before = light, tok.norm
        return out


@dataclass(slots=True)
class EventTypeModel:
    """P(type | sentence) for each PLOVER type (and NONE), independent sigmoids."""

    types: tuple[str, ...]
    weights: np.ndarray  # (2**bits, len(types)) float32
    bias: np.ndarray  # (len(types),) float32
    thresholds: dict[str, float]  # per type, chosen by cross-validation on dev data
    featurizer: Featurizer
    policy: Policy = field(default_factory=lambda: Policy())
    # Column slices per tuple of types: the hook reads two of the 17 columns, and a
    # contiguous (2**bits, 2) gather is several times cheaper than the full one.
    _cols: dict[tuple[str, ...], tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)

    def scores_tokens(
        self, tokens: list[Token], kinds: tuple[str, ...] | None = None
    ) -> dict[str, float]:
        kinds = kinds or self.types
        cols = self._cols.get(kinds)
        if cols is None:
            idx = [self.types.index(k) for k in kinds]
            cols = self._cols[kinds] = (
                np.ascontiguousarray(self.weights[:, idx]),
                self.bias[idx].copy(),
            )
        ids = set(self.featurizer.ids(tokens))  # binary features, as in training
        rows = cols[0].take(np.fromiter(ids, np.int64, len(ids)), axis=0)
        z = cols[1] + rows.sum(axis=0)
        p = 1.0 / (1.0 + np.exp(-z))
        return dict(zip(kinds, p.tolist(), strict=True))

    def scores(self, doc: Document, sentence: Sentence) -> dict[str, float]:
        return self.scores_tokens(doc.sentence_tokens(sentence))

    def confident(self, kind: str, score: float) -> bool:
        return score >= self.thresholds.get(kind, 0.5)

    def best_token(self, tokens: list[Token], kind: str) -> int:
        """The word whose own features weigh most for ``kind``: the added event's trigger."""
        col = self.types.index(kind)
        best, best_w = 0, -np.inf
        for i, tok in enumerate(tokens):
            if tok.kind != "word":
                continue
            w = float(self.weights[list(self.featurizer.token_ids(tok)), col].sum())
            if w > best_w:
                best, best_w = i, w
        return best


def save_model(
    path: Path,
    types: tuple[str, ...],
    weights: np.ndarray,
    bias: np.ndarray,
    meta: dict[str, object],
) -> None:
    """Store only the rows that carry weight, as float16 (the shipped file stays small)."""
    rows = np.flatnonzero(np.abs(weights).max(axis=1) >= 1e-3).astype(np.int32)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        rows=rows,
        values=weights[rows].astype(np.float16),
        bias=bias.astype(np.float32),
        types=np.array(types),
        meta=np.array(json.dumps(meta, ensure_ascii=False)),
    )


def load_model(
    opts: NormalizeOptions, lexicon: Lexicon, path: Path | None = None
) -> EventTypeModel | None:
    """The shipped model, or None when no model file exists (the rules run alone)."""
    path = path or model_path()
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            types = tuple(str(t) for t in z["types"])
            rows, values, bias = z["rows"], z["values"], z["bias"]
    except (OSError, ValueError, KeyError) as exc:
        raise MarsadError(
            Err.BAD_DATA_FILE,
            source=path,
            kind="event-type model",
            detail=str(exc),
            fix="rebuild it with `marsad train events`.",
        ) from None
    if meta.get("feature_version") != FEATURE_VERSION:
        raise MarsadError(
            Err.BAD_DATA_FILE,
            source=path,
            kind="event-type model",
            detail=f"feature version {meta.get('feature_version')} != {FEATURE_VERSION}",
            fix="rebuild it with `marsad train events`.",
        )
    bits = int(meta["bits"])
    weights = np.zeros((1 << bits, len(types)), dtype=np.float32)
    weights[rows] = values.astype(np.float32)
    featurizer = Featurizer(bits, opts, lexicon)
    policy = Policy.from_meta(meta.get("policy"))
    return EventTypeModel(types, weights, bias, dict(meta["thresholds"]), featurizer, policy)


Extra = tuple[int, int, str, str | None, str | None, str]
_ADDED_CONFIDENCE = 0.25  # below every rule-coded event (their floor is 0.3 with one side)


def _per_type(value: float) -> dict[str, float]:
    return {"ASSAULT": value, "PROTEST": value}


@dataclass(frozen=True, slots=True)
class Policy:
    """When the model overrules the rules, for the ``checked`` types: (a) a weak rule
    event (confidence <= ``weak``) the model gives under ``veto`` is dropped; (b) a rule
    event the model gives under ``gate[type]`` stays but is marked ``reported=False``:
    the sentence names the act in passing (an anniversary, a past attack as a reference
    point, a verbal "attack") rather than reporting it; (c) a type the model gives at
    least ``add_at[type]`` and the rules did not code in the sentence is added. Only
    ASSAULT and PROTEST are checked: the OEDA data gives the model thousands of their
    negatives, hard ones included, while the other types are learned from a few hundred
    sentences. ``marsad train events`` chooses ``gate`` and ``add_at`` on out-of-fold
    probabilities of the dev data and stores them with the weights."""

    veto: float = 0.1
    weak: float = 0.5
    gate: dict[str, float] = field(default_factory=lambda: _per_type(0.2))
    add_at: dict[str, float] = field(default_factory=lambda: _per_type(0.5))
    checked: tuple[str, ...] = ("ASSAULT", "PROTEST")
    bare: bool = True  # add events whose source and target were both left unread

    def adds(self, here: list[Event], scores: dict[str, float]) -> list[str]:
        """Types to add to a sentence whose rule events are ``here``; a rule event of the
        type, even negated or intended, has read the modality and is left alone."""
        return [
            k
            for k in self.checked
            if scores[k] >= self.add_at.get(k, 1.0) and not any(e.type == k for e in here)
        ]

    def vetoed(self, ev: Event, scores: dict[str, float]) -> bool:
        return (
            ev.type in self.checked
            and ev.confidence <= self.weak
            and scores.get(ev.type, 1.0) < self.veto
        )

    def reported(self, ev: Event, scores: dict[str, float]) -> bool:
        return ev.type not in self.checked or scores[ev.type] >= self.gate.get(ev.type, 0.0)

    def meta(self) -> dict[str, dict[str, float]]:
        return {"gate": dict(self.gate), "add_at": dict(self.add_at)}

    @classmethod
    def from_meta(cls, meta: object) -> Policy:
        """The policy stored with a model's weights (the defaults for an older file)."""
        if not isinstance(meta, dict):
            return cls()
        return cls(gate=dict(meta["gate"]), add_at=dict(meta["add_at"]))


@dataclass(slots=True)
class Consult:
    """The rule coder's events checked against the model sentence by sentence (``Policy``);
    an added event takes the sentence's subject and object as the rule coder's argument
    finder reads them around the model's strongest word, and a low confidence."""

    model: EventTypeModel
    cues: Cues
    ontology: Ontology
    policy: Policy = field(default_factory=Policy)

    def __call__(self, doc: Document, events: list[Event], extra: list[Extra]) -> list[Event]:
        by_sent: dict[int, list[Event]] = {}
        for ev in events:
            by_sent.setdefault(ev.mentions[0].sentence, []).append(ev)
        out: list[Event] = []
        pol = self.policy
        for sent in doc.sentences:
            here = by_sent.pop(sent.index, [])
            scores = self.model.scores_tokens(doc.sentence_tokens(sent), pol.checked)
            for ev in here:
                if not pol.vetoed(ev, scores):
                    ev.reported = pol.reported(ev, scores)
                    out.append(ev)
            added = [self._added(doc, sent, k, extra) for k in pol.adds(here, scores)]
            out += [e for e in added if e is not None]
        for rest in by_sent.values():  # events of no body sentence: kept as they are
            out += rest
        return out

    def _added(self, doc: Document, sent: Sentence, kind: str, extra: list[Extra]) -> Event | None:
        tokens = doc.sentence_tokens(sent)
        head = self.model.best_token(tokens, kind)
        norms = [t.norm for t in tokens]
        actors = sentence_actors(doc, sent, self.cues, extra, frozenset({head}))
        src = vso_subject(actors, norms, head, set(), len(norms), self.cues) or svo_subject(
            actors, head, 0
        )
        src = src or next(iter(agent_after(actors, head + 1, len(norms))), None)
        preps = self.cues.words.get("target_prepositions", frozenset())
        tgt = object_after(actors, norms, head + 1, len(norms), src, preps) or _place(actors)
        if kind == "PROTEST":
            src, tgt = protest_sides(actors, head, src, tgt)
        if src is None and tgt is None and not self.policy.bare:
            return None
        cameo = self.ontology.cameo(kind, None)
        tok = tokens[head]
        mention = EventMention(
            sentence=sent.index,
            trigger_start=tok.start,
            trigger_end=tok.end,
            trigger=tok.text,
            evidence_start=sent.start,
            evidence_end=sent.end,
        )
        return Event(
            id="",
            type=kind,  # type: ignore[arg-type]
            mentions=[mention],
            source=src.argument() if src is not None else None,
            target=tgt.argument() if tgt is not None else None,
            cameo=cameo,
            quad_class=self.ontology.quad_class(cameo),
            goldstein=self.ontology.goldstein_of(cameo),
            date=doc.published,
            date_from="published" if doc.published else "none",
            confidence=_ADDED_CONFIDENCE,
        )


def _place(actors: list[Actor]) -> Actor | None:
    """An attack or protest with no stated object falls on the coded place it happened in
    (the rule coder's convention)."""
    return next((a for a in actors if a.place and a.code), None)
