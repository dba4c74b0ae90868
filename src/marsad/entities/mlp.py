"""A window MLP tagger over character n-grams and word vectors, combined with the CRF.

The CRF knows a word by its identity, affixes and clusters; an unseen name with no
KB entry gets little from them. This tagger reads every word as the sum of trainable
embeddings of its hashed character 2-5-grams (fastText style, the bare stem with
boundary marks) and a few indicator features (kind, article, proclitics, trigger
class, coarse cluster, KB gazetteer tag), next to the word's fixed distributional
vector (the SVD of ANT neighbour PPMI, as ``vectors.py``). The five token vectors of a
+-2 window are concatenated, go through one ReLU layer and give BIO scores; there is
no recurrence, so an article costs one gather and one small matrix product.

Pure numpy, training included (hand-written backprop, Adam; lazy Adam on the
embedding rows a batch touches). At decode the CRF's emissions get
``lam * log p_mlp`` added and the CRF's Viterbi runs as before (``NerTagger``).
Only the word -> vector table and the weights are shipped, no text.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from marsad.entities.features import TokView
from marsad.entities.lexicon import Triggers
from marsad.entities.vectors import WordVectors
from marsad.errors import Err, MarsadError

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

MLP_FILE = "mlp.npz"
WINDOW = (-2, -1, 0, 1, 2)
_NGRAMS = (2, 3, 4, 5)
_ROW_LIMIT = 20_000  # distinct words whose hidden-layer rows are kept (5 KB each)


@dataclass(slots=True, frozen=True)
class MlpConfig:
    """Sizes and training settings (defaults: the tuned ones, see PROVENANCE.md)."""

    buckets: int = 1 << 17
    char_dims: int = 32
    hidden: int = 256
    dropout: float = 0.3
    lr: float = 2e-3
    epochs: int = 2  # held-out F1 falls after the second epoch (PROVENANCE.md, tenth pass)
    batch: int = 32  # sentences a mini-batch
    seed: int = 13
    word_drop: float = 0.0  # share of tokens whose embeddings are dropped whole


def char_ngrams(word: str) -> list[str]:
    """The word's 2-5-grams with boundary marks, and the marked word itself."""
    w = f"<{word}>"
    out = [w[i : i + n] for n in _NGRAMS for i in range(len(w) - n + 1)]
    if len(w) > _NGRAMS[-1]:
        out.append(w)
    return out


def bucket(gram: str, buckets: int) -> int:
    """A stable hash (``hash`` is salted per process)."""
    return zlib.crc32(gram.encode("utf-8")) % buckets


def word_indicators(
    v: TokView, triggers: Triggers, clusters: dict[str, tuple[str, ...]], has_vector: bool
) -> list[str]:
    """Indicator features fixed by the word: its kind, article, proclitics, pronoun
    suffix, length, trigger class and coarse clusters."""
    f = ["k=" + v.kind, "pc=" + v.pre, f"n={min(len(v.bare), 8)}"]
    if v.stem != v.bare:
        f.append("al")
    if v.enc:
        f.append("enc")
    t = triggers.trigger_class(v.stem) or triggers.trigger_class(v.bare)
    if t:
        f.append("t=" + t)
    f.extend("c=" + c for c in clusters.get(v.bare, ())[:2])
    if not has_vector:
        f.append("nv")
    return f


@dataclass(slots=True)
class MlpWeights:
    """Trainable parameters; ``emb`` rows: hash buckets first, then indicator ids."""

    emb: np.ndarray  # (buckets + indicators, char_dims)
    pad: np.ndarray  # (dims,): the token vector outside a sentence
    w1: np.ndarray  # (len(WINDOW) * dims, hidden)
    b1: np.ndarray
    w2: np.ndarray  # (hidden, labels)
    b2: np.ndarray

    @classmethod
    def init(cls, n_emb: int, char_dims: int, dims: int, hidden: int, labels: int, seed: int):  # type: ignore[no-untyped-def]
        rng = np.random.default_rng(seed)
        fan_in = len(WINDOW) * dims
        return cls(
            # zero rows: a bucket no training word hashes to stays exactly zero, so an
            # unseen n-gram at run time adds nothing rather than noise
            np.zeros((n_emb, char_dims), np.float32),
            np.zeros(dims, np.float32),
            (rng.standard_normal((fan_in, hidden)) * np.sqrt(2.0 / fan_in)).astype(np.float32),
            # a positive bias: with zero embeddings every unit starts active, so the
            # embeddings get a gradient from the first step (a ReLU at 0 passes none)
            np.full(hidden, 0.1, np.float32),
            (rng.standard_normal((hidden, labels)) * np.sqrt(1.0 / hidden)).astype(np.float32),
            np.zeros(labels, np.float32),
        )

    def names(self) -> tuple[str, ...]:
        return ("emb", "pad", "w1", "b1", "w2", "b2")


