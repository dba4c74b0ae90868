"""The shipped CRF tagger (python-crfsuite): BIO over PERS/ORG/LOC/MISC as in ANERcorp.

Files under ``marsad/models/ner/``: ``ner.npz`` (the crfsuite model's weights as
arrays), ``clusters.tsv``
(word -> distributional cluster ids, built from the ANT news corpus) and
``PROVENANCE.md``. All are produced by ``marsad train ner``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import compress, count, pairwise, repeat
from operator import attrgetter, is_
from pathlib import Path

import numpy as np
import pycrfsuite

from marsad.doc import Token
from marsad.entities.features import OFFSETS, Featurizer, GazFn, TokView, no_gazetteer
from marsad.entities.lexicon import load_triggers
from marsad.entities.mlp import MLP_FILE, MlpModel
from marsad.entities.names import NAMES_FILE, load_names
from marsad.entities.vectors import DENSE_OFFSETS, VECTORS_FILE, WordVectors, dense_names
from marsad.errors import Err, MarsadError
from marsad.settings import NormalizeOptions, Settings
from marsad.text.normalize import normalize
from marsad.text.steps import TextLayer

MODEL_FILE = "ner.npz"
CLUSTERS_FILE = "clusters.tsv"
TRAIN_COMMAND = "marsad train ner"
_TEXT = attrgetter("text")  # a token's surface, read in C by ``map``
_STEM_KIND = attrgetter("stem", "kind")  # a view's key in the stem table
_NORM, _PRE, _ENC, _BARE = (attrgetter(a) for a in ("norm", "pre", "enc", "bare"))
_VIEW_LIMIT = 300_000  # distinct words kept in the emission table
STACK_OFFSETS = (-1, 0, 1)  # the MLP's probabilities as CRF features, own and +-1
_PAD_VIEW = TokView("", "", "", "", False, "punct")  # row 0's: no word's


def model_dir() -> Path:
    return Path(str(resources.files("marsad").joinpath("models", "ner")))


def load_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    """``word<TAB>id1<TAB>id2 ...``; a missing file means no cluster features."""
    if not path.is_file():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            word, *ids = line.rstrip("\n").split("\t")
            if word and ids:
                out[word] = tuple(ids)
    return out


def make_featurizer(settings: Settings, gazetteer: GazFn | None, directory: Path) -> Featurizer:
    triggers = load_triggers(settings.normalize)
    clusters = load_clusters(directory / CLUSTERS_FILE)
    mlp_path = directory / MLP_FILE
    return Featurizer(
        opts=settings.normalize,
        triggers=triggers,
        gazetteer=gazetteer or no_gazetteer,
        clusters=clusters,
        names=load_names(directory / NAMES_FILE),
        vectors=WordVectors.load(directory / VECTORS_FILE),
        mlp=MlpModel.load(mlp_path, triggers, clusters) if mlp_path.is_file() else None,
    )


@dataclass(slots=True)
class CrfWeights:
    """A trained linear-chain CRF as arrays: state weights ``w[feature, label]`` and
    transitions ``trans[from, to]``. Exported from crfsuite after training so tagging
    needs one numpy gather per sentence instead of a string lookup per feature."""

    labels: list[str]
    vocab: dict[str, int]
    w: np.ndarray
    trans: np.ndarray

    @classmethod
    def from_crfsuite(cls, path: Path) -> CrfWeights:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        labels = sorted(info.labels, key=lambda lab: int(info.labels[lab]))
        lab_ix = {lab: i for i, lab in enumerate(labels)}
        vocab: dict[str, int] = {}
        for attr, _ in info.state_features:
            vocab.setdefault(attr, len(vocab))
        w = np.zeros((len(vocab), len(labels)), dtype=np.float32)
        for (attr, lab), weight in info.state_features.items():
            w[vocab[attr], lab_ix[lab]] = weight
        trans = np.zeros((len(labels), len(labels)), dtype=np.float32)
        for (a, b), weight in info.transitions.items():
            trans[lab_ix[a], lab_ix[b]] = weight
        tagger.close()
        return cls(labels, vocab, w, trans)

    def save(self, path: Path) -> None:
        attrs = sorted(self.vocab, key=self.vocab.__getitem__)
        np.savez_compressed(
            path,
            attrs=np.frombuffer("\n".join(attrs).encode("utf-8"), dtype=np.uint8),
            labels=np.array(self.labels),
            w=self.w,
            trans=self.trans,
        )

    @classmethod
    def load(cls, path: Path) -> CrfWeights:
        with np.load(path, allow_pickle=False) as data:
            attrs = data["attrs"].tobytes().decode("utf-8").split("\n")
            return cls(
                [str(x) for x in data["labels"]],
                {a: i for i, a in enumerate(attrs)},
                data["w"],
                data["trans"],
            )

    def dense(self, dims: int) -> np.ndarray | None:
        """Weights of the dense vector features laid out like the emission table,
        ``[slot, dim, label]`` (slot 0: own, slot k: ``OFFSETS[k-1]``); ``None`` when
        the model has none."""
        out = np.zeros((1 + len(OFFSETS), dims, len(self.labels)), dtype=np.float32)
        found = False
        for names, off in zip(dense_names(dims), (0, *DENSE_OFFSETS), strict=True):
            slot = 0 if off == 0 else 1 + OFFSETS.index(off)
            for d, name in enumerate(names):
                k = self.vocab.get(name)
                if k is not None:
                    out[slot, d] = self.w[k]
                    found = True
        return out if found else None

    def stacked(self, mlp_labels: Sequence[str]) -> np.ndarray | None:
        """Weights of the stacked MLP features (``{off}m={label}``, valued by the MLP's
        probability of the label at the token ``off`` away) as
        ``[offset, mlp label, crf label]``; ``None`` when the model has none."""
        out = np.zeros((len(STACK_OFFSETS), len(mlp_labels), len(self.labels)), np.float32)
        found = False
        for k, off in enumerate(STACK_OFFSETS):
            for j, lab in enumerate(mlp_labels):
                row = self.vocab.get(f"{off}m={lab}")
                if row is not None:
                    out[k, j] = self.w[row]
                    found = True
        return out if found else None

    def row(self, features: Sequence[str]) -> np.ndarray:
        """The summed state weights of ``features`` (unknown ones weigh nothing)."""
        ids = [self.vocab[f] for f in features if f in self.vocab]
        return self.w[ids].sum(axis=0) if ids else np.zeros(len(self.labels), np.float32)


class NerTagger:
    """CRF tagger over text-layer tokens. Features are linear, so each distinct word's
    contribution (its own features, and what it adds to each neighbour) is summed once
    into an emission table; a document is then tagged with a few array operations and
    one Viterbi pass over all its sentences at once."""

    def __init__(self, featurizer: Featurizer, weights: CrfWeights, o_penalty: float = 0.0) -> None:
        self.featurizer = featurizer
        self.weights = weights
        n = len(weights.labels)
        # Subtracted from the O label's score at every token: trades precision for
        # recall (the trained CRF under-tags names it has not seen).
        self._o_shift = np.zeros(n, dtype=np.float32)
        if "O" in weights.labels:
            self._o_shift[weights.labels.index("O")] = -o_penalty
        self._vids: dict[str, int] = {}
        self._n_words = 1  # rows of the emission table in use (row 0: the padding)
        self._row_views: list[TokView] = [_PAD_VIEW]  # the view of each row's word
        # The tokens last tagged and their rows, so the entities step gets their views
        # by row instead of hashing every token's text a second time.
        self._last: tuple[Sequence[Token], list[int]] | None = None
        self._last_views: list[TokView] | None = None  # built by the first ``views_of``
        self._table = np.zeros((1024, 1 + len(OFFSETS), n), dtype=np.float32)
        self._stems: dict[tuple[str, str], int] = {}  # (stem, kind) -> row of _stem_table
        self._stem_table = np.zeros_like(self._table)
        # Row 0 stands for the padding outside a sentence: what it gives the token at
        # each offset is that offset's ``pad`` feature (its own slot is never read).
        for k, off in enumerate(OFFSETS, 1):
            self._table[0, k] = weights.row([f"{off}pad"])
        self._bigrams = Bigrams.from_vocab(weights.vocab)
        self._bg_ids = np.full(len(self._table), -1, dtype=np.int64)  # row -> bigram word
        self._gaz: dict[tuple[str, ...], tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        self._ctx: dict[str, int] = {}  # context feature -> its row of _blocks
        # every feature name the model has at some offset, offset cut off: a context
        # feature outside it (most new words' ``w=``) weighs nothing, without 4 lookups
        self._ctx_names = _offset_free(weights.vocab)
        # what a context feature weighs on the tokens at each offset; row 0: nothing
        self._blocks = np.zeros((64, len(OFFSETS), n), dtype=np.float32)
        self._n_blocks = 1
        # the state weights with a row of zeros last, where the id -1 (unknown) points
        self._w0 = np.concatenate([weights.w, np.zeros((1, n), dtype=weights.w.dtype)])
        vectors = featurizer.vectors
        self._dense = None if vectors is None else weights.dense(vectors.dims)
        self.mlp = featurizer.mlp
        self.mlp_weight = 0.0 if self.mlp is None else self.mlp.weight
        # the stacked-feature weights, read once for the MLP they were last read for
        self._stack: tuple[MlpModel, np.ndarray | None] | None = None
        self._plans: dict[int, tuple[np.ndarray, ...]] = {}  # ``best_paths``' index arrays

    @classmethod
    def load(
        cls, settings: Settings, gazetteer: GazFn | None = None, directory: Path | None = None
    ) -> NerTagger:
        directory = directory or model_dir()
        path = directory / MODEL_FILE
        if not path.is_file():
            raise MarsadError(Err.MISSING_RESOURCE, path=str(path), command=TRAIN_COMMAND)
        try:
            weights = CrfWeights.load(path)
        except (OSError, ValueError, KeyError) as exc:
            raise MarsadError(
                Err.BAD_RESOURCE, path=str(path), detail=str(exc), fix=f"run `{TRAIN_COMMAND}`"
            ) from None
        return cls(make_featurizer(settings, gazetteer, directory), weights)

    def tag(self, tokens: Sequence[Token], gaz: list[list[str]] | None = None) -> list[str]:
        """Labels of one sentence."""
        if gaz is None:
            gaz = self.featurizer.gazetteer(tokens)
        return self.tag_doc(tokens, [(0, len(tokens))], gaz)[0]

    def tag_doc(
        self, tokens: Sequence[Token], bounds: Sequence[tuple[int, int]], gaz: list[list[str]]
    ) -> tuple[list[str], list[float]]:
        """Labels and a confidence per token for sentences ``bounds`` (token ranges,
        in order) of ``tokens``; tokens outside every range are labelled O. Only
        the tokens not labelled O and the token before each have their confidence
        computed (``_confidences``; the others: 1.0)."""
        labels = ["O"] * len(tokens)
        probs = [1.0] * len(tokens)
        bounds = [(a, b) for a, b in bounds if b > a]
        if not bounds:
            return labels, probs
        lengths = np.array([b - a for a, b in bounds])
        sent = np.repeat(np.arange(len(bounds)), lengths)
        whole = bounds[0][0] == 0 and bounds[-1][1] == len(tokens) and _in_order(bounds)
        if whole:
            em = self._emissions(tokens, sent, gaz)  # every token, in order: no copy
        else:
            order = np.concatenate([np.arange(a, b) for a, b in bounds])
            em = self._emissions([tokens[i] for i in order], sent, [gaz[i] for i in order])
        path = best_paths(em, sent, lengths, self.weights.trans, self._plans)
        names = self.weights.labels
        tags = [names[k] for k in path]
        named, conf = self._confidences(em, path, tags)
        if whole:
            labels = tags
        else:
            rows = order.tolist()
            for i, lab in zip(rows, tags, strict=True):
                labels[i] = lab
            named = [rows[k] for k in named]
        for i, p in zip(named, conf, strict=True):
            probs[i] = p
        return labels, probs

    @staticmethod
    def _confidences(
        em: np.ndarray, path: list[int], tags: list[str]
    ) -> tuple[list[int], list[float]]:
        """The rows a caller reads a confidence of, and the softmax probability of
        each one's label: the rows not tagged O and the row before each (the
        entities step may widen a name by the word before it, ``given_before``). Most
        rows are O, so theirs is not computed; a row's floats do not depend on the
        other rows."""
        named = list(compress(count(), map("O".__ne__, tags)))  # in C
        if not named:
            return named, []
        rows = sorted({*named, *(i - 1 for i in named if i > 0)})
        sub = em[rows]
        ex = np.exp(sub - sub.max(axis=1, keepdims=True))
        picked = ex[np.arange(len(rows)), [path[i] for i in rows]]
        return rows, (picked / ex.sum(axis=1)).tolist()

    def views_of(self, tokens: Sequence[Token]) -> list[TokView]:
        """The tagger's views of ``tokens``; for the tokens just tagged they are read
        by emission-table row."""
        if self._last is not None and self._last[0] is tokens:
            # the entities step asks twice per document: the list is built once
            if self._last_views is None:
                self._last_views = list(map(self._row_views.__getitem__, self._last[1]))
            return self._last_views
        return self.featurizer.views(tokens)

    def _emissions(
        self, tokens: Sequence[Token], sent: np.ndarray, gaz: list[list[str]]
    ) -> np.ndarray:
        rows = self._word_ids(tokens)
        self._last = (tokens, rows)
        self._last_views = None
        vids = np.array(rows, dtype=np.intp)
        table = self._table
        em = table[vids, 0]
        # The rows again with two padding rows (row 0) before, between and after the
        # sentences: the neighbour at offset ``off`` of the token at ``place`` is at
        # ``place + off``, the padding where it is outside the token's sentence.
        place = np.arange(len(vids)) + 2 * sent + 2
        padded = np.zeros(len(vids) + 2 * int(sent[-1]) + 4, dtype=np.intp)
        padded[place] = vids
        for k, off in enumerate(OFFSETS, 1):  # added in this order, as the features were
            em += table[padded[place + off], k]
        self._add_sparse(em, vids, sent, gaz)
        em += self._o_shift
        mlp = self.mlp
        if mlp is not None:
            if self._stack is None or self._stack[0] is not mlp:
                self._stack = (mlp, self.weights.stacked(mlp.labels))
            stack = self._stack[1]
            if stack is not None or self.mlp_weight:
                lp = mlp.scores(list(map(self._row_views.__getitem__, rows)), gaz, sent)
                if self.mlp_weight:
                    em += self.mlp_weight * lp[:, mlp.scores_for(self.weights.labels)]
                if stack is not None:
                    em += _stacked_scores(np.exp(lp), sent, stack)
        return em

    def _add_sparse(
        self, em: np.ndarray, vids: np.ndarray, sent: np.ndarray, gaz: list[list[str]]
    ) -> None:
        """Gazetteer tags (own and +-1) and word bigrams, which depend on the sentence."""
        next_same = sent[1:] == sent[:-1]
        same_next = next_same.tolist()
        # (row, weights) in the order a per-token loop would add them: np.add.at adds
        # in index order, so every row gets the same float sums, in one call
        at: list[int] = []
        add: list[np.ndarray] = []
        last = len(gaz) - 1
        for i in [i for i, tags in enumerate(gaz) if tags]:
            own, on_next, on_prev = self._gaz_rows(tuple(gaz[i]))
            at.append(i)
            add.append(own)
            if i > 0 and same_next[i - 1]:
                at.append(i - 1)
                add.append(on_prev)
            if i < last and same_next[i]:
                at.append(i + 1)
                add.append(on_next)
        if at:
            np.add.at(em, np.array(at, dtype=np.intp), np.array(add))
        self._bigrams.add(em, self._bg_ids[vids], next_same, self.weights.w)

    def _gaz_rows(self, tags: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Weights of a token's gazetteer tags: on itself, on the next token (its
        ``-1g=`` features) and on the previous one (``1g=``)."""
        rows = self._gaz.get(tags)
        if rows is None:
            w = self.weights
            rows = self._gaz[tags] = (
                w.row(["g=" + g for g in tags]),
                w.row([f"-1g={g}" for g in tags]),
                w.row([f"1g={g}" for g in tags]),
            )
        return rows

    def _word_ids(self, tokens: Sequence[Token]) -> list[int]:
        """Emission-table rows of ``tokens``; words not seen before are added in one
        batch, so a document pays one numpy gather for all its new words."""
        ids = list(map(self._vids.get, map(_TEXT, tokens)))  # no Python-level loop
        if None not in ids:  # a C-level scan: most documents repeat known words
            return ids  # type: ignore[return-value]
        missing = list(compress(range(len(ids)), map(is_, ids, repeat(None))))  # in C
        new = list({tokens[i].text: tokens[i] for i in missing}.values())
        if len(self._vids) + len(new) > _VIEW_LIMIT:  # start afresh, keeping memory bounded
            self._vids.clear()
            self._n_words = 1  # row 0, the padding, stays
            del self._row_views[1:]
            self._ctx.clear()
            self._n_blocks = 1
            self._stems.clear()
            new = list({t.text: t for t in tokens}.values())
            missing = list(range(len(tokens)))
        self._add_words(new)
        vids = self._vids
        for i in missing:
            ids[i] = vids[tokens[i].text]
        return ids  # type: ignore[return-value]

    def _add_words(self, tokens: Sequence[Token]) -> None:
        """Emission rows of new words: the rows of the word's stem (own stem features
        and all it gives its neighbours, shared by ``القدس``, ``والقدس``, ``بالقدس``),
        plus the few features of the surface form itself."""
        base = self._n_words
        while base + len(tokens) > len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            self._bg_ids = np.concatenate([self._bg_ids, np.full_like(self._bg_ids, -1)])
        views = self.featurizer.new_views(tokens)  # new words: the row keeps the view
        keys = list(map(_STEM_KIND, views))  # (stem, kind) tuples, built in C
        self._add_stems([v for v, k in zip(views, keys, strict=True) if k not in self._stems])
        n = len(tokens)
        new = slice(base, base + n)
        self._table[new] = self._stem_table[list(map(self._stems.__getitem__, keys))]
        self._bg_ids[new] = list(map(self._bigrams.words.get, map(_BARE, views), repeat(-1)))
        self._n_words += n
        self._row_views += views
        self._add_surface(self._table[new, 0], views)
        self._vids.update(zip(map(_TEXT, tokens), range(base, base + n), strict=True))

    def _add_surface(self, own: np.ndarray, views: list[TokView]) -> None:
        """Add to the words' own rows ``own`` (their stems' rows, in place) the weights
        of their surface features (``Featurizer.surface_features``), one feature at a
        time for all words, each feature string built and looked up in C. The float
        sums are those of ``np.add.reduceat`` over each word's stem row and features:
        the stem row plus the features summed apart, in order (numpy reduces the
        rest of a short segment from -0.0, so starting from the first one is exact)."""
        get, w0 = self.weights.vocab.get, self._w0
        n = len(views)
        inner = np.empty_like(own)
        inner[:] = w0[get("b", -1)]
        for prefix, field in (("w=", _NORM), ("pc=", _PRE)):
            names = map(prefix.__add__, map(field, views))
            inner += w0[np.fromiter(map(get, names, repeat(-1)), np.intp, n)]
        enc = list(compress(range(n), map(_ENC, views)))
        if enc:  # only the words that have it, as in their feature lists
            inner[enc] += w0[get("enc", -1)]
        own += inner

    def _add_stems(self, views: Sequence[TokView]) -> None:
        """Rows of new stems: every own feature of every stem looked up in one C-level
        ``map``, each context feature as its cached block of weights on the four
        neighbours; each (stem, offset) row summed by one ``np.add.reduceat``, in the
        features' order (unknown features weigh 0.0, and adding it is exact)."""
        views = list({(v.stem, v.kind): v for v in views}.values())
        if not views:
            return
        base = len(self._stems)
        while base + len(views) > len(self._stem_table):
            self._stem_table = np.concatenate([self._stem_table, np.zeros_like(self._stem_table)])
        local: list[str] = []
        local_starts: list[int] = []
        ctx: list[str] = []
        ctx_starts: list[int] = []
        featurizer = self.featurizer
        stem_parts = featurizer.stem_parts
        for j, v in enumerate(views):
            own, gives = stem_parts(v)
            local_starts.append(len(local))
            local += own
            ctx_starts.append(len(ctx))
            ctx += gives
            self._stems[v.stem, v.kind] = base + j
        ids = np.fromiter(map(self.weights.vocab.get, local, repeat(-1)), np.intp, len(local))
        blocks: list[int | None] = list(map(self._ctx.get, ctx))  # most known already
        for k in [k for k, b in enumerate(blocks) if b is None]:
            blocks[k] = self._ctx_block(ctx[k])
        new = self._stem_table[base : base + len(views)]  # a view
        new[:, 0] = np.add.reduceat(self._w0[ids], local_starts)
        rows = np.array(blocks, dtype=np.intp)  # no None is left
        new[:, 1:] = np.add.reduceat(self._blocks[rows], ctx_starts)
        self._add_dense(new, views)

    def _add_dense(self, new: np.ndarray, views: Sequence[TokView]) -> None:
        """Add each stem's vector times the dense weights to its own and neighbour
        slots (a word the vectors do not know adds nothing, as in training)."""
        vectors, dense = self.featurizer.vectors, self._dense
        if vectors is None or dense is None:
            return
        known = [
            (j, k) for j, v in enumerate(views) if (k := vectors.index.get(v.bare)) is not None
        ]
        if known:
            at, rows = zip(*known, strict=True)
            x = vectors.x[list(rows)]
            new[list(at)] += np.einsum("md,sdl->msl", x, dense)

    def _ctx_block(self, feature: str) -> int:
        """The row of ``_blocks`` holding the weights a context feature puts on the
        tokens at each offset (0.0 where the model has no such feature; row 0 for a
        feature the model never saw, as most words are); most (shape, cluster,
        trigger) are shared by many words, so they are looked up once."""
        block = self._ctx.get(feature)
        if block is None and feature not in self._ctx_names:
            block = self._ctx[feature] = 0
        if block is None:
            get = self.weights.vocab.get
            ids = [get(f"{o}{feature}", -1) for o in OFFSETS]
            block = 0
            if ids.count(-1) < len(ids):
                if self._n_blocks == len(self._blocks):
                    self._blocks = np.concatenate([self._blocks, np.zeros_like(self._blocks)])
                block, self._n_blocks = self._n_blocks, self._n_blocks + 1
                self._blocks[block] = self._w0[ids]
            self._ctx[feature] = block
        return block


