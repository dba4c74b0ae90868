"""The shipped CRF tagger (python-crfsuite): BIO over PERS/ORG/LOC/MISC as in ANERcorp.

Files under ``marsad/models/ner/``: ``ner.crfsuite`` (the model), ``clusters.tsv``
(word -> distributional cluster ids, built from the ANT news corpus) and
``PROVENANCE.md``. All are produced by ``marsad train ner``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pycrfsuite

from marsad.doc import Token
from marsad.entities.features import Featurizer, GazFn, no_gazetteer
from marsad.entities.lexicon import load_triggers
from marsad.errors import Err, MarsadError
from marsad.settings import NormalizeOptions, Settings
from marsad.text.normalize import normalize
from marsad.text.steps import TextLayer

MODEL_FILE = "ner.crfsuite"
CLUSTERS_FILE = "clusters.tsv"
TRAIN_COMMAND = "marsad train ner"


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
    return Featurizer(
        opts=settings.normalize,
        triggers=load_triggers(settings.normalize),
        gazetteer=gazetteer or no_gazetteer,
        clusters=load_clusters(directory / CLUSTERS_FILE),
    )


@dataclass(slots=True)
class NerTagger:
    """CRF tagger over sentences of surface tokens."""

    featurizer: Featurizer
    tagger: pycrfsuite.Tagger

    @classmethod
    def load(
        cls, settings: Settings, gazetteer: GazFn | None = None, directory: Path | None = None
    ) -> NerTagger:
        directory = directory or model_dir()
        path = directory / MODEL_FILE
        if not path.is_file():
            raise MarsadError(Err.MISSING_RESOURCE, path=str(path), command=TRAIN_COMMAND)
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(path))
        except (OSError, ValueError) as exc:
            raise MarsadError(
                Err.BAD_RESOURCE, path=str(path), detail=str(exc), fix=f"run `{TRAIN_COMMAND}`"
            ) from None
        return cls(make_featurizer(settings, gazetteer, directory), tagger)

    def tag(self, tokens: Sequence[Token], gaz: list[list[str]] | None = None) -> list[str]:
        if not tokens:
            return []
        return list(self.tagger.tag(self.featurizer.sequence(tokens, gaz)))

    def tag_scored(
        self, tokens: Sequence[Token], gaz: list[list[str]] | None = None
    ) -> tuple[list[str], list[float]]:
        """Labels and each label's marginal probability (a confidence)."""
        labels = self.tag(tokens, gaz)
        probs = [self.tagger.marginal(lab, i) for i, lab in enumerate(labels)]
        return labels, probs


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
    start, typ = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        kind, _, t = lab.partition("-")
        if start >= 0 and (kind != "I" or t != typ):
            spans.append((start, i, typ))
            start = -1
        if kind == "B" or (kind == "I" and start < 0):
            start, typ = i, t
    return spans
