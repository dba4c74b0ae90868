"""Topic classifier: softmax regression over normalised words, word pairs, title and lead
words, and the countries the KB finds in the article.

Trained by ``marsad train topic`` on a hash split of ANT (``cat`` field); the split keys
on the article text so copies of one article never sit on both sides. Ships as a small
float16 weight matrix, a vocabulary, a per-source prior and a table of KB place names
under ``marsad/models/topic/``.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
import numpy as np

from marsad.errors import Err, MarsadError
from marsad.kb.loader import packaged_files, read_entries
from marsad.settings import NormalizeOptions
from marsad.store.fts import search_text

# Ingest workers import this module to label articles. SciPy (training) and SQLAlchemy
# (relabel) are imported where used, so that each worker process does not spend
# about 0.5 s of CPU loading them.
if TYPE_CHECKING:
    import scipy.sparse as sp
    from sqlalchemy import Connection, Select

    from marsad.store.db import Store

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
VOCAB = 150000
# The Arab League's 22 members with Iran, Israel and Turkey (ISO 3166-1 alpha-3): the
# region Arabic news sites file under "Middle East", as against their world pages.
# fmt: off
MIDDLE_EAST = frozenset([
    "ARE", "BHR", "COM", "DJI", "DZA", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "LBY",
    "MAR", "MRT", "OMN", "PSE", "QAT", "SAU", "SDN", "SOM", "SYR", "TUN", "TUR", "YEM",
])
# fmt: on
PLACES_FILE = "places.tsv"


@dataclass(frozen=True)
class Places:
    """KB names of states, cities and people, as index words, -> ISO alpha-3 country."""

    forms: dict[tuple[str, ...], str]
    starts: frozenset[str] = field(init=False)
    longest: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", frozenset(k[0] for k in self.forms))
        object.__setattr__(self, "longest", max(map(len, self.forms), default=0))

    def countries(self, words: list[str]) -> list[str]:
        """The country of each longest KB name in ``words``, left to right."""
        out: list[str] = []
        i, n = 0, len(words)
        while i < n:
            step = 1
            if words[i] in self.starts:
                for k in range(min(self.longest, n - i), 0, -1):
                    code = self.forms.get(tuple(words[i : i + k]))
                    if code:
                        out.append(code)
                        step = k
                        break
            i += step
        return out

    def save(self, path: Path) -> None:
        rows = sorted(f"{code}\t{' '.join(form)}" for form, code in self.forms.items())
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    @staticmethod
    def load(path: Path) -> Places:
        pairs = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
        return Places({tuple(form.split()): code for code, form in pairs})


def kb_places(opts: NormalizeOptions) -> Places:
    """Names of the packaged KB's states, cities and people with their country; a name
    that belongs to two countries (a shared surname) is left out."""
    found: dict[tuple[str, ...], set[str]] = {}
    for path in packaged_files():
        for _, e in read_entries(path):
            if not e.country or e.type not in ("GPE", "PER"):
                continue
            for form in [*e.names_ar, *e.adjectives_ar]:
                key = tuple(search_text(form, opts).split())
                if key:
                    found.setdefault(key, set()).add(e.country)
    return Places({k: min(v) for k, v in found.items() if len(v) == 1})


def place_features(places: Places, title: list[str], body: list[str]) -> list[str]:
    """``C:`` each country named in the body and ``R:`` its region (Middle East or not);
    ``TC:``/``TR:`` the same for the title. Country names are few words in a long text,
    and rare cities and people count for their country here, which words alone cannot."""
    feats: list[str] = []
    for mark, words in (("", body), ("T", title)):
        for code in places.countries(words):
            feats += [f"{mark}C:{code}", f"{mark}R:{'me' if code in MIDDLE_EAST else 'w'}"]
    return feats


@dataclass(frozen=True)
class FeatureSpec:
    """Which features a model reads: title words counted ``title_weight`` times, words
    paired with the source, the first ``lead`` body words marked, KB countries."""

    title_weight: int = 2
    source_words: bool = False
    lead: int = 0
    places: Places | None = None

    def of_words(self, words: list[str], title: list[str], source: str | None) -> list[str]:
        """Features of ``words`` (which start with the ``title`` words)."""
        src = source.lower() if self.source_words and source else None
        feats = word_features(words, title, self.title_weight, src)
        body = words[len(title) : MAX_WORDS]
        # The lead sentence says where and who; its words also count on their own.
        feats += [f"L:{w}" for w in body[: self.lead]]
        if self.places is not None:
            found = place_features(self.places, title, body)
            feats += found + ([f"{src}|{f}" for f in found] if src else [])
        return feats

    def of_text(
        self, title: str | None, text: str, source: str | None, opts: NormalizeOptions
    ) -> list[str]:
        title_words = search_text(title or "", opts).split()
        words = title_words + search_text(text, opts).split()
        return self.of_words(words, title_words, source)


def word_features(
    words: list[str], title: list[str], title_weight: int, source: str | None = None
) -> list[str]:
    """Index words (title first), their pairs, and the title words again, marked.

    A headline names the topic more reliably than the body, so its words also count as
    their own ``T:`` features, ``title_weight`` times. With ``source``, each word and
    title word is also paired with the source: sources draw the line between their
    sections differently (one files Gulf news under "Middle East", another under its
    world section), and these pairs let a known source's own usage adjust the shared
    word weights. An unknown source's pairs are not in the vocabulary and drop out.
    """
    words = words[:MAX_WORDS]
    feats = words + [f"{a}_{b}" for a, b in itertools.pairwise(words)]
    feats += [f"T:{w}" for w in title] * title_weight
    if source:
        src = source.lower()
        feats += [f"{src}|{w}" for w in words] + [f"{src}|T:{w}" for w in title]
    return feats


@dataclass(frozen=True)
class TopicModel:
    """Multinomial logistic regression over tf-idf words plus a learned prior per source."""

    labels: list[str]
    vocab: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray  # labels x vocab
    bias: np.ndarray
    sources: dict[str, int]  # lower-cased source name -> row of source_bias
    source_bias: np.ndarray  # sources x labels
    spec: FeatureSpec

    def vector(self, feats: list[str]) -> tuple[np.ndarray, np.ndarray]:
        counts = Counter(self.vocab[f] for f in feats if f in self.vocab)
        idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        val = np.log1p(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
        val = val * self.idf[idx]
        norm = float(np.linalg.norm(val))
        return idx, val / (norm or 1.0)

    def scores(self, feats: list[str], source: str | None) -> np.ndarray:
        idx, val = self.vector(feats)
        out = self.weights[:, idx].astype(np.float64) @ val + self.bias
        row = self.sources.get((source or "").lower())
        # An unknown source gets no prior: the words alone decide.
        return out if row is None else out + self.source_bias[row]

    def predict(
        self, title: str | None, text: str, source: str | None, opts: NormalizeOptions
    ) -> tuple[str, float]:
        title_words = search_text(title or "", opts).split()
        words = title_words + search_text(text, opts).split()
        return self.predict_words(words, source, title=title_words)

    def predict_words(
        self, words: list[str], source: str | None, title: list[str] | None = None
    ) -> tuple[str, float]:
        """The topic and a softmax confidence; ``words`` already start with the title's."""
        scores = self.scores(self.spec.of_words(words, title or [], source), source)
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
            sources=np.array(sorted(self.sources, key=self.sources.__getitem__)),
            source_bias=self.source_bias,
            title_weight=np.array(self.spec.title_weight),
            source_words=np.array(self.spec.source_words),
            lead=np.array(self.spec.lead),
        )
        if self.spec.places is not None:
            self.spec.places.save(out / PLACES_FILE)
        else:
            (out / PLACES_FILE).unlink(missing_ok=True)