@dataclass(slots=True)
class Batch:
    """A mini-batch: token feature rows (CSR over local columns ``cols`` of ``emb``),
    fixed vector rows, window neighbours (local token index, ``n`` for padding) and
    gold label ids (-1: none, at run time)."""

    feats: csr_matrix  # (n, len(cols))
    cols: np.ndarray  # local column -> emb row
    vecs: np.ndarray  # (n, vec_dims)
    nbr: np.ndarray  # (n, len(WINDOW))
    gold: np.ndarray


def window_neighbours(lengths: Sequence[int]) -> np.ndarray:
    """``(n, len(WINDOW))`` indices of each token's window inside its own sentence
    (sentences laid end to end); ``n`` where the window runs past the sentence."""
    lens = np.asarray(lengths, dtype=np.intp)
    n = int(lens.sum())
    starts = np.repeat(np.concatenate([[0], np.cumsum(lens)[:-1]]), lens)
    ends = starts + np.repeat(lens, lens)
    pos = np.arange(n)
    out = np.empty((n, len(WINDOW)), dtype=np.intp)
    for k, off in enumerate(WINDOW):
        j = pos + off
        out[:, k] = np.where((j >= starts) & (j < ends), j, n)
    return out


@dataclass(slots=True)
class Forward:
    """What the backward pass needs from the forward one."""

    z: np.ndarray  # window input after dropout
    hpre: np.ndarray
    h: np.ndarray  # hidden after ReLU and dropout
    m1: np.ndarray | None
    m2: np.ndarray | None
    xe: np.ndarray  # summed embeddings of the batch's tokens
    probs: np.ndarray
    m0: np.ndarray | None = None  # tokens whose embeddings were kept (word dropout)


def forward(
    wts: MlpWeights,
    b: Batch,
    dropout: float = 0.0,
    rng: np.random.Generator | None = None,
    word_drop: float = 0.0,
) -> Forward:
    if len(b.cols):
        xe = b.feats @ wts.emb[b.cols]
    else:
        xe = np.zeros((len(b.nbr), wts.emb.shape[1]), wts.emb.dtype)
    m0 = None
    if word_drop and rng is not None:
        # a whole token's character and indicator embeddings dropped: the tagger
        # must also read a word from its vector and its neighbours, as for an
        # unseen name whose n-grams were never trained
        m0 = (rng.random((len(b.nbr), 1)) >= word_drop).astype(xe.dtype)
        xe = xe * m0
    x = np.concatenate([b.vecs, xe], axis=1).astype(wts.w1.dtype)
    xp = np.concatenate([x, wts.pad[None]], axis=0)
    z = xp[b.nbr].reshape(len(b.nbr), -1)
    m1 = m2 = None
    if dropout and rng is not None:
        m1 = (rng.random(z.shape, dtype=np.float32) >= dropout) / np.float32(1 - dropout)
        z = z * m1
    hpre = z @ wts.w1 + wts.b1
    h = np.maximum(hpre, 0)
    if dropout and rng is not None:
        m2 = (rng.random(h.shape, dtype=np.float32) >= dropout) / np.float32(1 - dropout)
        h = h * m2
    s = h @ wts.w2 + wts.b2
    s -= s.max(axis=1, keepdims=True)
    e = np.exp(s)
    return Forward(z, hpre, h, m1, m2, xe, e / e.sum(axis=1, keepdims=True), m0)


def loss_and_grads(wts: MlpWeights, b: Batch, f: Forward) -> tuple[float, dict[str, np.ndarray]]:
    """Mean token cross-entropy and its gradients; ``emb``'s gradient is given for the
    batch's local columns only (rows ``b.cols``)."""
    n = len(b.gold)
    loss = float(-np.log(f.probs[np.arange(n), b.gold] + 1e-12).mean())
    ds = f.probs.copy()
    ds[np.arange(n), b.gold] -= 1
    ds /= n
    g: dict[str, np.ndarray] = {"w2": f.h.T @ ds, "b2": ds.sum(axis=0)}
    dh = ds @ wts.w2.T
    if f.m2 is not None:
        dh *= f.m2
    dh *= f.hpre > 0
    g["w1"] = f.z.T @ dh
    g["b1"] = dh.sum(axis=0)
    dz = dh @ wts.w1.T
    if f.m1 is not None:
        dz *= f.m1
    dims = wts.pad.shape[0]
    dz = dz.reshape(n, len(WINDOW), dims)
    dx = np.zeros((n + 1, dims), dtype=np.float64)
    for k in range(len(WINDOW)):
        # within one window slot every token has a distinct neighbour (or the pad
        # row), so a fancy-index add does not lose repeated rows, except the pad's
        idx = b.nbr[:, k]
        real = idx < n
        dx[idx[real]] += dz[real, k]
        dx[n] += dz[~real, k].sum(axis=0)
    g["pad"] = dx[n]
    vec_dims = b.vecs.shape[1]
    dxe = dx[:n, vec_dims:]
    if f.m0 is not None:
        dxe = dxe * f.m0
    g["emb"] = b.feats.T @ dxe
    return loss, g


