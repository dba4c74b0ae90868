"""``marsad eval ner``: entity-level P/R/F1, conlleval style, on ``token TAG`` files.

ANERcorp (``token TAG`` a line, blank line between sentences, tags B/I-PERS, LOC,
ORG, MISC) and AQMAR (the same layout, one file per article, tags PER, LOC, ORG and
MIS0-MIS3 with some stray spellings) are read by one reader. The tokens are joined
with spaces into text (each token's offsets kept), analysed in chunks of sentences,
and every predicted entity mention tags the tokens it overlaps (B- on the first,
I- on the rest), so a mention inside a token with a clitic (``وبغداد``) tags the
whole token as the corpus does. Chunks are then compared exactly (span and type).

Types: corpus PERS/PER -> PER, ORG, LOC, MISC/MIS* -> MISC; marsad PER, ORG,
GPE and LOC -> LOC, WEAPON and LAW -> MISC, and the entities step's other names
(``doc.meta["misc_mentions"]``) -> MISC.

Spans follow ANERcorp's convention, not the project gold's (GUIDE.md): ANERcorp
leaves out a descriptor noun before a name (``صحيفة X``, ``حركة X``, ``قطاع X``,
``مدينة X``) and a state's nationality adjective or an honorific after it
(``X اللبناني``, ``مكة المكرمة``), so those tokens are dropped from a predicted
mention of two or more tokens. The descriptor list was read off ANERcorp train:
words far more often written just before a tagged name than as its first word.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import click

from marsad.doc import Document
from marsad.errors import Err, MarsadError
from marsad.eval.common import PRF, Cell, Table, emit, files_in, json_option, prf_row
from marsad.pipeline import Pipeline
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize

TYPES = ("PER", "ORG", "LOC", "MISC")
PREDICTED_TYPE = {
    "PER": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "WEAPON": "MISC",
    "LAW": "MISC",
}
MISC_META = "misc_mentions"  # rows written by marsad.entities.steps
# ANERcorp train: written before a tagged name (O) far more often than as its first word.
_DESCRIPTORS = [
    "صحيفة",
    "حركة",
    "قطاع",
    "منطقة",
    "مدينة",
    "شركة",
    "جزيرة",
    "ولاية",
    "دولة",
    "جمهورية",
    "محافظة",
    "إقليم",
    "بلدة",
    "قرية",
    "مخيم",
    "فريق",
    "منتخب",
    "نادي",
    "قناة",
    "مسجد",
    "مطار",
    "أسرة",
    "سوق",
    "جائزة",
    "حكومة",
]
# Directions and district words before a place (جنوب لبنان, حي X): left out by ANERcorp
# too, except in a state's own name (جنوب أفريقيا), which the KB link tells.
_PLACE_HEADS = ["جنوب", "شمال", "شرق", "غرب", "وسط", "نهر", "حي"]
_HONORIFICS = ("المكرمة", "المنورة")
# ANERcorp tags no treaty: ``اتفاقية باريس`` is O + the place (train: 12 such cues before
# a tagged name, the cue never inside it; the name is a place 7 times).
_LAW_CUES = ("اتفاقية", "اتفاق", "معاهدة", "ميثاق")
# ANERcorp tags the United Nations alone inside a longer body's name (الجمعية العامة
# للأمم المتحدة: train 167 times, the word before it O) except after منظمة (6 times).
_UN_FIRST = frozenset(p + "امم" for p in ("ال", "لل", "وال", "بال", "فال", "ولل"))
_UN_SECOND = "المتحده"
_MINISTRY_FORMS = frozenset(p + "وزاره" for p in ("", "و", "ف", "ب", "ل", "وب", "ول"))
_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
# KB organisations ANERcorp tags as other names (MISC): UNIFIL (train: MISC 19 of 19).
_MISC_KB_IDS = frozenset({"org:unifil"})


@dataclass(frozen=True)
class Convention:
    """Normalised words ANERcorp keeps outside a name: descriptors before it, state
    adjectives and honorifics after it."""

    descriptors: frozenset[str]
    place_heads: frozenset[str]
    after: frozenset[str]
    states: frozenset[str]  # KB ids of states
    opts: NormalizeOptions
    ministries: frozenset[str] = frozenset()  # KB ids of ministries: never tagged
    places: frozenset[str] = frozenset()  # KB ids of places: an adjective ending one is its own
    honorifics: frozenset[str] = frozenset()
    law_cues: frozenset[str] = frozenset()
    place_names: frozenset[str] = frozenset()  # normalised names of the KB's places

    @classmethod
    def build(
        cls,
        opts: NormalizeOptions,
        adjectives: list[str],
        states: frozenset[str] = frozenset(),
        ministries: frozenset[str] = frozenset(),
        places: frozenset[str] = frozenset(),
        place_names: frozenset[str] = frozenset(),
    ) -> Convention:
        desc = {p + normalize(w, opts) for w in _DESCRIPTORS for p in _PROCLITICS}
        heads = {p + normalize(w, opts) for w in _PLACE_HEADS for p in _PROCLITICS}
        after = {normalize(w, opts) for w in [*adjectives, *_HONORIFICS]}
        honorifics = frozenset(normalize(w, opts) for w in _HONORIFICS)
        return cls(
            frozenset(desc),
            frozenset(heads),
            frozenset(after),
            states,
            opts,
            ministries,
            places,
            honorifics,
            frozenset(p + normalize(w, opts) for w in _LAW_CUES for p in _PROCLITICS),
            frozenset(normalize(n, opts) for n in place_names),
        )

    @staticmethod
    def inner_un(norms: list[str]) -> tuple[int, int] | None:
        """The trim that leaves only the United Nations of a longer body's name."""
        for i in range(len(norms) - 1):
            if norms[i] in _UN_FIRST and norms[i + 1] == _UN_SECOND:
                if len(norms) == 2 or (i == 1 and norms[0].endswith("منظمه")):
                    return None
                return i, len(norms) - i - 2
        return None

    def law_place(self, tokens: list[str]) -> bool:
        """A treaty named after a place (``اتفاقية باريس``): ANERcorp tags the place."""
        if len(tokens) < 2 or normalize(tokens[0], self.opts) not in self.law_cues:
            return False
        return normalize(" ".join(tokens[1:]), self.opts) in self.place_names

    def untagged(self, tokens: list[str], kb_id: str | None) -> bool:
        """A ministry: ANERcorp tags none (وزارة is in train 33 times, never in a name)."""
        first = normalize(tokens[0], self.opts) if tokens else ""
        return kb_id in self.ministries or first in _MINISTRY_FORMS

    def trim(self, tokens: list[str], kb_id: str | None = None) -> tuple[int, int]:
        """How many tokens to drop at the start and at the end of a mention."""
        if len(tokens) < 2:
            return 0, 0
        inner = self.inner_un([normalize(t, self.opts) for t in tokens])
        if inner is not None:
            return inner
        first = normalize(tokens[0], self.opts)
        head = int(
            first in self.descriptors or (first in self.place_heads and kb_id not in self.states)
        )
        last = normalize(tokens[-1], self.opts)
        # a place's name may end in an adjective (المحيط الهندي): kept; an honorific never
        kept = kb_id in self.places and last not in self.honorifics
        tail = int(last in self.after and not kept)
        # quote marks around a name after its head (صحيفة "X"): ANERcorp tags X alone
        while head + tail < len(tokens) - 1 and tokens[head] in _QUOTE_MARKS:
            head += 1
        while head + tail < len(tokens) - 1 and tokens[len(tokens) - 1 - tail] in _QUOTE_MARKS:
            tail += 1
        return (head, tail) if head + tail < len(tokens) else (0, 0)


