"""``marsad train ner``: train the shipped CRF from ANERcorp train (CoNLL ``token TAG``).

Tuning uses ``--holdout``: the last fraction of train is held out and scored; the
shipped model is trained on all of train (``--holdout 0``). The test split is never read.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import click
import numpy as np
import pycrfsuite

from marsad.doc import Token
from marsad.entities.crf import (
    CLUSTERS_FILE,
    MODEL_FILE,
    CrfWeights,
    NerTagger,
    bio_spans,
    make_featurizer,
    model_dir,
    tokens_from_surfaces,
)
from marsad.entities.features import Featurizer
from marsad.entities.mlp import MLP_FILE, MlpConfig, MlpFeaturizer
from marsad.entities.mlp_train import VECTOR_DIMS as VECTOR_DIMS_MLP
from marsad.entities.mlp_train import Prepared, add_stacked, cross_fold_probs, load_vectors
from marsad.entities.names import NAMES_FILE, Names, build_names, save_names
from marsad.entities.vectors import VECTORS_FILE, from_svd
from marsad.errors import Err, MarsadError
from marsad.settings import Settings
from marsad.text.steps import TextLayer

DEFAULT_TRAIN = Path("../shared/data/ner/anercorp/train.txt")
Sentence = tuple[list[str], list[str]]
# Dense vectors (``marsad.entities.vectors``): off by default, as they did not raise the
# entities step's F1 on the held-out tenths of train (PROVENANCE.md, fifth pass); with
# ``--vector-dims 40`` the leading dimensions are written, rows of length 1.
VECTOR_DIMS = 0
VECTOR_LENGTH = 1.0
MLP_EPOCHS = 2  # more overfit: held-out raw F1 fell after the second epoch (PROVENANCE)


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of ``(tokens, tags)``; a token may itself hold a space."""
    if not path.is_file():
        raise MarsadError(Err.NOT_FOUND, source=str(path))
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            if toks:
                sents.append((toks, tags))
                toks, tags = [], []
            continue
        tok, _, tag = line.strip().rpartition(" ")
        if not tok.strip() and tag == "O":
            continue  # a blank token (e.g. a lone no-break space): nothing to tag
        if not tok or not (tag == "O" or tag[:2] in ("B-", "I-")):
            raise MarsadError(
                Err.BAD_DATA_FILE,
                source=f"{path}:{n}",
                kind="CoNLL NER",
                detail=f"expected `token TAG`, got {line[:60]!r}",
                fix="one `token B-TYPE|I-TYPE|O` per line, blank lines between sentences",
            )
        toks.append(tok.strip())
        tags.append(tag)
    if toks:
        sents.append((toks, tags))
    return sents


def entity_prf(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, float]:
    """CoNLL-style exact-span entity precision, recall and F1."""
    tp = n_gold = n_pred = 0
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        tp += len(gs & ps)
        n_gold += len(gs)
        n_pred += len(ps)
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1}


def _gazetteer(settings: Settings, use_kb: bool):  # type: ignore[no-untyped-def]
    if not use_kb:
        return None
    try:
        from marsad.entities.gazetteer import kb_gazetteer
    except ModuleNotFoundError:
        return None
    return kb_gazetteer(settings)


