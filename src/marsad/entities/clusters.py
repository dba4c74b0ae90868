"""Distributional word clusters for the CRF, built from an unlabelled news corpus.

Words (bare stems, as the tagger sees them) are described by their left and right
neighbours (positive PMI), reduced by SVD and grouped by k-means at three sizes, so
an unseen name still shares a feature with names that occur in the same contexts.
Only the word -> cluster-id table is written; no corpus text is kept.
"""

from __future__ import annotations

import gzip
import json
from array import array
from pathlib import Path

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.linalg import svds

from marsad.entities.features import view
from marsad.errors import Err, MarsadError
from marsad.settings import Settings
from marsad.text.steps import TextLayer

VOCAB = 60_000
CONTEXT = 2_000
DIMS = 80
SIZES = (64, 256, 1024)
MIN_COUNT = 5


def _read_ids(corpus: Path, settings: Settings) -> tuple[np.ndarray, list[str]]:
    """The corpus as word ids (-1 between articles) and the id -> word list."""
    if not corpus.is_file():
        raise MarsadError(Err.NOT_FOUND, source=str(corpus))
    layer = TextLayer(settings)
    index: dict[str, int] = {}
    bare_of: dict[str, int] = {}
    ids = array("i")
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            text = f"{art.get('title') or ''}\n{art.get('text') or ''}"
            for tok in layer.tokens(text):
                k = bare_of.get(tok.text)
                if k is None:
                    if len(bare_of) > 2_000_000:
                        bare_of.clear()
                    w = view(tok, settings.normalize).bare
                    k = bare_of[tok.text] = index.setdefault(w, len(index))
                ids.append(k)
            ids.append(-1)
    words = [""] * len(index)
    for w, k in index.items():
        words[k] = w
    return np.frombuffer(ids, dtype=np.int32).copy(), words


def _by_frequency(ids: np.ndarray, words: list[str]) -> tuple[np.ndarray, list[str], int]:
    counts = np.bincount(ids[ids >= 0], minlength=len(words))
    order = np.argsort(-counts, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    out = np.where(ids >= 0, rank[np.maximum(ids, 0)], -1)
    keep = int(min(VOCAB, (counts >= MIN_COUNT).sum()))
    return out, [words[k] for k in order[:keep]], keep


def _ppmi(ids: np.ndarray, vocab: int) -> csr_matrix:
    a, b = ids[:-1], ids[1:]
    right = (a >= 0) & (a < vocab) & (b >= 0) & (b < CONTEXT)
    left = (b >= 0) & (b < vocab) & (a >= 0) & (a < CONTEXT)
    rows = np.concatenate([a[right], b[left]])
    cols = np.concatenate([b[right], CONTEXT + a[left]])
    m = coo_matrix(
        (np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(vocab, 2 * CONTEXT)
    ).tocsr()
    m.sum_duplicates()
    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel()
    cs = np.asarray(m.sum(axis=0)).ravel() ** 0.75  # context smoothing, as in word2vec
    cs = cs / cs.sum() * total
    coo = m.tocoo()
    pmi = np.log(coo.data * total / (rs[coo.row] * cs[coo.col]))
    pmi = np.maximum(pmi, 0.0)
    return csr_matrix((pmi, (coo.row, coo.col)), shape=m.shape)


def kmeans(x: np.ndarray, k: int, iters: int = 12, seed: int = 13) -> np.ndarray:
    """Plain Lloyd k-means (cosine on unit rows); returns the label of each row."""
    rng = np.random.default_rng(seed)
    cent = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        for lo in range(0, len(x), 8192):
            labels[lo : lo + 8192] = np.argmax(x[lo : lo + 8192] @ cent.T, axis=1)
        for c in range(k):
            members = x[labels == c]
            if len(members):
                v = members.sum(axis=0)
                cent[c] = v / (np.linalg.norm(v) or 1.0)
    return labels


def corpus_svd(corpus: Path, settings: Settings) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The corpus's frequent words and the SVD (``u``, ``s``, leading first) of their
    positive-PMI neighbour matrix: what the clusters and the dense vectors are cut from."""
    ids, words = _read_ids(corpus, settings)
    ids, vocab_words, vocab = _by_frequency(ids, words)
    u, s, _ = svds(_ppmi(ids, vocab), k=DIMS, random_state=0)
    order = np.argsort(-s)
    return vocab_words, u[:, order], s[order]


def build_clusters(corpus: Path, out: Path, settings: Settings) -> int:
    """Write ``word<TAB>a..<TAB>b..<TAB>c..`` for the corpus's frequent words."""
    vocab_words, u, s = corpus_svd(corpus, settings)
    write_clusters(vocab_words, u, s, corpus.name, out)
    return len(vocab_words)


def write_clusters(
    vocab_words: list[str], u: np.ndarray, s: np.ndarray, source: str, out: Path
) -> None:
    """k-means of the SVD rows at ``SIZES``, written one word a line."""
    x = (u * np.sqrt(s)).astype(np.float32)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    fine = kmeans(x, SIZES[-1])
    cent = np.stack(
        [x[fine == c].mean(axis=0) if (fine == c).any() else x[0] for c in range(SIZES[-1])]
    )
    cent /= np.maximum(np.linalg.norm(cent, axis=1, keepdims=True), 1e-9)
    coarse = [kmeans(cent, k)[fine] for k in SIZES[:-1]]
    vocab = len(vocab_words)
    with out.open("w", encoding="utf-8") as fh:
        fh.write(f"# marsad NER word clusters: {vocab} words, sizes {SIZES}, from {source}\n")
        for i, w in enumerate(vocab_words):
            labs = [*(f"{p}{c[i]}" for p, c in zip("ab", coarse, strict=True)), f"c{fine[i]}"]
            fh.write(w + "\t" + "\t".join(labs) + "\n")