_QUOTE_MARKS = frozenset('"«»“”')
_GOLD_TAG = re.compile(r"^([BI])-+([A-Za-z0-9]+)")
Chunk = tuple[int, int, str]  # first token, last token + 1, type


@dataclass
class TaggedSentence:
    tokens: list[str]
    tags: list[str]  # normalised: O, B-TYPE, I-TYPE with TYPE in TYPES


def gold_tag(raw: str, odd: Counter[str]) -> str:
    """A corpus tag in the common scheme; tags outside it count in ``odd`` and become O."""
    if raw == "O":
        return "O"
    m = _GOLD_TAG.match(raw)
    kind = m.group(2).upper() if m else ""
    mapped = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC"}.get(kind)
    if mapped is None and kind.startswith("MIS"):
        mapped = "MISC"
    if m is None or mapped is None:
        odd[raw] += 1
        return "O"
    return f"{m.group(1)}-{mapped}"


_TAG_ONLY = re.compile(r"^(?:O|[BI]-[A-Z0-9]+)$")


def read_tagged(path: Path, odd: Counter[str]) -> list[TaggedSentence]:
    """Sentences of a ``token TAG`` file (the tag is the last field; blank lines split)."""
    sentences: list[TaggedSentence] = []
    current = TaggedSentence([], [])
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise MarsadError(
            Err.BAD_DATA_FILE, source=path, kind="NER", detail=str(exc), fix="pass UTF-8 text."
        ) from None
    for number, line in enumerate(lines, 1):
        parts = line.split()
        if not parts:
            if current.tokens:
                sentences.append(current)
            current = TaggedSentence([], [])
            continue
        if len(parts) < 2 and line[:1].isspace() and _TAG_ONLY.match(parts[0]):
            odd["<empty token>"] += 1  # a tag whose token is blank (ANERcorp train has 191)
            continue
        if len(parts) < 2:
            raise MarsadError(
                Err.BAD_DATA_FILE,
                source=f"{path}:{number}",
                kind="NER",
                detail="a line with a token but no tag",
                fix="use one 'token TAG' pair a line and blank lines between sentences.",
            )
        current.tokens.append(" ".join(parts[:-1]))
        current.tags.append(gold_tag(parts[-1], odd))
    if current.tokens:
        sentences.append(current)
    return sentences