def load_topic_model(path: Path = MODEL_DIR) -> TopicModel:
    if not (path / "model.npz").exists():
        raise MarsadError(
            Err.MISSING_RESOURCE, path=path / "model.npz", command="marsad train topic"
        )
    try:
        npz = np.load(path / "model.npz")
        words = (path / "vocab.txt").read_text(encoding="utf-8").split("\n")[:-1]
        places = Places.load(path / PLACES_FILE) if (path / PLACES_FILE).exists() else None
        spec = FeatureSpec(
            title_weight=int(npz["title_weight"]),
            source_words=bool(npz["source_words"]) if "source_words" in npz else False,
            lead=int(npz["lead"]) if "lead" in npz else 0,
            places=places,
        )
        return TopicModel(
            labels=[str(x) for x in npz["labels"]],
            vocab={w: i for i, w in enumerate(words)},
            idf=npz["idf"].astype(np.float64),
            weights=npz["weights"],
            bias=npz["bias"],
            sources={str(s): i for i, s in enumerate(npz["sources"])},
            source_bias=npz["source_bias"],
            spec=spec,
        )
    except (OSError, KeyError, ValueError) as exc:
        raise MarsadError(
            Err.BAD_RESOURCE, path=path, detail=exc, fix="run `marsad train topic`"
        ) from None


