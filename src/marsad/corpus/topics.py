"""Topic classifier: an averaged perceptron over normalised words and word pairs.

Trained by ``marsad train topic`` on a hash split of ANT (``cat`` field); the split keys
on the article text so copies of one article never sit on both sides. Ships as a small
float16 weight matrix plus a vocabulary under ``marsad/models/topic/``.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import click
import numpy as np

from marsad.errors import Err, MarsadError
from marsad.settings import NormalizeOptions
from marsad.store.fts import search_text

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "topic"
LABELS = {
    "internationalNews": "international",
    "middleEast": "middle_east",
    "economy": "economy",
    "sport": "sport",
    "technology": "technology",
    "culture": "culture",
}
DEFAULT_DATA = Path("../shared/data/news/ant_multisource/articles.jsonl.gz")


MAX_WORDS = 4000


def features(title: str | None, text: str, source: str | None, opts: NormalizeOptions) -> list[str]:
    return word_features(search_text(f"{title or ''}\n{text}", opts).split(), source)


def word_features(words: list[str], source: str | None) -> list[str]:
    """Index words (title first) and their pairs, plus the source name."""
    words = words[:MAX_WORDS]
    feats = words + [f"{a}_{b}" for a, b in itertools.pairwise(words)]
    if source:
        feats.append(f"SRC={source.lower()}")
    return feats


@dataclass(frozen=True)
class TopicModel:
    labels: list[str]
    vocab: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray  # labels x vocab
    bias: np.ndarray

    def vector(self, feats: list[str]) -> tuple[np.ndarray, np.ndarray]:
        counts = Counter(self.vocab[f] for f in feats if f in self.vocab)
        idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        val = np.log1p(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
        val = val * self.idf[idx]
        norm = float(np.linalg.norm(val))
        return idx, val / (norm or 1.0)

    def predict(
        self, title: str | None, text: str, source: str | None, opts: NormalizeOptions
    ) -> tuple[str, float]:
        return self.predict_words(search_text(f"{title or ''}\n{text}", opts).split(), source)

    def predict_words(self, words: list[str], source: str | None) -> tuple[str, float]:
        """The topic and a softmax confidence over the perceptron scores."""
        idx, val = self.vector(word_features(words, source))
        scores = self.weights[:, idx].astype(np.float64) @ val + self.bias
        e = np.exp(scores - scores.max())
        best = int(scores.argmax())
        return self.labels[best], round(float(e[best] / e.sum()), 4)

    def save(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        words = sorted(self.vocab, key=self.vocab.__getitem__)
        (out / "vocab.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
        np.savez_compressed(
            out / "model.npz",
            weights=self.weights.astype(np.float16),
            bias=self.bias,
            idf=self.idf.astype(np.float16),
            labels=np.array(self.labels),
        )


def load_topic_model(path: Path = MODEL_DIR) -> TopicModel:
    if not (path / "model.npz").exists():
        raise MarsadError(
            Err.MISSING_RESOURCE, path=path / "model.npz", command="marsad train topic"
        )
    try:
        npz = np.load(path / "model.npz")
        words = (path / "vocab.txt").read_text(encoding="utf-8").split("\n")[:-1]
        return TopicModel(
            labels=[str(x) for x in npz["labels"]],
            vocab={w: i for i, w in enumerate(words)},
            idf=npz["idf"].astype(np.float64),
            weights=npz["weights"],
            bias=npz["bias"],
        )
    except (OSError, KeyError, ValueError) as exc:
        raise MarsadError(
            Err.BAD_RESOURCE, path=path, detail=exc, fix="run `marsad train topic`"
        ) from None


# -- training ---------------------------------------------------------------
@dataclass(frozen=True)
class Example:
    feats: list[str]
    label: int
    held_out: bool


def held_out(text: str, folds: int = 5) -> bool:
    """Hash split on the text: about 1 in ``folds`` articles are held out."""
    return int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16) % folds == 0


def read_examples(path: Path, labels: list[str], opts: NormalizeOptions) -> Iterator[Example]:
    index = {name: i for i, name in enumerate(labels)}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            label = LABELS.get(r.get("cat", ""))
            text = r.get("text") or ""
            if label is None or not text.strip():
                continue
            feats = features(r.get("title"), text, r.get("src"), opts)
            yield Example(feats, index[label], held_out(text))


def build_vocab(train: list[Example], size: int) -> dict[str, int]:
    df: Counter[str] = Counter()
    for ex in train:
        df.update(set(ex.feats))
    top = [w for w, c in df.most_common(size) if c >= 2]
    return {w: i for i, w in enumerate(top)}


def _idf(train: list[Example], vocab: dict[str, int]) -> np.ndarray:
    df = np.zeros(len(vocab))
    for ex in train:
        for f in set(ex.feats):
            if f in vocab:
                df[vocab[f]] += 1
    return np.log(len(train) / np.maximum(df, 1)) + 1


def train_perceptron(model: TopicModel, train: list[Example], epochs: int, seed: int) -> TopicModel:
    """Averaged multiclass perceptron (the average is kept with the usual counter trick)."""
    k, v = model.weights.shape
    w, wa = np.zeros((k, v)), np.zeros((k, v))
    b, ba = np.zeros(k), np.zeros(k)
    vecs = [(model.vector(ex.feats), ex.label) for ex in train]
    rng, c = random.Random(seed), 1
    for _ in range(epochs):
        rng.shuffle(vecs)
        for (idx, val), y in vecs:
            p = int((w[:, idx] @ val + b).argmax())
            if p != y:
                w[y, idx] += val
                w[p, idx] -= val
                b[y] += 1
                b[p] -= 1
                wa[y, idx] += c * val
                wa[p, idx] -= c * val
                ba[y] += c
                ba[p] -= c
            c += 1
    return TopicModel(model.labels, model.vocab, model.idf, w - wa / c, b - ba / c)


def accuracy(model: TopicModel, examples: list[Example]) -> float:
    ok = 0
    for ex in examples:
        idx, val = model.vector(ex.feats)
        ok += (
            int((model.weights[:, idx].astype(np.float64) @ val + model.bias).argmax()) == ex.label
        )
    return ok / max(len(examples), 1)


def write_provenance(
    out: Path, data: Path, n_train: int, n_test: int, acc: float, cmd: str
) -> None:
    text = f"""# Topic model provenance