def chunks(tags: list[str], offset: int = 0) -> set[Chunk]:
    """conlleval chunks: B- starts one; I- continues one of its type, else starts one."""
    found: set[Chunk] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        if start >= 0 and (prefix != "I" or typ != kind):
            found.add((offset + start, offset + i, kind))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, kind = i, typ
    return found


def join_tokens(sentences: list[TaggedSentence]) -> tuple[str, list[tuple[int, int]]]:
    """Space-joined text of the sentences and each token's (start, end) in it."""
    offsets: list[tuple[int, int]] = []
    pos = 0
    for sent in sentences:
        for tok in sent.tokens:
            offsets.append((pos, pos + len(tok)))
            pos += len(tok) + 1
    text = " ".join(tok for sent in sentences for tok in sent.tokens)
    return text, offsets


def predicted_tags(
    doc: Document, offsets: list[tuple[int, int]], convention: Convention | None = None
) -> list[str]:
    """Token tags from the document's entity mentions (earlier, longer mentions win),
    trimmed to ANERcorp's span convention when ``convention`` is given."""
    tags = ["O"] * len(offsets)
    found = [
        (m.start, m.end, PREDICTED_TYPE[e.type], e.kb_id) for e in doc.entities for m in e.mentions
    ]
    found += [(int(r["start"]), int(r["end"]), "MISC", None) for r in doc.meta.get(MISC_META, [])]
    mentions = sorted(found, key=lambda m: (m[0], m[0] - m[1]))
    for start, end, kind, kb_id in mentions:
        covered = [i for i, (s, e) in enumerate(offsets) if s < end and start < e]
        if convention is not None:
            words = [doc.text[slice(*offsets[i])] for i in covered]
            if convention.untagged(words, kb_id):
                continue
            if kb_id in _MISC_KB_IDS:
                kind = "MISC"
            if kind == "MISC" and convention.law_place(words):
                covered, kind = covered[1:], "LOC"
            else:
                head, tail = convention.trim(words, kb_id)
                covered = covered[head : len(covered) - tail]
        if not covered or any(tags[i] != "O" for i in covered):
            continue
        tags[covered[0]] = f"B-{kind}"
        for i in covered[1:]:
            tags[i] = f"I-{kind}"
    return tags


@dataclass
class NerResult:
    files: list[str]
    sentences: int = 0
    tokens: int = 0
    steps: list[str] = field(default_factory=list)
    by_type: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in TYPES})
    overall: PRF = field(default_factory=PRF)
    overall_per_org_loc: PRF = field(default_factory=PRF)
    odd_tags: dict[str, int] = field(default_factory=dict)

    def count(self, gold: set[Chunk], pred: set[Chunk]) -> None:
        for kind, prf in self.by_type.items():
            g = {c for c in gold if c[2] == kind}
            p = {c for c in pred if c[2] == kind}
            prf.add(PRF(len(g & p), len(p - g), len(g - p)))
        self.overall = PRF()
        self.overall_per_org_loc = PRF()
        for kind, prf in self.by_type.items():
            self.overall.add(prf)
            if kind != "MISC":
                self.overall_per_org_loc.add(prf)

    def tables(self) -> list[Table]:
        rows = [prf_row(kind, prf, "type") for kind, prf in self.by_type.items()]
        rows.append(prf_row("overall", self.overall, "type"))
        rows.append(prf_row("PER+ORG+LOC", self.overall_per_org_loc, "type"))
        title = (
            f"ner: {self.sentences} sentences, {self.tokens} tokens "
            f"(pipeline steps: {' '.join(self.steps)})"
        )
        tables = [Table(title, rows)]
        if self.odd_tags:
            odd: list[dict[str, Cell]] = [
                {"tag": t, "count": n} for t, n in sorted(self.odd_tags.items())
            ]
            tables.append(Table("ner: corpus tags outside the scheme, read as O", odd))
        return tables


