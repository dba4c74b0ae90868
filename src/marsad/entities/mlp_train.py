"""``marsad train ner-mlp``: train the window MLP tagger (``marsad.entities.mlp``) from
ANERcorp train, beside the CRF. ``--holdout F`` trains on the first part and scores the
last fraction F (raw MLP and CRF + MLP with the CRF found in ``--out``); the shipped
model is trained on all of train. The test split is never read.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
import numpy as np

from marsad.doc import Token
from marsad.entities.crf import MODEL_FILE, CrfWeights, NerTagger, make_featurizer, model_dir
from marsad.entities.features import Featurizer, TokView
from marsad.entities.mlp import (
    MLP_FILE,
    Adam,
    MlpConfig,
    MlpFeaturizer,
    MlpModel,
    MlpWeights,
    forward,
    loss_and_grads,
    make_batch,
    with_zero_row,
)
from marsad.entities.vectors import WordVectors, from_svd
from marsad.errors import Err, MarsadError
from marsad.settings import Settings
from marsad.text.steps import TextLayer

LABELS = ["O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
VECTOR_DIMS = 64
_DEFAULT = MlpConfig()  # the option defaults


@dataclass(slots=True)
class Prepared:
    """Training sentences as the tagger sees them."""

    tokens: list[list[Token]]
    views: list[list[TokView]]
    gaz: list[list[list[str]]]
    tags: list[list[str]]

    def part(self, sl: slice) -> Prepared:
        return Prepared(self.tokens[sl], self.views[sl], self.gaz[sl], self.tags[sl])


def prepare(sents: Sequence[tuple[list[str], list[str]]], featurizer: Featurizer) -> Prepared:
    """Text-layer views and KB gazetteer tags of CoNLL sentences (as the CRF's)."""
    from marsad.entities.crf import tokens_from_surfaces

    layer = TextLayer(Settings(normalize=featurizer.opts))
    out = Prepared([], [], [], [])
    for toks, tags in sents:
        tokens = tokens_from_surfaces(toks, layer, featurizer.opts)
        out.tokens.append(tokens)
        out.views.append(featurizer.views(tokens))
        out.gaz.append(featurizer.gazetteer(tokens))
        out.tags.append(tags)
    return out


def train_mlp(
    data: Prepared,
    feat: MlpFeaturizer,
    cfg: MlpConfig,
    log: Callable[[str], None] = lambda _: None,
    on_epoch: Callable[[int, MlpModel], None] | None = None,
) -> MlpModel:
    """Mini-batch Adam over whole sentences, ``cfg.epochs`` passes."""
    feat.grow = True
    rows = [feat.rows(v, g) for v, g in zip(data.views, data.gaz, strict=True)]
    feat.grow = False
    lab = {t: i for i, t in enumerate(LABELS)}
    gold = [np.array([lab.get(t, 0) for t in tags], dtype=np.intp) for tags in data.tags]
    vec_table = with_zero_row(feat.vectors.x)
    dims = vec_table.shape[1] + cfg.char_dims
    n_emb = feat.buckets + len(feat.indicators)
    wts = MlpWeights.init(n_emb, cfg.char_dims, dims, cfg.hidden, len(LABELS), cfg.seed)
    opt = Adam(cfg.lr)
    rng = np.random.default_rng(cfg.seed)
    order = np.arange(len(rows))
    for epoch in range(cfg.epochs):
        rng.shuffle(order)
        total, t0 = 0.0, time.perf_counter()
        for lo in range(0, len(order), cfg.batch):
            part = order[lo : lo + cfg.batch].tolist()
            b = make_batch(
                [f for k in part for f in rows[k][0]],
                np.concatenate([rows[k][1] for k in part]),
                vec_table,
                [len(gold[k]) for k in part],
                np.concatenate([gold[k] for k in part]),
            )
            loss, g = loss_and_grads(wts, b, forward(wts, b, cfg.dropout, rng, cfg.word_drop))
            opt.step(wts, g, b.cols)
            total += loss * len(part)
        log(f"epoch {epoch + 1}: loss {total / len(rows):.4f} ({time.perf_counter() - t0:.0f}s)")
        if on_epoch is not None:
            on_epoch(epoch + 1, MlpModel(wts, list(LABELS), feat, vec_table))
    return MlpModel(wts, list(LABELS), feat, vec_table)


def cross_fold_probs(
    data: Prepared,
    make_feat: Callable[[], MlpFeaturizer],
    cfg: MlpConfig,
    folds: int,
    log: Callable[[str], None] = lambda _: None,
) -> tuple[list[np.ndarray], MlpModel]:
    """Each sentence's MLP probabilities from a model that did not see it (``folds``
    contiguous blocks, each tagged by a model trained on the others), and the model
    trained on all of ``data`` (the one used at run time). The CRF learns how far to
    trust the MLP from the first, so it weighs it as on unseen text."""
    n = len(data.tags)
    size = -(-n // folds)
    out: list[np.ndarray] = []
    for k in range(folds):
        lo, hi = k * size, min(n, (k + 1) * size)
        rest = Prepared(*(part[:lo] + part[hi:] for part in _fields(data)))
        model = train_mlp(rest, make_feat(), cfg)
        out += sentence_probs(model, data.part(slice(lo, hi)))
        log(f"MLP fold {k + 1}/{folds} done")
    return out, train_mlp(data, make_feat(), cfg)


def _fields(d: Prepared) -> tuple[list[Any], ...]:
    return (d.tokens, d.views, d.gaz, d.tags)


def sentence_probs(model: MlpModel, data: Prepared) -> list[np.ndarray]:
    """The MLP's label probabilities, one ``(tokens, labels)`` array a sentence."""
    lp = model.log_probs(
        [v for s in data.views for v in s],
        [g for s in data.gaz for g in s],
        [len(s) for s in data.views],
    )
    ends = np.cumsum([len(s) for s in data.views])[:-1]
    return np.split(np.exp(lp), ends)


def add_stacked(items: list[dict[str, float]], probs: np.ndarray, labels: Sequence[str]) -> None:
    """The MLP's probabilities as valued CRF features ``{off}m={label}`` (O left out:
    the probabilities sum to one), on each token for itself and its neighbours."""
    from marsad.entities.crf import STACK_OFFSETS

    n = len(items)
    for i, d in enumerate(items):
        for off in STACK_OFFSETS:
            j = i + off
            if 0 <= j < n:
                for lab, p in zip(labels, probs[j].tolist(), strict=True):
                    if lab != "O":
                        d[f"{off}m={lab}"] = p


def load_vectors(path: Path, dims: int) -> WordVectors:
    """Word vectors from a saved SVD (``words``, ``u``, ``s``: see ``--svd``), scaled so
    a component's mean square is 1, as the trainable embeddings start near that scale."""
    if not path.is_file():
        raise MarsadError(Err.NOT_FOUND, source=str(path))
    with np.load(path, allow_pickle=False) as d:
        words = [str(w) for w in d["words"]]
        return from_svd(words, d["u"], d["s"], dims, float(np.sqrt(dims)))


def save_svd(corpus: Path, path: Path, settings: Settings) -> None:
    from marsad.entities.clusters import corpus_svd

    words, u, s = corpus_svd(corpus, settings)
    np.savez(path, words=np.array(words), u=u.astype(np.float32), s=s)


@click.command(name="ner-mlp")
@click.option(
    "--data",
    type=click.Path(path_type=Path),
    default=Path("../shared/data/ner/anercorp/train.txt"),
    show_default=True,
)
@click.option("--out", type=click.Path(path_type=Path), default=None, help="model folder")
@click.option("--holdout", type=float, default=0.0, help="fraction of train held out and scored")
@click.option(
    "--svd",
    type=click.Path(path_type=Path),
    required=True,
    help="SVD of the news corpus (.npz; written by --corpus when missing)",
)
@click.option("--corpus", type=click.Path(path_type=Path), default=None, help="news corpus")
@click.option("--vector-dims", type=int, default=VECTOR_DIMS, show_default=True)
@click.option("--epochs", type=int, default=_DEFAULT.epochs, show_default=True)
@click.option("--hidden", type=int, default=_DEFAULT.hidden, show_default=True)
@click.option("--char-dims", type=int, default=_DEFAULT.char_dims, show_default=True)
@click.option("--dropout", type=float, default=_DEFAULT.dropout, show_default=True)
@click.option("--lr", type=float, default=_DEFAULT.lr, show_default=True)
@click.option("--weight", type=float, default=None, help="CRF + weight * log p (scoring only)")
def train_command(
    data: Path,
    out: Path | None,
    holdout: float,
    svd: Path,
    corpus: Path | None,
    vector_dims: int,
    epochs: int,
    hidden: int,
    char_dims: int,
    dropout: float,
    lr: float,
    weight: float | None,
) -> None:
    """Train the NER window MLP from ANERcorp train (never the test split)."""
    from marsad.entities.train import _gazetteer, entity_prf, holdout_start, read_conll

    settings = Settings()
    out = out or model_dir()
    if holdout and out.resolve() == model_dir().resolve():
        raise click.UsageError("--holdout writes a tuning model: pass --out DIR")
    out.mkdir(parents=True, exist_ok=True)
    if not svd.is_file():
        if corpus is None:
            raise click.UsageError("--svd FILE is missing: pass --corpus to build it")
        save_svd(corpus, svd, settings)
    cfg = MlpConfig(char_dims=char_dims, hidden=hidden, dropout=dropout, lr=lr, epochs=epochs)
    sents = read_conll(data)
    cut = holdout_start(len(sents), holdout)
    featurizer = make_featurizer(settings, _gazetteer(settings, True), out)
    prepared = prepare(sents, featurizer)
    train = prepared.part(slice(0, cut))
    feat = MlpFeaturizer(
        cfg.buckets, {}, featurizer.triggers, featurizer.clusters, load_vectors(svd, vector_dims)
    )
    model = train_mlp(train, feat, cfg, click.echo)
    model.save(out / MLP_FILE)
    click.echo(f"trained on {cut} sentences -> {out / MLP_FILE}")
    if not holdout:
        return
    held = prepared.part(slice(cut, None))
    gold, views, gaz = held.tags, held.views, held.gaz
    lp = model.log_probs(
        [v for s in views for v in s], [g for s in gaz for g in s], [len(s) for s in views]
    )
    pred = [model.labels[k] for k in lp.argmax(axis=1).tolist()]
    click.echo("mlp argmax " + _prf(entity_prf, gold, pred))
    crf_path = out / ("holdout.npz" if (out / "holdout.npz").is_file() else MODEL_FILE)
    tagger = NerTagger(featurizer, CrfWeights.load(crf_path))
    tagger.mlp = model
    for w in (0.0, weight) if weight is not None else (0.0, 0.5, 1.0, 2.0):
        tagger.mlp_weight = w
        flat = [tagger.tag(t, g) for t, g in zip(held.tokens, gaz, strict=True)]
        click.echo(f"crf + {w} mlp " + _prf(entity_prf, gold, [t for s in flat for t in s]))


def _prf(fn, gold: list[list[str]], flat: list[str]) -> str:  # type: ignore[no-untyped-def]
    pred, k = [], 0
    for g in gold:
        pred.append(flat[k : k + len(g)])
        k += len(g)
    return " ".join(f"{a}={b:.4f}" for a, b in fn(gold, pred).items())