- Data: `{data}` (ANT multi-source corpus, Apache-2.0; cite the ANT corpus), field `cat`.
- Split: md5(article text) mod 5 == 0 is held out ({n_test} articles); {n_train} train.
- Model: averaged perceptron over normalised, article-stripped words, word pairs and the
  source name; tf-idf (log counts), L2-normalised; float16 weights.
- Labels: {", ".join(LABELS.values())}.
- Held-out accuracy: {acc:.4f}
- Command: `{cmd}`
- Built: {datetime.now(UTC).date().isoformat()}
"""
    (out / "PROVENANCE.md").write_text(text, encoding="utf-8")


@click.command(name="topic")
@click.option("--data", type=click.Path(path_type=Path), default=DEFAULT_DATA, show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=MODEL_DIR, show_default=True)
@click.option("--vocab-size", type=int, default=40000, show_default=True)
@click.option("--epochs", type=int, default=6, show_default=True)
@click.option("--seed", type=int, default=13, show_default=True)
def train_command(data: Path, out: Path, vocab_size: int, epochs: int, seed: int) -> None:
    """Train the topic classifier on a hash split of ANT and report held-out accuracy."""
    if not data.exists():
        raise MarsadError(Err.NOT_FOUND, source=data)
    opts = NormalizeOptions()
    labels = list(LABELS.values())
    examples = list(read_examples(data, labels, opts))
    train = [e for e in examples if not e.held_out]
    test = [e for e in examples if e.held_out]
    vocab = build_vocab(train, vocab_size)
    blank = TopicModel(
        labels,
        vocab,
        _idf(train, vocab),
        np.zeros((len(labels), len(vocab))),
        np.zeros(len(labels)),
    )
    model = train_perceptron(blank, train, epochs, seed)
    model = TopicModel(labels, vocab, model.idf.astype(np.float16).astype(np.float64),
                       model.weights.astype(np.float16), model.bias)  # fmt: skip
    acc = accuracy(model, test)
    model.save(out)
    cmd = f"marsad train topic --data {data} --vocab-size {vocab_size} --epochs {epochs} --seed {seed}"
    write_provenance(out, data, len(train), len(test), acc, cmd)
    click.echo(f"topic: {len(train)} train, {len(test)} held out, accuracy {acc:.4f} -> {out}")