def fold_featurizers(
    featurizer: Featurizer, sents: Sequence[tuple[list[str], list[str]]], folds: int
) -> list[tuple[Featurizer, slice]]:
    """One featurizer per contiguous block of ``sents``, each with the name lexicon of
    the other blocks (cross-fold dropout); one block with no lexicon when ``folds`` < 2."""
    if folds < 2:
        return [(replace(featurizer, names={}), slice(0, len(sents)))]
    size = -(-len(sents) // folds)
    out = []
    for k in range(folds):
        part = slice(k * size, min(len(sents), (k + 1) * size))
        rest = [*sents[: part.start], *sents[part.stop :]]
        out.append((_with_names(featurizer, build_names(rest)), part))
    return out


def _with_names(featurizer: Featurizer, names: Names) -> Featurizer:
    """A copy of ``featurizer`` with its own lexicon and empty caches (the cached
    feature parts depend on the lexicon)."""
    return replace(featurizer, names=names, _views={}, _parts={})


def _build_word_resources(corpus: Path, out: Path, settings: Settings, dims: int) -> None:
    """Word clusters and dense vectors from one SVD of the corpus."""
    from marsad.entities.clusters import corpus_svd, write_clusters

    words, u, s = corpus_svd(corpus, settings)
    write_clusters(words, u, s, corpus.name, out / CLUSTERS_FILE)
    if dims:
        from_svd(words, u, s, dims, VECTOR_LENGTH).save(out / VECTORS_FILE)
    else:
        (out / VECTORS_FILE).unlink(missing_ok=True)


def _stacked_mlp(
    featurizer: Featurizer,
    docs: Sequence[tuple[list[Token], list[str]]],
    folds: int,
    svd: Path | None,
    out: Path,
) -> tuple[list[np.ndarray], list[str]] | None:
    """Cross-fold MLP probabilities of the training sentences and the MLP's labels;
    the MLP trained on all of them is written to ``out`` (weight 0: the CRF weighs it
    through its stacked features, not by interpolation). ``None`` when off."""
    if folds < 2:
        return None
    if svd is None:
        raise click.UsageError("--mlp-folds needs --svd FILE")
    vectors = load_vectors(svd, VECTOR_DIMS_MLP)
    data = Prepared([], [], [], [])
    for toks, tags in docs:
        data.tokens.append(toks)
        data.views.append(featurizer.views(toks))
        data.gaz.append(featurizer.gazetteer(toks))
        data.tags.append(tags)
    cfg = MlpConfig(epochs=MLP_EPOCHS)

    def make_feat() -> MlpFeaturizer:
        return MlpFeaturizer(cfg.buckets, {}, featurizer.triggers, featurizer.clusters, vectors)

    probs, model = cross_fold_probs(data, make_feat, cfg, folds, click.echo)
    model.weight = 0.0
    model.save(out / MLP_FILE)
    featurizer.mlp = model
    return probs, model.labels


def holdout_start(n: int, fraction: float) -> int:
    """Where the held-out last ``fraction`` of ``n`` training sentences starts; training
    and ``marsad eval ner --holdout`` both cut here, so a held-out model never saw them."""
    return n - int(n * fraction)


@click.command(name="ner")
@click.option("--data", type=click.Path(path_type=Path), default=DEFAULT_TRAIN, show_default=True)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="model folder (default: the package)",
)
@click.option("--holdout", type=float, default=0.0, help="fraction of train held out and scored")
@click.option("--c1", type=float, default=0.03, show_default=True, help="L1 penalty")
@click.option("--c2", type=float, default=0.06, show_default=True, help="L2 penalty")
@click.option("--iterations", type=int, default=200, show_default=True, help="L-BFGS iterations")
@click.option("--kb/--no-kb", "use_kb", default=True, help="KB gazetteer features")
@click.option(
    "--name-folds",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="name-lexicon CRF feature with cross-fold dropout over K folds (0: no feature; "
    "the lexicon file is written either way)",
)
@click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    default=None,
    help="news corpus (jsonl.gz) to rebuild the word clusters and vectors from",
)
@click.option(
    "--mlp-folds",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="stack the window MLP (marsad.entities.mlp) as CRF features, its probabilities "
    "on train from K cross-fold models (0: no MLP; needs --svd)",
)
@click.option(
    "--svd",
    type=click.Path(path_type=Path),
    default=None,
    help="SVD of the news corpus for the MLP's word vectors (`marsad train ner-mlp --svd`)",
)
@click.option(
    "--vector-dims",
    type=click.IntRange(min=0),
    default=VECTOR_DIMS,
    show_default=True,
    help="dense vector dimensions written by --corpus (0: no vectors file)",
)
def train_command(
    data: Path,
    out: Path | None,
    holdout: float,
    c1: float,
    c2: float,
    iterations: int,
    use_kb: bool,
    name_folds: int,
    corpus: Path | None,
    mlp_folds: int,
    svd: Path | None,
    vector_dims: int,
) -> None:
    """Train the NER CRF from ANERcorp train (never the test split)."""
    settings = Settings()
    out = out or model_dir()
    out.mkdir(parents=True, exist_ok=True)
    if corpus is not None:
        _build_word_resources(corpus, out, settings, vector_dims)
    sents = read_conll(data)
    cut = holdout_start(len(sents), holdout)
    featurizer = make_featurizer(settings, _gazetteer(settings, use_kb), out)
    trainer = pycrfsuite.Trainer(verbose=False)
    t0 = time.perf_counter()
    layer = TextLayer(settings)
    docs = [(tokens_from_surfaces(toks, layer, settings.normalize), tags) for toks, tags in sents]
    bare = [([v.bare for v in featurizer.views(toks)], tags) for toks, tags in docs[:cut]]
    lexicon = build_names(bare)  # shipped for the step's rules whatever the features
    featurizer.names = lexicon if name_folds >= 2 else {}
    stacked = _stacked_mlp(featurizer, docs[:cut], mlp_folds, svd, out)
    for fold, part in fold_featurizers(featurizer, bare, name_folds):
        for k, (toks, tags) in enumerate(docs[part], part.start):
            items = fold.items(toks)
            if stacked is not None:
                add_stacked(items, stacked[0][k], stacked[1])
            trainer.append(items, tags)  # type: ignore[arg-type]
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
        }
    )
    with tempfile.TemporaryDirectory() as tmp:
        trainer.train(str(Path(tmp) / "ner.crfsuite"))
        weights = CrfWeights.from_crfsuite(Path(tmp) / "ner.crfsuite")
    target = out / (MODEL_FILE if holdout == 0 else "holdout.npz")
    weights.save(target)
    if holdout and out.resolve() == model_dir().resolve():
        click.echo(f"{NAMES_FILE} not written (the shipped one stays); pass --out DIR")
    else:
        save_names(lexicon, out / NAMES_FILE)  # the lexicon of every training sentence
    click.echo(f"trained on {cut} sentences in {time.perf_counter() - t0:.0f}s -> {target}")
    if holdout:
        tagger = NerTagger(featurizer, weights)
        pred = [tagger.tag(toks) for toks, _ in docs[cut:]]
        scores = entity_prf([t for _, t in docs[cut:]], pred)
        click.echo("holdout " + " ".join(f"{k}={v:.4f}" for k, v in scores.items()))
    click.echo(f"date {datetime.now(UTC).date().isoformat()}")