def _stacked_scores(probs: np.ndarray, sent: np.ndarray, stack: np.ndarray) -> np.ndarray:
    """What the stacked MLP features add to each token: the probabilities at each
    offset (inside the sentence) times their weights."""
    n = len(probs)
    out = np.zeros((n, stack.shape[2]), np.float32)
    for k, off in enumerate(STACK_OFFSETS):
        lo, hi = max(0, -off), min(n, n - off)
        same = sent[lo:hi] == sent[lo + off : hi + off]
        out[lo:hi] += np.where(same[:, None], probs[lo + off : hi + off] @ stack[k], 0)
    return out


def _offset_free(vocab: dict[str, int]) -> frozenset[str]:
    """The names of the features at an offset (``-1w=x``, ``2k=ar``) without it."""
    prefixes = tuple(str(o) for o in OFFSETS)
    return frozenset(
        f[len(o) :]
        for f in vocab
        if f.startswith(prefixes)  # one C-level test rules out most
        for o in prefixes
        if f.startswith(o)
    )


def best_paths(
    em: np.ndarray,
    sent: np.ndarray,
    lengths: np.ndarray,
    trans: np.ndarray,
    plans: dict[int, tuple[np.ndarray, ...]] | None = None,
) -> list[int]:
    """Viterbi best paths of all sentences at once (``sent``: each row's sentence,
    ``lengths``: each sentence's rows, in order; ``trans[from, to]``), padded to the
    longest and time-major. Each step is a few calls on small arrays, so their fixed
    cost is what counts: the candidates ``cand[s, y, a] = scores[t-1, s, a] +
    trans[a, y]`` are built by one gather and one flat add (a 3-D broadcast costs
    three times as much),
    with ``a`` last so the argmax runs over contiguous rows; the best score is
    read at the argmax instead of being reduced a second time (the same float).
    Sentences are laid out longest first, so the ones still running at a step are a
    prefix and a step works on them alone (a long sentence no longer makes every
    short one pay for its length). ``plans``: the caller's cache of ``_plan``."""
    n_sent, t_max, n_lab = len(lengths), int(lengths.max()), em.shape[1]
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    pos = np.arange(len(sent)) - starts[sent]
    by_len = np.argsort(-lengths, kind="stable")  # column -> sentence
    col = np.empty(n_sent, dtype=np.intp)
    col[by_len] = np.arange(n_sent)  # sentence -> column
    # not zeroed: a sentence's cells past its end are never read (nor row 0 of back)
    scores = np.empty((t_max, n_sent, n_lab), dtype=em.dtype)
    scores[pos, col[sent]] = em  # emissions, turned into path scores step by step
    back = np.empty((t_max, n_sent, n_lab), dtype=np.intp)
    flat_scores = scores.reshape(t_max, n_sent * n_lab)
    gather, tiled, row_of = (
        _plan(n_sent, trans) if plans is None else _cached_plan(plans, n_sent, trans)
    )
    cand = np.empty(n_sent * n_lab * n_lab, dtype=em.dtype)
    at = np.empty((n_sent, n_lab), dtype=np.intp)
    add = np.add
    # the sentences running at step t: those longer than t, a prefix of the columns
    running = np.searchsorted(-lengths[by_len], -np.arange(t_max), side="left").tolist()
    k = -1
    for t in range(1, t_max):
        if running[t] != k:  # views of the running prefix, remade only when it shrinks
            k = running[t]
            m = k * n_lab * n_lab
            g, c, tl, c3 = gather[:m], cand[:m], tiled[:m], cand[:m].reshape(k, n_lab, n_lab)
            ro, a_k = row_of[:k], at[:k]
        flat_scores[t - 1].take(g, out=c, mode="wrap")  # "wrap": no bounds check
        add(c, tl, out=c)
        b, row = back[t, :k], scores[t, :k]
        c3.argmax(axis=2, out=b)
        add(b, ro, out=a_k)
        add(row, c[a_k], out=row)
    final = scores[lengths[by_len] - 1, np.arange(n_sent)]
    # Backtrack in Python over each sentence's own length: cheaper than t_max
    # masked numpy steps over the padded batch.
    best = final.argmax(axis=1).tolist()
    out: list[int] = []
    for n, j in zip(lengths.tolist(), col.tolist(), strict=True):
        ptr = back[:n, j].ravel().tolist()  # one flat list: no list per token
        cur = best[j]
        path = [cur] * n
        for t in range(n - 1, 0, -1):
            cur = ptr[t * n_lab + cur]
            path[t - 1] = cur
        out.extend(path)
    return out