def anercorp_convention(pipeline: Pipeline) -> Convention:
    """The trimming rules, with the nationality adjectives of the KB's states."""
    from marsad.kb.loader import load_kb

    kb = load_kb(pipeline.settings)
    adjectives = [a for e in kb.entries if e.kind == "state" for a in e.adjectives_ar]
    states = frozenset(e.id for e in kb.entries if e.kind == "state")
    ministries = frozenset(e.id for e in kb.entries if e.kind == "ministry")
    places = [e for e in kb.entries if e.type in ("GPE", "LOC")]
    return Convention.build(
        pipeline.settings.normalize,
        adjectives,
        states,
        ministries,
        frozenset(e.id for e in places),
        frozenset(n for e in places for n in e.names_ar),
    )


def held_out(sentences: list[TaggedSentence], fraction: float) -> list[TaggedSentence]:
    """The last ``fraction`` of the sentences: the part ``marsad train ner --holdout``
    leaves out of training (the same cut, so a held-out model never saw them)."""
    from marsad.entities.train import holdout_start

    return sentences[holdout_start(len(sentences), fraction) :]


def use_model(pipeline: Pipeline, path: Path) -> None:
    """Swap the entities step's CRF for the model file ``path`` (for example the
    ``holdout.npz`` that ``marsad train ner --holdout`` writes) and the word clusters
    and name lexicon in its folder."""
    from marsad.entities.crf import CrfWeights, NerTagger, make_featurizer
    from marsad.entities.steps import Recognizer

    if not path.is_file():
        raise MarsadError(Err.NOT_FOUND, source=str(path))
    for fn in pipeline.fns:
        if isinstance(fn, Recognizer):
            # the word clusters and name lexicon written beside the weights go with them
            featurizer = make_featurizer(pipeline.settings, None, path.parent)
            fn.tagger = NerTagger(featurizer, CrfWeights.load(path))
            return
    raise MarsadError(
        Err.MISSING_REQUIREMENT, name="eval ner --model", need="entities", providers="entities"
    )


def evaluate(
    paths: list[Path],
    pipeline: Pipeline,
    chunk: int,
    limit: int | None,
    trim: bool = True,
    holdout: float = 0.0,
) -> NerResult:
    odd: Counter[str] = Counter()
    sentences = [s for p in paths for s in read_tagged(p, odd)]
    if holdout:
        sentences = held_out(sentences, holdout)
    sentences = sentences[:limit]
    result = NerResult(files=[str(p) for p in paths], steps=pipeline.names)
    convention = anercorp_convention(pipeline) if trim else None
    for i in range(0, len(sentences), chunk):
        part = sentences[i : i + chunk]
        text, offsets = join_tokens(part)
        doc = pipeline(Document(text=text, id=f"ner-{i}"))
        pred = predicted_tags(doc, offsets, convention)
        gold = [t for s in part for t in s.tags]
        result.count(chunks(gold), chunks(pred))
        result.sentences += len(part)
        result.tokens += len(offsets)
    result.odd_tags = dict(odd)
    return result


@click.command(name="ner")
@click.argument("path", type=click.Path(path_type=Path))
@json_option
@click.option(
    "--chunk",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="Sentences analysed together as one document.",
)
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N sentences.")
@click.option(
    "--no-trim",
    is_flag=True,
    help="Score marsad's spans as they are, without trimming them to ANERcorp's convention.",
)
@click.option(
    "--holdout",
    type=click.FloatRange(min=0.0, max=1.0, max_open=True),
    default=0.0,
    help="Score only the last fraction of the sentences (tuning on train: pair with --model).",
)
@click.option(
    "--model",
    type=click.Path(path_type=Path),
    help="CRF weights to tag with instead of the shipped ones (`marsad train ner --holdout`).",
)
def command(
    path: Path,
    as_json: bool,
    chunk: int,
    limit: int | None,
    no_trim: bool,
    holdout: float,
    model: Path | None,
) -> None:
    """Entity P/R/F1 (exact span and type) on a `token TAG` file or a directory of *.txt.

    \b
    Examples:
      marsad eval ner ../shared/data/ner/anercorp/test.txt
      marsad eval ner ../shared/data/ner/aqmar/articles --json
      marsad eval ner ../shared/data/ner/anercorp/test.txt --no-trim
      marsad eval ner ../shared/data/ner/anercorp/train.txt --holdout 0.1 \\
        --model DIR/holdout.npz   # after: marsad train ner --holdout 0.1 --out DIR
    """
    paths = files_in(path, ["*.txt"])
    pipeline = Pipeline()
    if model is not None:
        use_model(pipeline, model)
    emit(evaluate(paths, pipeline, chunk, limit, trim=not no_trim, holdout=holdout), as_json)
