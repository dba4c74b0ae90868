"""``marsad eval gold``: score analyses against gold articles (``shared/gold/GUIDE.md``).

How each category is counted (micro-averaged over files in the total):

- **Entities.** Each entity is compared through its set of normalised surface forms
  (``norm_form`` of every mention's text and restored ``form``) and its type. A
  required gold entity is a hit (tp) when some predicted entity of the same type
  has a form among the gold entity's forms, else a miss (fn). A predicted entity is
  a false positive when it shares no form with any gold entity of its type; one
  that matches only an optional gold entity is not counted. Two predicted entities
  matching the same gold entity give one hit and no false positive (a clustering
  slip, not a detection error). Linking accuracy, over hits: ``name_en`` (case-
  insensitive) and ``actor`` (exact code) are right when any matching predicted
  entity has the gold value; gold entities without the field are not counted.
- **Dates.** Gold mentions are located in the text (exact, else normalised search).
  A prediction matches a gold date when its span overlaps an occurrence of the gold
  mention and the values are equal. Required gold dates with a match are hits, the
  others misses; predictions overlapping an optional gold date are ignored whatever
  their value. False positives: the distinct (normalised text, value) pairs of
  predicted ``DATE`` expressions that match no gold date (required or optional) and
  are in the gold's scope: a value ``YYYY[-MM[-DD]]``, or any value when the span
  overlaps a gold mention (GUIDE.md lists only expressions naming a day, month or
  year, so a predicted week, season or ``PRESENT_REF`` elsewhere is not counted).
- **Quotes.** A prediction matches a gold quote when the Jaccard overlap of their
  normalised word sets is at least 0.5; hits, misses and false positives as for
  dates. Speaker accuracy over hits, using the best-overlapping prediction: right
  when the ``speaker_actor`` codes agree on their country part (``actor_key``) or
  the ``speaker`` names are equal (case-insensitive). Direct/indirect accuracy too.
- **Events.** Sets of triples (``actor_key(source)``, type, ``actor_key(target)``);
  a predicted event that is negated, intended or hypothetical is no prediction. A
  predicted argument without an ``actor`` takes its linked entity's actor. tp: gold
  triples predicted; fn: gold triples not predicted; fp: predicted triples that are
  neither required nor optional gold. Date accuracy over hit triples whose gold
  events carry a date: right when a predicted event of the triple has one of them.
- **Related.** Gold related lines are located in the text; one is reported (tp)
  when every predicted line overlapping it is non-body; a predicted non-body line
  (not blank) outside every gold related line is a false positive. Violations:
  entities with a mention, quotes and events with a mention inside a gold
  related line; leaks: the same inside a line the pipeline marked non-body (the
  stages must never read those, so leaks stay 0 whatever the line detection).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import click

from marsad.doc import DateExpr, Document, Entity
from marsad.eval.common import (
    PRF,
    Accuracy,
    Table,
    acc_row,
    actor_key,
    emit,
    files_in,
    find_all,
    jaccard,
    json_option,
    norm_form,
    norm_tokens,
    overlaps,
    prf_row,
)
from marsad.eval.gold_model import GoldArticle, GoldDate, GoldQuote, load_gold
from marsad.eval.triples import event_triple, gold_triple, happened, match_triples, show
from marsad.pipeline import Pipeline, analyze

GOLD_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
QUOTE_MATCH = 0.5  # GUIDE.md: token Jaccard at least 0.5
Span = tuple[int, int]


@dataclass
class ArticleScore:
    """Counts for one article, or summed over many. ``notes`` lists misses and FPs."""

    id: str
    entities: PRF = field(default_factory=PRF)
    linking_name: Accuracy = field(default_factory=Accuracy)
    linking_actor: Accuracy = field(default_factory=Accuracy)
    dates: PRF = field(default_factory=PRF)
    quotes: PRF = field(default_factory=PRF)
    speakers: Accuracy = field(default_factory=Accuracy)
    direct: Accuracy = field(default_factory=Accuracy)
    events: PRF = field(default_factory=PRF)
    event_dates: Accuracy = field(default_factory=Accuracy)
    related: PRF = field(default_factory=PRF)
    violations: int = 0  # items from gold related lines
    leaks: int = 0  # items from lines the pipeline itself marked non-body
    notes: dict[str, list[str]] = field(default_factory=dict)

    def note(self, key: str, item: str) -> None:
        self.notes.setdefault(key, []).append(item)

    def add(self, other: ArticleScore) -> ArticleScore:
        for name in ("entities", "dates", "quotes", "events", "related"):
            getattr(self, name).add(getattr(other, name))
        for name in ("linking_name", "linking_actor", "speakers", "direct", "event_dates"):
            getattr(self, name).add(getattr(other, name))
        self.violations += other.violations
        self.leaks += other.leaks
        return self


# -- entities ------------------------------------------------------------------


def entity_forms(ent: Entity) -> set[str]:
    forms = {norm_form(m.text) for m in ent.mentions}
    forms |= {norm_form(m.form) for m in ent.mentions if m.form}
    return forms - {""}


def score_entities(gold: GoldArticle, doc: Document, out: ArticleScore) -> None:
    preds = [(ent, entity_forms(ent)) for ent in doc.entities]
    golds = [(g, {norm_form(m) for m in g.mentions} - {""}) for g in gold.entities]
    for g, gforms in golds:
        if g.optional:
            continue
        hits = [ent for ent, forms in preds if ent.type == g.type and forms & gforms]
        if not hits:
            out.entities.fn += 1
            out.note("entities.missed", f"{g.type} {' | '.join(g.mentions)}")
            continue
        out.entities.tp += 1
        if g.name_en:
            want = g.name_en.casefold()
            out.linking_name.count(any((e.name_en or "").casefold() == want for e in hits))
        if g.actor:
            out.linking_actor.count(any(e.actor == g.actor for e in hits))
    for ent, forms in preds:
        if not any(ent.type == g.type and forms & gforms for g, gforms in golds):
            out.entities.fp += 1
            out.note("entities.false_positive", f"{ent.type} {ent.name}")


# -- dates ---------------------------------------------------------------------


def _date_matches(g: GoldDate, spans: list[Span], doc: Document) -> list[int]:
    return [
        i
        for i, d in enumerate(doc.dates)
        if d.type == "DATE"
        and d.value == g.value
        and any(overlaps((d.start, d.end), s) for s in spans)
    ]


def score_dates(gold: GoldArticle, doc: Document, out: ArticleScore) -> None:
    matched: set[int] = set()
    gold_spans: list[Span] = []
    for g in gold.dates:
        spans = find_all(doc.text, g.mention)
        if not spans:
            out.note("dates.not_in_text", g.mention)
        gold_spans += spans
        hits = _date_matches(g, spans, doc)
        matched.update(hits)
        if g.optional:
            # an optional gold date's value is a coarse reading ("last week" as a
            # month): anything predicted on it is ignored, whatever its value
            matched.update(i for i, d in enumerate(doc.dates) if _on(d, spans))
            continue
        if hits:
            out.dates.tp += 1
        else:
            out.dates.fn += 1
            out.note("dates.missed", f"{g.mention} = {g.value}")
    wrong = {
        (norm_form(d.text), d.value)
        for i, d in enumerate(doc.dates)
        if i not in matched and _in_scope(d, gold_spans)
    }
    out.dates.fp += len(wrong)
    out.notes.setdefault("dates.false_positive", []).extend(
        f"{t} = {v}" for t, v in sorted(wrong, key=str)
    )


def _in_scope(d: DateExpr, gold_spans: list[Span]) -> bool:
    """Whether a predicted expression is something the gold would list.

    Gold lists expressions naming a day, month or year (values YYYY[-MM[-DD]]);
    a week, season or PRESENT_REF is outside it unless it overlaps a gold mention.
    """
    if d.type != "DATE":
        return False
    return bool(d.value and GOLD_VALUE.match(d.value)) or _on(d, gold_spans)


def _on(d: DateExpr, spans: list[Span]) -> bool:
    return any(overlaps((d.start, d.end), s) for s in spans)


# -- quotes --------------------------------------------------------------------


def speaker_right(g: GoldQuote, speaker: str | None, actor: str | None) -> bool:
    if g.speaker_actor and actor and actor_key(g.speaker_actor) == actor_key(actor):
        return True
    return bool(g.speaker and speaker and g.speaker.casefold() == speaker.casefold())


def score_quotes(gold: GoldArticle, doc: Document, out: ArticleScore) -> None:
    pred_tokens = [norm_tokens(q.text) for q in doc.quotes]
    matched: set[int] = set()
    for g in gold.quotes:
        gtoks = norm_tokens(g.text)
        overlap = [(jaccard(gtoks, toks), i) for i, toks in enumerate(pred_tokens)]
        hits = [(j, i) for j, i in overlap if j >= QUOTE_MATCH]
        matched.update(i for _, i in hits)
        if g.optional:
            continue
        if not hits:
            out.quotes.fn += 1
            out.note("quotes.missed", f"{g.speaker}: {g.text}")
            continue
        out.quotes.tp += 1
        best = doc.quotes[max(hits)[1]]
        out.speakers.count(speaker_right(g, best.speaker, best.speaker_actor))
        if g.direct is not None:
            out.direct.count(best.direct == g.direct)
    for i, q in enumerate(doc.quotes):
        if i not in matched:
            out.quotes.fp += 1
            out.note("quotes.false_positive", f"{q.speaker}: {q.text}")


# -- events --------------------------------------------------------------------


def score_events(gold: GoldArticle, doc: Document, out: ArticleScore) -> None:
    preds = [(event_triple(doc, ev), ev) for ev in doc.events if happened(ev)]
    required = [gold_triple(g.source, g.type, g.target) for g in gold.events if g.counted]
    ignored = [gold_triple(g.source, g.type, g.target) for g in gold.events if g.ignored]
    m = match_triples((t for t, _ in preds), required, ignored)
    out.events.add(m.prf)
    out.notes.setdefault("events.missed", []).extend(sorted(map(show, m.missed)))
    out.notes.setdefault("events.false_positive", []).extend(sorted(map(show, m.false_positives)))
    for t in m.hits:
        gold_dates = {
            g.date
            for g in gold.events
            if g.counted and g.date and gold_triple(g.source, g.type, g.target) == t
        }
        if gold_dates:
            out.event_dates.count(any(ev.date in gold_dates for pt, ev in preds if pt == t))


# -- related (non-body) lines --------------------------------------------------


def _related_spans(gold: GoldArticle, doc: Document, out: ArticleScore) -> list[list[Span]]:
    spans = []
    for line in gold.related:
        found = find_all(doc.text, line)
        if not found:
            out.note("related.not_in_text", line)
        spans.append(found)
    return spans


def score_related(gold: GoldArticle, doc: Document, out: ArticleScore) -> None:
    spans = _related_spans(gold, doc, out)
    for line, found in zip(gold.related, spans, strict=True):
        covering = [ln for ln in doc.lines if any(overlaps((ln.start, ln.end), s) for s in found)]
        if covering and not any(ln.body for ln in covering):
            out.related.tp += 1
        else:
            out.related.fn += 1
            out.note("related.missed", line)
    flat = [s for found in spans for s in found]
    for ln in doc.lines:
        if (
            not ln.body
            and ln.text.strip()
            and not any(overlaps((ln.start, ln.end), s) for s in flat)
        ):
            out.related.fp += 1
            out.note("related.false_positive", ln.text)
    violations = _violations(doc, flat)
    out.violations = len(violations)
    for item in violations:
        out.note("related.violation", item)
    non_body = [(ln.start, ln.end) for ln in doc.lines if not ln.body]
    out.leaks = len(_violations(doc, non_body))


def _violations(doc: Document, related: list[Span]) -> list[str]:
    """Entities, quotes and events with a mention inside one of the ``related`` spans."""

    def inside(start: int, end: int) -> bool:
        return any(overlaps((start, end), s) for s in related)

    found = [
        f"entity {e.name}" for e in doc.entities if any(inside(m.start, m.end) for m in e.mentions)
    ]
    found += [f"quote {q.text[:40]}" for q in doc.quotes if inside(q.start, q.end)]
    found += [
        f"event {e.type}"
        for e in doc.events
        if any(inside(m.trigger_start, m.trigger_end) for m in e.mentions)
    ]
    return found


# -- one article, many articles -----------------------------------------------


def score_article(gold: GoldArticle, doc: Document) -> ArticleScore:
    """Score one analysed article against its gold (see the module docstring)."""
    out = ArticleScore(id=gold.id)
    score_entities(gold, doc, out)
    score_dates(gold, doc, out)
    score_quotes(gold, doc, out)
    score_events(gold, doc, out)
    score_related(gold, doc, out)
    out.notes = {k: v for k, v in out.notes.items() if v}
    return out


@dataclass
class GoldResult:
    steps: list[str]
    files: list[ArticleScore]
    total: ArticleScore
    verbose: bool = False

    def tables(self) -> list[Table]:
        per_file = [_file_row(s) for s in self.files]
        cats = [prf_row(name, getattr(self.total, name), "category") for name in CATEGORIES]
        accs = [acc_row(name, getattr(self.total, name), "accuracy of") for name in ACCURACIES]
        accs.append({"accuracy of": "related violations (count)", "n": self.total.violations})
        accs.append({"accuracy of": "non-body leaks (count)", "n": self.total.leaks})
        tables = [
            Table(f"gold: per file (pipeline steps: {' '.join(self.steps)})", per_file),
            Table(f"gold: total over {len(self.files)} files", cats),
            Table("gold: accuracies over matched items", accs),
        ]
        if self.verbose:
            rows: list[dict[str, str | int | float | None]] = [
                {"file": s.id, "kind": kind, "item": item}
                for s in self.files
                for kind, items in s.notes.items()
                for item in items
            ]
            tables.append(Table("gold: misses and false positives", rows))
        return tables

    def to_dict(self) -> dict[str, object]:
        def strip(s: ArticleScore) -> dict[str, object]:
            data = {k: v for k, v in vars(s).items() if k != "notes" or self.verbose}
            return data

        return {
            "steps": self.steps,
            "total": strip(self.total),
            "files": [strip(s) for s in self.files],
        }


CATEGORIES = ("entities", "dates", "quotes", "events", "related")
ACCURACIES = ("linking_name", "linking_actor", "speakers", "direct", "event_dates")


def _file_row(s: ArticleScore) -> dict[str, str | int | float | None]:
    row: dict[str, str | int | float | None] = {"file": s.id}
    row.update({f"{name} F1": getattr(s, name).f1 for name in CATEGORIES[:4]})
    row["related R"] = s.related.recall if s.related.tp + s.related.fn else None
    row["violations"] = s.violations
    return row


def evaluate(paths: list[Path], pipeline: Pipeline, dump: Path | None = None) -> GoldResult:
    files = []
    for path in paths:
        gold, text = load_gold(path)
        doc = analyze(text, gold.published, pipeline=pipeline, id=gold.id)
        if dump is not None:
            dump.mkdir(parents=True, exist_ok=True)
            (dump / f"{gold.id}.json").write_bytes(doc.to_json(indent=2) + b"\n")
        files.append(score_article(gold, doc))
    total = ArticleScore(id="total")
    for s in files:
        total.add(s)
    return GoldResult(steps=pipeline.names, files=files, total=total)


@click.command(name="gold")
@click.argument("path", type=click.Path(path_type=Path))
@json_option
@click.option(
    "--dump",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write each analysis as DUMP/<id>.json.",
)
@click.option("-v", "--verbose", is_flag=True, help="List misses and false positives per file.")
def command(path: Path, as_json: bool, dump: Path | None, verbose: bool) -> None:
    """Score marsad on gold articles (a directory of *.json, or one file).

    Scoring follows shared/gold/GUIDE.md; `marsad eval gold --help` and the
    marsad.eval.gold docstring say exactly how each category is counted.

    \b
    Examples:
      marsad eval gold ../shared/gold/dev
      marsad eval gold ../shared/gold/dev/seed-s400.json --verbose
      marsad eval gold ../shared/gold/dev --json --dump /tmp/analyses
    """
    result = evaluate(files_in(path, ["*.json"]), Pipeline(), dump)
    result.verbose = verbose
    emit(result, as_json)