def _plan(n_sent: int, trans: np.ndarray) -> tuple[np.ndarray, ...]:
    """``best_paths``' index arrays for ``n_sent`` sentences: the flat index (s, y, a) ->
    (s, a) of the previous scores, ``trans.T`` tiled alike, and each (s, y)'s first
    candidate. Those of fewer sentences are their prefixes."""
    n_lab = len(trans)
    gather = np.tile(np.arange(n_lab), n_sent * n_lab) + np.repeat(
        np.arange(n_sent) * n_lab, n_lab * n_lab
    )
    tiled = np.tile(trans.T.ravel(), n_sent)
    row_of = np.arange(n_sent * n_lab, dtype=np.intp).reshape(n_sent, n_lab) * n_lab
    return gather, tiled, row_of


def _cached_plan(
    plans: dict[int, tuple[np.ndarray, ...]], n_sent: int, trans: np.ndarray
) -> tuple[np.ndarray, ...]:
    """``_plan`` cut from one made for at least ``n_sent`` sentences (made once per
    doubling, not once per document); ``plans`` holds it under ``id(trans)``."""
    got = plans.get(id(trans))
    if got is None or len(got[2]) < n_sent:
        got = plans[id(trans)] = _plan(max(n_sent, 64, 2 * len(got[2]) if got else 0), trans)
    n_lab = len(trans)
    m = n_sent * n_lab * n_lab
    return got[0][:m], got[1][:m], got[2][:n_sent]


