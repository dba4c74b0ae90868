"""CRF features. Training (ANERcorp tokens) and run time (document tokens) both go
through ``Featurizer.sequence`` over surface strings, so they see the same analysis:
the text layer's normalisation and clitic segmentation, affixes, shape, neighbours,
KB gazetteer membership, trigger words and distributional word clusters."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import msgspec

from marsad.doc import Token
from marsad.entities.lexicon import Triggers
from marsad.entities.vectors import WordVectors
from marsad.settings import NormalizeOptions
from marsad.text.normalize import table_for

if TYPE_CHECKING:
    from marsad.entities.mlp import MlpModel

_AR = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9]")
_CACHE_LIMIT = 200_000


class TokView(msgspec.Struct, frozen=True, gc=False):
    """One surface token as the tagger sees it. Strings only, so it is kept out of the
    garbage collector's reach (``gc=False``): the tagger caches one per distinct word."""

    norm: str  # normalised surface
    stem: str  # normalised stem after clitics (article kept)
    bare: str  # stem without the article
    pre: str  # proclitics, e.g. "وب"
    enc: bool  # a pronoun suffix was split off
    kind: str  # ar, lat, num, mix, punct


_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")


def _kind(norm: str) -> str:
    if not _LATIN_OR_DIGIT.search(norm):  # the common case, one regex pass
        return "ar" if _AR.search(norm) else "punct"
    ar, lat, dig = bool(_AR.search(norm)), bool(_LATIN.search(norm)), bool(_DIGIT.search(norm))
    if ar and not (lat or dig):
        return "ar"
    if ar or (lat and dig):
        return "mix"
    if lat:
        return "lat"
    return "num" if dig else "punct"


def view(tok: Token, opts: NormalizeOptions, table: dict[int, str | None] | None = None) -> TokView:
    """The tagger's view of a text-layer token (its words come from the segmenter).
    ``table``: ``table_for(opts)``, passed by callers that view many tokens (hashing
    the options for the cache costs more than the fold itself)."""
    norm = tok.norm
    kind = _kind(norm)
    if kind != "ar":
        low = norm.lower()
        return TokView(norm, low, low, "", False, kind)
    table = table if table is not None else table_for(opts)
    pre, stem, enc = "", None, False
    for w in tok.words:  # one pass (a view is made for every new word)
        if w.role == "stem":
            if stem is None:
                stem = w.form.translate(table)
        elif w.role == "proclitic":
            pre += w.form.translate(table)
        else:
            enc = True
    if stem is None:
        stem = norm
    bare = stem[2:] if stem.startswith("ال") and len(stem) > 3 else stem
    return TokView(norm, stem, bare, pre, enc, kind)


# Gazetteer tags per token (``B-GPE``, ``I-ORG``, ``B-ADJ`` ...) for a sentence of tokens.
GazFn = Callable[[Sequence[Token]], list[list[str]]]


def no_gazetteer(tokens: Sequence[Token]) -> list[list[str]]:
    return [[] for _ in tokens]


OFFSETS = (-2, -1, 1, 2)


@dataclass(slots=True)
class Parts:
    """A token's own features and what it contributes to each neighbour."""

    local: list[str]
    ctx: list[str]  # given to the token at offset ``o`` as ``f"{o}{c}"``