@dataclass(slots=True)
class Adam:
    """Adam; ``emb`` is updated lazily (only the rows a batch touches, their moments
    decayed then), which keeps a step's cost to the batch's rows."""

    lr: float
    b1: float = 0.9
    b2: float = 0.999
    eps: float = 1e-8
    t: int = 0
    m: dict[str, np.ndarray] = field(default_factory=dict)
    v: dict[str, np.ndarray] = field(default_factory=dict)

    def step(self, wts: MlpWeights, g: dict[str, np.ndarray], cols: np.ndarray) -> None:
        self.t += 1
        c1, c2 = 1 - self.b1**self.t, 1 - self.b2**self.t
        for name in wts.names():
            p = getattr(wts, name)
            if name not in self.m:
                self.m[name] = np.zeros_like(p)
                self.v[name] = np.zeros_like(p)
            m, v = self.m[name], self.v[name]
            if name == "emb":
                mr = self.b1 * m[cols] + (1 - self.b1) * g[name]
                vr = self.b2 * v[cols] + (1 - self.b2) * g[name] ** 2
                m[cols], v[cols] = mr, vr
                p[cols] -= (self.lr * (mr / c1) / (np.sqrt(vr / c2) + self.eps)).astype(p.dtype)
                continue
            m *= self.b1
            m += (1 - self.b1) * g[name]
            v *= self.b2
            v += (1 - self.b2) * g[name] ** 2
            p -= (self.lr * (m / c1) / (np.sqrt(v / c2) + self.eps)).astype(p.dtype)


@dataclass(slots=True)
class MlpFeaturizer:
    """Word -> feature ids (hash buckets and indicator ids) and vector row."""

    buckets: int
    indicators: dict[str, int]  # indicator string -> id (emb row = buckets + id)
    triggers: Triggers
    clusters: dict[str, tuple[str, ...]]
    vectors: WordVectors
    grow: bool = False  # training: unknown indicators get new ids
    _cache: dict[TokView, tuple[list[int], int]] = field(default_factory=dict)

    def word(self, v: TokView) -> tuple[list[int], int]:
        """The word's feature ids and its vector row (``-1``: none)."""
        got = self._cache.get(v)
        if got is None:
            row = self.vectors.index.get(v.bare, -1)
            ids = {bucket(g, self.buckets) for g in char_ngrams(v.bare)}
            for s in word_indicators(v, self.triggers, self.clusters, row >= 0):
                k = self._indicator(s)
                if k is not None:
                    ids.add(self.buckets + k)
            if len(self._cache) > 300_000:
                self._cache.clear()
            got = self._cache[v] = (sorted(ids), row)
        return got

    def gaz(self, tags: Sequence[str]) -> list[int]:
        ids = [self._indicator("g=" + t) for t in tags]
        return [self.buckets + k for k in ids if k is not None]

    def _indicator(self, s: str) -> int | None:
        k = self.indicators.get(s)
        if k is None and self.grow:
            k = self.indicators[s] = len(self.indicators)
        return k

    def rows(
        self, views: Sequence[TokView], gaz: Sequence[Sequence[str]]
    ) -> tuple[list[list[int]], np.ndarray]:
        """Feature ids and vector rows of a token sequence."""
        feats: list[list[int]] = []
        vrows = np.empty(len(views), dtype=np.intp)
        for i, v in enumerate(views):
            ids, row = self.word(v)
            g = gaz[i]
            feats.append([*ids, *self.gaz(g)] if g else ids)
            vrows[i] = row
        return feats, vrows