def _in_order(bounds: Sequence[tuple[int, int]]) -> bool:
    """Each range starts where the previous one ends."""
    return all(a == prev_b for (_, prev_b), (a, _) in pairwise(bounds))


@dataclass(slots=True)
class Bigrams:
    """Word-bigram features (``bg-=a|b`` on b, ``bg+=a|b`` on a) as sorted integer
    codes of word pairs, so a document's bigrams are found with one ``searchsorted``
    instead of a dictionary lookup per token pair."""

    words: dict[str, int]  # bare word -> id, for words in some bigram feature
    minus: tuple[np.ndarray, np.ndarray]  # (sorted pair codes, weight rows)
    plus: tuple[np.ndarray, np.ndarray]

    @classmethod
    def from_vocab(cls, vocab: dict[str, int]) -> Bigrams:
        words: dict[str, int] = {}
        pairs: dict[str, list[tuple[int, int, int]]] = {"-": [], "+": []}
        for f, r in vocab.items():
            if f.startswith(("bg-=", "bg+=")):
                a, sep, b = f[4:].partition("|")
                if sep:
                    ia = words.setdefault(a, len(words))
                    ib = words.setdefault(b, len(words))
                    pairs[f[2]].append((ia, ib, r))
        size = max(len(words), 1)

        def table(rows: list[tuple[int, int, int]]) -> tuple[np.ndarray, np.ndarray]:
            codes = np.array([a * size + b for a, b, _ in rows], dtype=np.int64)
            order = np.argsort(codes)
            return codes[order], np.array([r for *_, r in rows], dtype=np.intp)[order]

        return cls(words, table(pairs["-"]), table(pairs["+"]))

    def add(self, em: np.ndarray, ids: np.ndarray, same_next: np.ndarray, w: np.ndarray) -> None:
        """Add the bigram weights of tokens with bigram-word ``ids`` (-1: none) to
        ``em``; ``same_next[i]``: tokens i and i+1 are in one sentence."""
        a, b = ids[:-1], ids[1:]
        pos = np.flatnonzero(same_next & (a >= 0) & (b >= 0))
        if not len(pos):
            return
        codes = a[pos] * max(len(self.words), 1) + b[pos]
        for (known, rows), target in ((self.minus, pos + 1), (self.plus, pos)):
            if not len(known):
                continue
            k = np.minimum(np.searchsorted(known, codes), len(known) - 1)
            hit = known[k] == codes
            em[target[hit]] += w[rows[k[hit]]]