@dataclass(slots=True)
class Featurizer:
    """Turns a sentence of text-layer tokens into crfsuite feature lists. Per-word
    parts are cached; the run-time tagger sums their weights once per word."""

    opts: NormalizeOptions
    triggers: Triggers
    gazetteer: GazFn = no_gazetteer
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Training-data name lexicon: bare stem -> entity types it was mostly tagged with
    # (at training time built from the other folds of train, see ``marsad.entities.train``).
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    vectors: WordVectors | None = None  # dense features (``marsad.entities.vectors``)
    # the window MLP whose log-probabilities the tagger adds (``marsad.entities.mlp``);
    # it travels with the featurizer because both are read from the model folder
    mlp: MlpModel | None = None
    _views: dict[str, TokView] = field(default_factory=dict)
    _parts: dict[TokView, Parts] = field(default_factory=dict)

    def new_views(self, tokens: Iterable[Token]) -> list[TokView]:
        """Views made afresh, not cached (for a caller that keeps its own)."""
        table = table_for(self.opts)
        return [view(t, self.opts, table) for t in tokens]

    def views(self, tokens: Iterable[Token]) -> list[TokView]:
        out = []
        table = table_for(self.opts)
        for t in tokens:
            v = self._views.get(t.text)
            if v is None:
                if len(self._views) > _CACHE_LIMIT:
                    self._views.clear()
                v = self._views[t.text] = view(t, self.opts, table)
            out.append(v)
        return out

    def sequence(
        self, tokens: Sequence[Token], gaz: list[list[str]] | None = None
    ) -> list[list[str]]:
        """Feature lists for a sentence; ``gaz`` passes precomputed gazetteer tags."""
        views = self.views(tokens)
        parts = [self.parts(v) for v in views]
        extra = self._sequence_features(views, gaz if gaz is not None else self.gazetteer(tokens))
        feats: list[list[str]] = []
        n = len(views)
        for i in range(n):
            f = [*parts[i].local, *extra[i]]
            for off in OFFSETS:
                if 0 <= i + off < n:
                    f.extend(f"{off}{c}" for c in parts[i + off].ctx)
            feats.append(f)
        return feats

    def items(
        self, tokens: Sequence[Token], gaz: list[list[str]] | None = None
    ) -> list[dict[str, float]]:
        """``sequence`` as crfsuite items with values: each string feature weighs the
        number of times it occurs (as the run-time tagger sums it), plus the dense
        vector features."""
        feats = self.sequence(tokens, gaz)
        out: list[dict[str, float]] = []
        for f in feats:
            d: dict[str, float] = {}
            for name in f:
                d[name] = d.get(name, 0.0) + 1.0
            out.append(d)
        if self.vectors is not None:
            dense = self.vectors.features([v.bare for v in self.views(tokens)])
            for d, e in zip(out, dense, strict=True):
                d.update(e)
        return out

    def _sequence_features(self, views: list[TokView], gaz: list[list[str]]) -> list[list[str]]:
        """Features that depend on the sentence: gazetteer tags, padding, bigrams."""
        n = len(views)
        out: list[list[str]] = []
        for i, v in enumerate(views):
            f = ["g=" + g for g in gaz[i]]
            for off in OFFSETS:
                j = i + off
                if not 0 <= j < n:
                    f.append(f"{off}pad")
                elif abs(off) == 1:
                    f.extend(f"{off}g={g}" for g in gaz[j])
            if i > 0:
                f.append(f"bg-={views[i - 1].bare}|{v.bare}")
            if i + 1 < n:
                f.append(f"bg+={v.bare}|{views[i + 1].bare}")
            out.append(f)
        return out

    def parts(self, v: TokView) -> Parts:
        p = self._parts.get(v)
        if p is None:
            p = Parts(self._local_features(v), self.context(v))
            if len(self._parts) > _CACHE_LIMIT:
                self._parts.clear()
            self._parts[v] = p
        return p

    def context(self, v: TokView) -> list[str]:
        """What the word gives its neighbours (fixed by ``(v.stem, v.kind)``)."""
        c = [f"w={v.bare}", f"k={v.kind}"]
        t = self.triggers.trigger_class(v.stem) or self.triggers.trigger_class(v.bare)
        if t:
            c.append("t=" + t)
        c.extend("c=" + cl for cl in self.clusters.get(v.bare, ())[:2])
        return c

    def stem_parts(self, v: TokView) -> tuple[list[str], list[str]]:
        """``(stem_features(v), context(v))`` in one pass: the tagger asks both of
        every new stem, and both look up the same trigger class and clusters."""
        b, stem = v.bare, v.stem
        kind = "k=" + v.kind
        f = [f"s={stem}", f"r={b}", kind]
        if stem != b:
            f.append("al")
        n = len(b)
        f.append(f"n={min(n, 8)}")
        if n > 1:
            f += ("p1=" + b[:1], "x1=" + b[-1:])
            if n > 2:
                f += ("p2=" + b[:2], "x2=" + b[-2:])
                if n > 3:
                    f += ("p3=" + b[:3], "x3=" + b[-3:])
                    if n > 5:
                        f.append("x4=" + b[-4:])
        c = ["w=" + b, kind]
        t = self.triggers.trigger_class(stem) or self.triggers.trigger_class(b)
        if t:
            f.append("t=" + t)
            c.append("t=" + t)
        cls = self.clusters.get(b, ())
        if cls:
            f += ["c=" + cl for cl in cls]
            c += ["c=" + cl for cl in cls[:2]]
        types = self.names.get(b)
        if types:
            f += ["nl=" + t for t in types]
        return f, c

    def _local_features(self, v: TokView) -> list[str]:
        return [*self.surface_features(v), *self.stem_features(v)]

    @staticmethod
    def surface_features(v: TokView) -> list[str]:
        """The own features that depend on more than ``(stem, kind)``."""
        f = ["b", f"w={v.norm}", f"pc={v.pre}"]
        if v.enc:
            f.append("enc")
        return f

    def stem_features(self, v: TokView) -> list[str]:
        """The own features fixed by ``(v.stem, v.kind)`` (``bare`` follows from the
        stem), shared by every surface form of a stem (``والقدس``, ``بالقدس``)."""
        b = v.bare
        f = [f"s={v.stem}", f"r={b}", f"k={v.kind}"]
        if v.stem != b:
            f.append("al")
        f.append(f"n={min(len(b), 8)}")
        for k in (1, 2, 3):
            if len(b) > k:
                f.append(f"p{k}={b[:k]}")
                f.append(f"x{k}={b[-k:]}")
        if len(b) > 5:
            f.append(f"x4={b[-4:]}")
        t = self.triggers.trigger_class(v.stem) or self.triggers.trigger_class(b)
        if t:
            f.append("t=" + t)
        f.extend("c=" + cl for cl in self.clusters.get(b, ()))
        f.extend(name_features(self.names, b))
        return f


def name_features(names: dict[str, tuple[str, ...]], bare: str) -> list[str]:
    """``nl=TYPE`` for each entity type the word is known for in the name lexicon."""
    return ["nl=" + t for t in names.get(bare, ())]
