"""``marsad eval sentences``: event triples on single gold sentences (GUIDE.md).

Each sentence is analysed alone with its ``published`` date (its ``context`` is not
given to the system). Gold counted: required events that are neither negated nor
intent; ignored both ways: optional (``required: false``) events. A required gold
event that is negated or intent is neither counted nor ignored, so predicting it
as having happened is a false positive. Predicted events that are negated, intent
or hypothetical claim nothing happened and are not counted. Per sentence the
triples (``actor_key(source)``, type, ``actor_key(target)``) are compared as sets
(``triples.match_triples``) and the counts summed; the type-only score does the
same with the sets of types. A no-event sentence (gold ``events`` empty) is clean
when no happened event is predicted for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click
import msgspec

from marsad.doc import Document
from marsad.errors import Err, MarsadError
from marsad.eval.common import (
    PRF,
    Accuracy,
    Cell,
    Table,
    acc_row,
    emit,
    json_option,
    prf_row,
)
from marsad.eval.gold_model import GoldEvent
from marsad.eval.triples import (
    Triple,
    event_triple,
    gold_triple,
    happened,
    match_triples,
    show,
)
from marsad.pipeline import Pipeline, analyze


class GoldSentence(msgspec.Struct, kw_only=True):
    sid: str
    sentence: str
    published: str | None = None
    context: str = ""
    events: list[GoldEvent] = msgspec.field(default_factory=list)


def read_sentences(path: Path) -> Iterator[GoldSentence]:
    if not path.is_file():
        raise MarsadError(Err.NOT_FOUND, source=path)
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield msgspec.json.decode(line, type=GoldSentence)
            except msgspec.DecodeError as exc:
                raise MarsadError(
                    Err.BAD_GOLD, source=f"{path}:{number}", detail=str(exc)
                ) from None


@dataclass
class SentenceResult:
    steps: list[str]
    sentences: int = 0
    triples: PRF = field(default_factory=PRF)
    types: PRF = field(default_factory=PRF)
    by_type: dict[str, PRF] = field(default_factory=dict)
    clean: Accuracy = field(default_factory=Accuracy)
    notes: list[str] = field(default_factory=list)
    verbose: bool = False
    errors: bool = False

    def score(
        self, gold: GoldSentence, predicted: set[Triple], doc: Document | None = None
    ) -> None:
        """Count one sentence; with ``errors`` and its ``doc``, a sentence with a miss or
        false positive also notes its text and every predicted event (trigger, triple,
        modality), the first thing to read when grouping errors by cause."""
        self.sentences += 1
        first_note = len(self.notes)
        required = [gold_triple(e.source, e.type, e.target) for e in gold.events if e.counted]
        ignored = [gold_triple(e.source, e.type, e.target) for e in gold.events if e.ignored]
        m = match_triples(predicted, required, ignored)
        self.triples.add(m.prf)
        for kind, group in (("tp", m.hits), ("fp", m.false_positives), ("fn", m.missed)):
            for t in group:
                prf = self.by_type.setdefault(t[1], PRF())
                setattr(prf, kind, getattr(prf, kind) + 1)
                if kind != "tp":
                    self.notes.append(f"{gold.sid} {kind} {show(t)}")
        types = match_triples(
            {(None, t[1], None) for t in predicted},
            {(None, t[1], None) for t in required},
            {(None, t[1], None) for t in ignored},
        )
        self.types.add(types.prf)
        if not gold.events:
            self.clean.count(not predicted)
        if self.errors and doc is not None and len(self.notes) > first_note:
            self.notes[first_note:first_note] = _context_notes(gold, doc)

    def tables(self) -> list[Table]:
        rows = [prf_row("triples", self.triples, "score"), prf_row("types", self.types, "score")]
        rows.append(acc_row("no-event sentences clean", self.clean, "score"))
        per_type = [prf_row(t, prf, "type") for t, prf in sorted(self.by_type.items())]
        title = f"sentences: {self.sentences} (pipeline steps: {' '.join(self.steps)})"
        tables = [Table(title, rows), Table("sentences: triples per type", per_type)]
        if self.verbose or self.errors:
            notes: list[dict[str, Cell]] = [{"sentence/kind/triple": n} for n in self.notes]
            tables.append(Table("sentences: misses and false positives", notes))
        return tables

    def to_dict(self) -> dict[str, object]:
        data = {k: v for k, v in vars(self).items() if k not in ("notes", "verbose", "errors")}
        if self.verbose or self.errors:
            data["notes"] = self.notes
        return data


def _context_notes(gold: GoldSentence, doc: Document) -> list[str]:
    """The sentence and what marsad coded in it: ``sid text ...`` then one ``sid pred``
    line per event (trigger, triple, and the modality that keeps it from counting)."""
    out = [f"{gold.sid} text {gold.sentence}"]
    for ev in doc.events:
        flags = [f for f, on in (("negated", ev.negated), ("intent", ev.intent)) if on]
        flags += ["hypothetical"] if ev.hypothetical else []
        trigger = ev.mentions[0].trigger if ev.mentions else ""
        mark = f" ({', '.join(flags)})" if flags else ""
        out.append(f"{gold.sid} pred {show(event_triple(doc, ev))} [{trigger}]{mark}")
    return out


def happened_triples(doc: Document) -> set[Triple]:
    """Triples of the events the document reports as having happened."""
    return {event_triple(doc, ev) for ev in doc.events if happened(ev)}


def analyze_sentence(gold: GoldSentence, pipeline: Pipeline) -> Document:
    return analyze(gold.sentence, gold.published, pipeline=pipeline, id=gold.sid)


def predicted_triples(gold: GoldSentence, pipeline: Pipeline) -> set[Triple]:
    return happened_triples(analyze_sentence(gold, pipeline))


@click.command(name="sentences")
@click.argument("path", type=click.Path(path_type=Path))
@json_option
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N sentences.")
@click.option("-v", "--verbose", is_flag=True, help="List misses and false positives.")
@click.option(
    "--errors",
    is_flag=True,
    help="With each sentence that has a miss or false positive, list its text and every "
    "predicted event (trigger, triple, modality).",
)
def command(path: Path, as_json: bool, limit: int | None, verbose: bool, errors: bool) -> None:
    """Event-triple P/R/F1 on a sentence gold file (JSON lines, GUIDE.md).

    \b
    Examples:
      marsad eval sentences ../shared/gold/sentences/dev.jsonl
      marsad eval sentences ../shared/gold/sentences/dev.jsonl --verbose --limit 50
      marsad eval sentences ../shared/gold/sentences/dev.jsonl --errors
    """
    pipeline = Pipeline()
    result = SentenceResult(steps=pipeline.names, verbose=verbose, errors=errors)
    for i, gold in enumerate(read_sentences(path)):
        if limit is not None and i >= limit:
            break
        doc = analyze_sentence(gold, pipeline)
        result.score(gold, happened_triples(doc), doc)
    emit(result, as_json)