def relabel(store: Store, model: TopicModel, opts: NormalizeOptions, page: int = 2000) -> int:
    """Recompute ``topic``/``topic_score`` of every stored article with ``model``
    (after retraining; an ingest labels articles with the model it started with)."""
    from sqlalchemy import bindparam, select, update

    from marsad.store import schema as S

    a = S.articles.c
    stmt = (
        update(S.articles)
        .where(a.id == bindparam("rid"))
        .values(topic=bindparam("topic"), topic_score=bindparam("score"))
    )
    done, last = 0, 0
    while True:
        q = select(a.id, a.title, a.text, a.source).where(a.id > last).order_by(a.id).limit(page)

        def fetch(conn: Connection, q: Select[Any] = q) -> list[tuple[Any, ...]]:
            return [tuple(r) for r in conn.execute(q)]

        rows = store.read(fetch)
        if not rows:
            return done
        updates = []
        for rid, title, text, source in rows:
            topic, score = model.predict(title, text, source, opts)
            updates.append({"rid": rid, "topic": topic, "score": score})

        def write(conn: Connection, u: list[dict[str, Any]] = updates) -> None:
            conn.execute(stmt, u)

        store.transaction(write)
        done += len(rows)
        last = rows[-1][0]


# -- training ---------------------------------------------------------------
@dataclass(frozen=True)
class Example:
    feats: list[str]
    label: int
    held_out: bool
    source: str
    text_hash: int


def text_hash(text: str) -> int:
    return int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16)


def held_out(text: str, folds: int = 5) -> bool:
    """Hash split on the text: about 1 in ``folds`` articles are held out."""
    return text_hash(text) % folds == 0