def make_batch(
    feats: Sequence[Sequence[int]],
    vrows: np.ndarray,
    vectors: np.ndarray,
    lengths: Sequence[int],
    gold: np.ndarray,
) -> Batch:
    """A batch of whole sentences laid end to end; ``vectors`` has a zero row last
    (for ``vrows`` of -1)."""
    from scipy.sparse import csr_matrix  # only the MLP path needs it: scipy costs ~20 MB

    flat = np.fromiter((k for f in feats for k in f), dtype=np.intp)
    indptr = np.concatenate([[0], np.cumsum([len(f) for f in feats])])
    cols, local = np.unique(flat, return_inverse=True)
    m = csr_matrix(
        (np.ones(len(flat), np.float32), local.ravel(), indptr), shape=(len(feats), len(cols))
    )
    return Batch(m, cols, vectors[vrows], window_neighbours(lengths), gold)


@dataclass(slots=True)
class MlpModel:
    """A trained tagger: weights, its labels, the featurizer's tables and config."""

    weights: MlpWeights
    labels: list[str]
    featurizer: MlpFeaturizer
    vec_table: np.ndarray  # featurizer.vectors.x with a zero row last
    weight: float = 1.0  # lam in CRF emissions + lam * log p (``NerTagger``)
    # Run time: each word's contribution to the hidden layer from each window slot,
    # ``x @ W1[slot]``, computed once per distinct word (a token's hidden layer is
    # then a sum of five gathered rows); the gazetteer tags' likewise per tag set.
    _rows: dict[TokView, int] = field(default_factory=dict)
    _table: np.ndarray = field(default_factory=lambda: np.zeros((0, 0, 0), np.float32))
    _gaz_rows: dict[tuple[str, ...], np.ndarray] = field(default_factory=dict)

    def scores_for(self, labels: Sequence[str]) -> np.ndarray:
        """Column of this model's output for each of ``labels`` (a CRF's order)."""
        return np.array([self.labels.index(lab) for lab in labels], dtype=np.intp)

    def log_probs(
        self, views: Sequence[TokView], gaz: Sequence[Sequence[str]], lengths: Sequence[int]
    ) -> np.ndarray:
        """``(tokens, labels)`` log-probabilities for sentences laid end to end."""
        feats, vrows = self.featurizer.rows(views, gaz)
        b = make_batch(feats, vrows, self.vec_table, lengths, np.full(len(views), -1))
        p = forward(self.weights, b).probs
        return np.log(np.maximum(p, 1e-12))

    def scores(
        self, views: Sequence[TokView], gaz: Sequence[Sequence[str]], sent: np.ndarray
    ) -> np.ndarray:
        """``log_probs`` for the tagger: ``sent`` is each token's sentence number (in
        order); the same numbers up to float rounding, from cached per-word rows."""
        got = list(map(self._rows.get, views))
        ids = np.array(self._add_words(views, got) if None in got else got, dtype=np.intp)
        w, n, table = self.weights, len(ids), self._table
        h = table[ids, WINDOW.index(0)] + w.b1
        for k, off in enumerate(WINDOW):
            if off == 0:
                continue
            # each slot is one gather of rows: the neighbour's, or row 0 (the padding)
            # where the window runs out of the sentence
            lo, hi = max(0, -off), min(n, n - off)
            idx = np.zeros(n, dtype=np.intp)
            idx[lo:hi] = np.where(
                sent[lo:hi] == sent[lo + off : hi + off], ids[lo + off : hi + off], 0
            )
            h += table[idx, k]
        for j in [j for j, tags in enumerate(gaz) if tags]:  # few tokens have tags
            g = self._gaz_slots(tuple(gaz[j]))
            for k, off in enumerate(WINDOW):
                i = j - off  # the token whose slot k reads token j
                if 0 <= i < n and sent[i] == sent[j]:
                    h[i] += g[k]
        np.maximum(h, 0, out=h)
        s = h @ w.w2 + w.b2
        s -= s.max(axis=1, keepdims=True)
        return s - np.log(np.exp(s).sum(axis=1, keepdims=True))

    def _add_words(self, views: Sequence[TokView], ids: list[int | None]) -> list[int]:
        new = list(dict.fromkeys(v for v, i in zip(views, ids, strict=True) if i is None))
        hidden = self.weights.b1.shape[0]
        if len(self._rows) + len(new) > _ROW_LIMIT:  # start afresh: memory stays bounded
            self._rows.clear()
            new = list(dict.fromkeys(views))
        base = len(self._rows) + 1  # row 0: the padding's contribution to each slot
        w1 = self.weights.w1.reshape(len(WINDOW), -1, hidden)
        if len(self._table) < base + len(new):
            size = max(1024, 2 * (base + len(new)))
            table = np.zeros((size, len(WINDOW), hidden), np.float32)
            table[0] = np.einsum("d,kdh->kh", self.weights.pad, w1)
            if base > 1:
                table[:base] = self._table[:base]
            self._table = table
        feats, vrows = self.featurizer.rows(new, [[] for _ in new])
        x = self._inputs(feats, vrows)
        # one matrix product for every slot (einsum would not use BLAS here)
        by_slot = w1.transpose(1, 0, 2).reshape(x.shape[1], -1)
        self._table[base : base + len(new)] = (x @ by_slot).reshape(len(new), len(WINDOW), hidden)
        self._rows.update(zip(new, range(base, base + len(new)), strict=True))
        return list(map(self._rows.__getitem__, views))

    def _inputs(self, feats: list[list[int]], vrows: np.ndarray) -> np.ndarray:
        """Token input vectors (fixed word vector, summed embeddings)."""
        emb = self.weights.emb
        xe = np.stack([emb[f].sum(axis=0) for f in feats]) if feats else emb[:0]
        return np.concatenate([self.vec_table[vrows], xe], axis=1)

    def _gaz_slots(self, tags: tuple[str, ...]) -> np.ndarray:
        got = self._gaz_rows.get(tags)
        if got is None:
            ids = self.featurizer.gaz(tags)
            x = np.zeros((1, self.weights.pad.shape[0]), np.float32)
            x[0, self.vec_table.shape[1] :] = self.weights.emb[ids].sum(axis=0)
            hidden = self.weights.b1.shape[0]
            w1 = self.weights.w1.reshape(len(WINDOW), -1, hidden)
            got = self._gaz_rows[tags] = np.einsum("md,kdh->mkh", x, w1)[0]
        return got

    def save(self, path: Path) -> None:
        f, w = self.featurizer, self.weights
        words = sorted(f.vectors.index, key=f.vectors.index.__getitem__)
        ind = sorted(f.indicators, key=f.indicators.__getitem__)
        used = np.flatnonzero(np.abs(w.emb).sum(axis=1) > 0)
        emb = w.emb[used]
        scale = np.maximum(np.abs(emb).max(axis=1), 1e-12) / 127  # int8, one scale a row
        vstep = float(np.abs(f.vectors.x).max() / 127) or 1.0
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            weight=np.float32(self.weight),
            buckets=np.int64(f.buckets),
            indicators=_text(ind),
            words=_text(words),
            vq=np.round(f.vectors.x / vstep).astype(np.int8),
            vstep=np.float32(vstep),
            emb_rows=used.astype(np.int32),
            emb_q=np.round(emb / scale[:, None]).astype(np.int8),
            emb_scale=scale.astype(np.float32),
            emb_shape=np.array(w.emb.shape, dtype=np.int64),
            pad=w.pad,
            w1=w.w1,
            b1=w.b1,
            w2=w.w2,
            b2=w.b2,
        )

    @classmethod
    def load(cls, path: Path, triggers: Triggers, clusters: dict[str, tuple[str, ...]]) -> MlpModel:
        try:
            with np.load(path, allow_pickle=False) as d:
                emb = np.zeros(tuple(d["emb_shape"]), np.float32)
                emb[d["emb_rows"]] = d["emb_q"].astype(np.float32) * d["emb_scale"][:, None]
                vx = d["vq"].astype(np.float32) * np.float32(d["vstep"])
                words = _untext(d["words"])
                wts = MlpWeights(emb, d["pad"], d["w1"], d["b1"], d["w2"], d["b2"])
                ind = {s: i for i, s in enumerate(_untext(d["indicators"]))}
                labels = [str(x) for x in d["labels"]]
                buckets = int(d["buckets"])
                weight = float(d["weight"])
        except (OSError, ValueError, KeyError) as exc:
            raise MarsadError(
                Err.BAD_RESOURCE, path=str(path), detail=str(exc), fix="run `marsad train ner-mlp`"
            ) from None
        vectors = WordVectors({w: i for i, w in enumerate(words)}, vx)
        feat = MlpFeaturizer(buckets, ind, triggers, clusters, vectors)
        return cls(wts, labels, feat, with_zero_row(vx), weight)


def with_zero_row(x: np.ndarray) -> np.ndarray:
    return np.concatenate([x, np.zeros((1, x.shape[1]), x.dtype)]).astype(np.float32)


def _text(items: Sequence[str]) -> np.ndarray:
    return np.frombuffer("\n".join(items).encode("utf-8"), dtype=np.uint8)


def _untext(arr: np.ndarray) -> list[str]:
    s = arr.tobytes().decode("utf-8")
    return s.split("\n") if s else []