def tokens_from_surfaces(
    surfaces: Sequence[str], layer: TextLayer, opts: NormalizeOptions
) -> list[Token]:
    """Pre-tokenised text (CoNLL tokens) as text-layer tokens, one per surface, with
    offsets into the surfaces joined by spaces; the words come from the text layer."""
    out: list[Token] = []
    pos = 0
    for s in surfaces:
        parts = layer.tokens(s) or [Token(start=0, end=len(s), text=s, norm=s, kind="symbol")]
        words = [w for t in parts for w in t.words]
        for w in words:
            w.start += pos
            w.end += pos
        kind = parts[0].kind if len(parts) == 1 else "word"
        norm = parts[0].norm if len(parts) == 1 else normalize(s, opts)
        out.append(Token(start=pos, end=pos + len(s), text=s, norm=norm, kind=kind, words=words))
        pos += len(s) + 1
    return out


def bio_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` token spans from BIO labels (a stray I- opens a span)."""
    spans: list[tuple[int, int, str]] = []
    start, typ, last = -1, "", -1
    # Only the labelled tokens are visited (most are O); an O gap closes a span.
    for i in [i for i, lab in enumerate(labels) if lab != "O"]:
        kind, _, t = labels[i].partition("-")
        if start >= 0 and (i != last + 1 or kind != "I" or t != typ):
            spans.append((start, last + 1, typ))
            start = -1
        if kind == "B" or (kind == "I" and start < 0):
            start, typ = i, t
        last = i
    if start >= 0:
        spans.append((start, last + 1, typ))
    return spans