def validation(ex: Example, folds: int = 5) -> bool:
    """A validation slice of the training part, from the next digit of the same hash."""
    return not ex.held_out and (ex.text_hash // folds) % folds == 0


def read_examples(
    path: Path,
    labels: list[str],
    opts: NormalizeOptions,
    spec: FeatureSpec,
) -> Iterator[Example]:
    index = {name: i for i, name in enumerate(labels)}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            label = LABELS.get(r.get("cat", ""))
            text = r.get("text") or ""
            if label is None or not text.strip():
                continue
            feats = spec.of_text(r.get("title"), text, r.get("src"), opts)
            h = text_hash(text)
            yield Example(feats, index[label], h % 5 == 0, (r.get("src") or "").lower(), h)


def build_vocab(train: list[Example], size: int) -> dict[str, int]:
    df: Counter[str] = Counter()
    for ex in train:
        df.update(set(ex.feats))
    # Ties broken by the word, not by set order (which changes with the hash seed), so
    # `marsad train topic` gives the same vocabulary and model on every run.
    ranked = sorted(df.items(), key=lambda wc: (-wc[1], wc[0]))[:size]
    return {w: i for i, (w, c) in enumerate(x for x in ranked if x[1] >= 2)}


def _idf(train: list[Example], vocab: dict[str, int]) -> np.ndarray:
    df = np.zeros(len(vocab))
    for ex in train:
        for f in set(ex.feats):
            if f in vocab:
                df[vocab[f]] += 1
    return np.log(len(train) / np.maximum(df, 1)) + 1


def design(model: TopicModel, examples: list[Example]) -> sp.csr_matrix:
    """Rows of L2-normalised tf-idf words, then a one-hot column for the source."""
    import scipy.sparse as sp

    data: list[float] = []
    cols: list[int] = []
    ptr = [0]
    n_words = len(model.vocab)
    for ex in examples:
        idx, val = model.vector(ex.feats)
        cols.extend(idx.tolist())
        data.extend(val.tolist())
        if ex.source in model.sources:
            cols.append(n_words + model.sources[ex.source])
            data.append(1.0)
        ptr.append(len(cols))
    shape = (len(examples), n_words + len(model.sources))
    return sp.csr_matrix((data, cols, ptr), shape=shape)


def train_logreg(model: TopicModel, train: list[Example], c: float, iters: int) -> TopicModel:
    """Softmax regression with an L2 penalty (1/c), fitted by L-BFGS on the sparse design."""
    from scipy.optimize import minimize

    x = design(model, train)
    y = np.array([ex.label for ex in train])
    k, d = len(model.labels), x.shape[1]
    onehot = np.eye(k)[y]

    def loss_grad(p: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = p[: k * d].reshape(d, k), p[k * d :]
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        prob = np.exp(z)
        prob /= prob.sum(axis=1, keepdims=True)
        loss = -np.log(prob[np.arange(len(y)), y] + 1e-12).sum() + 0.5 / c * float((w**2).sum())
        diff = prob - onehot
        return loss, np.concatenate([(x.T @ diff + w / c).ravel(), diff.sum(axis=0)])

    fit = minimize(loss_grad, np.zeros(k * d + k), jac=True, method="L-BFGS-B",
                   options={"maxiter": iters})  # fmt: skip
    w, b = fit.x[: k * d].reshape(d, k), fit.x[k * d :]
    n = len(model.vocab)
    return replace(model, weights=w[:n].T.astype(np.float16), bias=b, source_bias=w[n:].copy())


def accuracy(model: TopicModel, examples: list[Example]) -> float:
    ok = sum(int(model.scores(ex.feats, ex.source).argmax()) == ex.label for ex in examples)
    return ok / max(len(examples), 1)


def accuracy_without_conflicts(model: TopicModel, examples: list[Example]) -> tuple[float, int]:
    """Accuracy on the examples whose exact text never appears under another label."""
    seen: dict[int, set[int]] = {}
    for ex in examples:
        seen.setdefault(ex.text_hash, set()).add(ex.label)
    clean = [ex for ex in examples if len(seen[ex.text_hash]) == 1]
    return accuracy(model, clean), len(examples) - len(clean)


def accuracy_any_label(model: TopicModel, examples: list[Example]) -> float:
    """Accuracy where a prediction is right if the corpus files this exact text under that
    label anywhere in ``examples`` (one story filed in two sections has two right answers)."""
    labels: dict[int, set[int]] = {}
    for ex in examples:
        labels.setdefault(ex.text_hash, set()).add(ex.label)
    ok = sum(
        int(model.scores(ex.feats, ex.source).argmax()) in labels[ex.text_hash] for ex in examples
    )
    return ok / max(len(examples), 1)


def drop_conflicts(train: list[Example]) -> tuple[list[Example], int]:
    """Training examples whose exact text is not also filed under another label.

    One article filed in two sections has the same words under two labels; fitting
    both copies only teaches the model to hedge. Used on the training part only: the
    held-out part is scored as it is.
    """
    labels: dict[int, set[int]] = {}
    for ex in train:
        labels.setdefault(ex.text_hash, set()).add(ex.label)
    kept = [ex for ex in train if len(labels[ex.text_hash]) == 1]
    return kept, len(train) - len(kept)


def fit(
    train: list[Example],
    labels: list[str],
    vocab_size: int,
    c: float,
    iters: int,
    spec: FeatureSpec,
) -> TopicModel:
    vocab = build_vocab(train, vocab_size)
    sources = sorted({ex.source for ex in train if ex.source})
    blank = TopicModel(
        labels,
        vocab,
        _idf(train, vocab).astype(np.float16).astype(np.float64),
        np.zeros((len(labels), len(vocab))),
        np.zeros(len(labels)),
        {s: i for i, s in enumerate(sources)},
        np.zeros((len(sources), len(labels))),
        spec,
    )
    return train_logreg(blank, train, c, iters)


def write_provenance(out: Path, data: Path, lines: list[str], cmd: str) -> None:
    facts = "\n".join(f"- {line}" for line in lines)
    text = f"""# Topic model provenance

- Data: `{data}` (ANT multi-source corpus, Apache-2.0; cite the ANT corpus), field `cat`.
- Split: md5(article text) mod 5 == 0 is held out; the rest is train. Settings were chosen
  on a validation slice of train ((md5 // 5) mod 5 == 0), the held-out part only scored.
- Model: multinomial logistic regression (L2, L-BFGS) over normalised, article-stripped
  words, word pairs and title words (marked, counted `title_weight` times), the first
  `lead` body words (marked), and the countries of the KB's state, city and person names
  found in body and title (`places.tsv`, from the packaged KB) with their region (Middle
  East = the Arab League, Iran, Israel, Turkey, or elsewhere); optionally also each word
  and country paired with the article's source; tf-idf (log counts), L2-normalised; plus
  a learned prior per source; float16 weights. The source is metadata every stored
  article carries (`articles.source`); an unknown source falls back to the words alone.
- Labels: {", ".join(LABELS.values())}.
{facts}
- Command: `{cmd}`
- Built: {datetime.now(UTC).date().isoformat()}
"""
    (out / "PROVENANCE.md").write_text(text, encoding="utf-8")


def per_source(model: TopicModel, examples: list[Example]) -> str:
    """Accuracy by news source, e.g. ``bbc 0.86 (732)``."""
    by: dict[str, list[Example]] = {}
    for ex in examples:
        by.setdefault(ex.source, []).append(ex)
    return ", ".join(f"{s} {accuracy(model, xs):.3f} ({len(xs)})" for s, xs in sorted(by.items()))


def confusions(model: TopicModel, examples: list[Example], top: int = 6) -> str:
    """The most frequent errors, e.g. ``middle_east->international 180``."""
    errors: Counter[tuple[int, int]] = Counter()
    for ex in examples:
        guess = int(model.scores(ex.feats, ex.source).argmax())
        if guess != ex.label:
            errors[ex.label, guess] += 1
    ranked = sorted(errors.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return ", ".join(f"{model.labels[a]}->{model.labels[b]} {n}" for (a, b), n in ranked)


def ceiling(examples: list[Example]) -> float:
    """The best accuracy any classifier of the text could reach: copies of one text
    filed under several labels can only all get its most frequent label."""
    groups: dict[int, Counter[int]] = {}
    for ex in examples:
        groups.setdefault(ex.text_hash, Counter())[ex.label] += 1
    best = sum(c.most_common(1)[0][1] for c in groups.values())
    return best / max(len(examples), 1)


@dataclass(frozen=True)
class TrainOptions:
    vocab_size: int
    c: float
    iters: int
    title_weight: int
    source_words: bool
    keep_conflicts: bool
    lead: int = 0
    places: bool = False

    def command(self, data: Path) -> str:
        return (
            f"marsad train topic --data {data} --vocab-size {self.vocab_size} --c {self.c:g}"
            f" --iters {self.iters} --title-weight {self.title_weight}"
            f" --{'' if self.source_words else 'no-'}source-words --lead {self.lead}"
            f" --{'' if self.places else 'no-'}places"
            f"{' --keep-conflicts' if self.keep_conflicts else ''}"
        )

    def spec(self, opts: NormalizeOptions) -> FeatureSpec:
        places = kb_places(opts) if self.places else None
        return FeatureSpec(self.title_weight, self.source_words, self.lead, places)


def train_and_score(data: Path, o: TrainOptions, validate: bool) -> tuple[TopicModel, list[str]]:
    """Fit on the training part (less the validation slice with ``validate``); report lines."""
    labels = list(LABELS.values())
    opts = NormalizeOptions()
    spec = o.spec(opts)
    examples = list(read_examples(data, labels, opts, spec))
    if validate:
        train = [e for e in examples if not e.held_out and not validation(e)]
        test = [e for e in examples if validation(e)]
    else:
        train = [e for e in examples if not e.held_out]
        test = [e for e in examples if e.held_out]
    dropped = 0
    if not o.keep_conflicts:
        train, dropped = drop_conflicts(train)
    model = fit(train, labels, o.vocab_size, o.c, o.iters, spec)
    part = "Validation" if validate else "Held-out"
    clean, n_conflicts = accuracy_without_conflicts(model, test)
    return model, [
        f"Train {len(train)} articles ({dropped} copies filed under two labels left out "
        f"of training), {part.lower()} {len(test)}.",
        f"{part} accuracy: {accuracy(model, test):.4f}",
        f"{part} accuracy by source: {per_source(model, test)}",
        f"{part} errors, true->predicted: {confusions(model, test)}",
        f"{part} ceiling (a text filed under several labels can only be right once): "
        f"{ceiling(test):.4f}",
        f"{part} accuracy without the {n_conflicts} texts whose exact copy is also filed "
        f"under another label (a check, not the headline): {clean:.4f}",
        f"{part} accuracy counting any label the corpus files the same text under "
        f"(a check, not the headline): {accuracy_any_label(model, test):.4f}",
    ]


@click.command(name="topic")
@click.option("--data", type=click.Path(path_type=Path), default=DEFAULT_DATA, show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=MODEL_DIR, show_default=True)
@click.option("--vocab-size", type=int, default=VOCAB, show_default=True)
@click.option("--c", "c", type=float, default=300.0, show_default=True, help="Inverse L2 penalty.")
@click.option("--iters", type=int, default=300, show_default=True)
@click.option("--title-weight", type=int, default=2, show_default=True)
@click.option("--source-words/--no-source-words", default=True, show_default=True,
              help="Also pair words with the article's source.")  # fmt: skip
@click.option("--lead", type=int, default=40, show_default=True,
              help="Also count the first N body words as lead words.")  # fmt: skip
@click.option("--places/--no-places", default=True, show_default=True,
              help="Also count the countries of KB names found in the text.")  # fmt: skip
@click.option("--keep-conflicts", is_flag=True,
              help="Train on copies filed under two labels too.")  # fmt: skip
@click.option("--validate", is_flag=True, help="Score on the validation slice; save nothing.")
def train_command(
    data: Path,
    out: Path,
    vocab_size: int,
    c: float,
    iters: int,
    title_weight: int,
    source_words: bool,
    lead: int,
    places: bool,
    keep_conflicts: bool,
    validate: bool,
) -> None:
    """Train the topic classifier on a hash split of ANT and report held-out accuracy."""
    if not data.exists():
        raise MarsadError(Err.NOT_FOUND, source=data)
    o = TrainOptions(vocab_size, c, iters, title_weight, source_words, keep_conflicts, lead, places)
    model, lines = train_and_score(data, o, validate)
    for line in lines:
        click.echo(f"topic: {line}")
    if not validate:
        model.save(out)
        write_provenance(out, data, lines, o.command(data))
