"""``marsad eval oeda``: the OEDA Arabic event gold (``shared/data/events/oeda_gsr``).

Detection (``*_gsr.csv``): label ``yes`` is a positive, ``easy no`` and ``difficult
no`` negatives, ``ambiguous`` is left out. OEDA's "yes" is a sentence that reports an
assault or protest, so a sentence is predicted positive when marsad finds a happened
(not negated, intent or hypothetical) and reported (``Event.reported``: not a passing
mention) event of the file's ``event_type`` (ASSAULT or PROTEST). A second table
counts every happened event, reported or not, to show what the ``reported`` judgement
changes. The share predicted positive is also shown per label, so false alarms on
hard negatives can be told from easy ones.

Spans (``*_spans.json``): every record is a positive of its ``event_type``, coded by
several annotators (``spans``, one per annotator). PLOVER-type accuracy: the top
predicted event (highest confidence, first on ties) has the record's type; "any"
accuracy: some predicted event has it. Source/target country accuracy: the gold
country is the ``main`` code (``source_role``/``target_role``) that more than half
of the annotators gave; records without one (no majority, or ``None``) are not
counted. The prediction is the source/target actor of the top predicted event of
the record's type, compared on its first three letters.

Sentences are analysed alone; their publication date is read from the Gigaword id
(``AAW_ARB_20071026.0026-2`` -> 2007-10-26) so actor codes resolve for that date.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import click
import msgspec

from marsad.doc import Document, Event
from marsad.errors import Err, MarsadError
from marsad.eval.common import PRF, Accuracy, Cell, Table, acc_row, emit, json_option, prf_row
from marsad.eval.triples import argument_actor, happened
from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings

NEGATIVE = ("easy no", "difficult no")
_DATE_IN_ID = re.compile(r"_(\d{4})(\d{2})(\d{2})\.")


def published_from_id(sid: str) -> str | None:
    m = _DATE_IN_ID.search(sid)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


class Role(msgspec.Struct):
    main: str | None = None
    role: str | None = None


class Annotation(msgspec.Struct):
    # Roles are objects, but a few annotators left the string "UNKNOWN" or {}.
    source_role: Role | str | None = None
    target_role: Role | str | None = None


class SpanRecord(msgspec.Struct):
    source: str  # the sentence id
    text: str
    event_type: str
    spans: list[Annotation] = msgspec.field(default_factory=list)


def majority_country(roles: list[Role | str | None]) -> str | None:
    """The ``main`` code more than half of the annotators gave, unless it is None."""
    votes = Counter(r.main for r in roles if isinstance(r, Role) and r.main)
    if not votes:
        return None
    code, n = votes.most_common(1)[0]
    if n * 2 <= len(roles) or code.upper() in ("NONE", "UNKNOWN"):
        return None
    return code.upper()[:3]


def top_event(doc: Document, kind: str | None = None, reported_only: bool = False) -> Event | None:
    """The highest-confidence happened event (of ``kind`` when given; only reported ones
    when ``reported_only``); first on ties. A passing mention is not demoted here: the
    hook already raised the confidence of the events the model confirms."""
    candidates = [
        e
        for e in doc.events
        if happened(e) and (kind is None or e.type == kind) and (e.reported or not reported_only)
    ]
    # max() keeps the first of equal keys
    return max(candidates, key=lambda e: e.confidence, default=None)


def actor_country(doc: Document, ev: Event | None, side: str) -> str | None:
    if ev is None:
        return None
    code = argument_actor(doc, ev.source if side == "source" else ev.target)
    return code.upper()[:3] if code else None


@dataclass
class OedaResult:
    steps: list[str]
    detection: dict[str, PRF] = field(default_factory=dict)  # by event type
    detection_any: dict[str, PRF] = field(default_factory=dict)  # reported or not
    predicted_positive: dict[str, Accuracy] = field(default_factory=dict)  # "TYPE label"
    type_top: dict[str, Accuracy] = field(default_factory=dict)
    type_any: dict[str, Accuracy] = field(default_factory=dict)
    source_country: dict[str, Accuracy] = field(default_factory=dict)
    target_country: dict[str, Accuracy] = field(default_factory=dict)
    skipped_ambiguous: int = 0

    def detect(self, kind: str, label: str, doc: Document) -> None:
        if label == "ambiguous":
            self.skipped_ambiguous += 1
            return
        gold = label == "yes"
        predicted = top_event(doc, kind, reported_only=True) is not None
        mentioned = top_event(doc, kind) is not None
        for table, pred in ((self.detection, predicted), (self.detection_any, mentioned)):
            table.setdefault(kind, PRF()).add(
                PRF(int(gold and pred), int(pred and not gold), int(gold and not pred))
            )
        self.predicted_positive.setdefault(f"{kind} {label}", Accuracy()).count(predicted)

    def spans(self, record: SpanRecord, doc: Document) -> None:
        kind = record.event_type
        top = top_event(doc)
        self.type_top.setdefault(kind, Accuracy()).count(top is not None and top.type == kind)
        self.type_any.setdefault(kind, Accuracy()).count(top_event(doc, kind) is not None)
        ev = top_event(doc, kind)
        for side, table in (("source", self.source_country), ("target", self.target_country)):
            roles = [getattr(a, f"{side}_role") for a in record.spans]
            gold = majority_country(roles)
            if gold is not None:
                table.setdefault(kind, Accuracy()).count(actor_country(doc, ev, side) == gold)

    def tables(self) -> list[Table]:
        steps = " ".join(self.steps)
        det = [prf_row(k, prf, "event type") for k, prf in sorted(self.detection.items())]
        det_any = [prf_row(k, p, "event type") for k, p in sorted(self.detection_any.items())]
        pos: list[dict[str, Cell]] = [
            {"type and label": k, "predicted positive": a.value, "n": a.total}
            for k, a in sorted(self.predicted_positive.items())
        ]
        span_rows = []
        for name in ("type_top", "type_any", "source_country", "target_country"):
            for kind, acc in sorted(getattr(self, name).items()):
                span_rows.append(acc_row(f"{kind} {name}", acc, "spans: accuracy of"))
        return [
            Table(f"oeda: detection, ambiguous left out: {self.skipped_ambiguous} ({steps})", det),
            Table("oeda: detection counting passing mentions too (reported or not)", det_any),
            Table("oeda: share predicted positive by gold label", pos),
            Table("oeda: spans", span_rows),
        ]


def read_gsr(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if rows and not {"id", "label", "text", "event_type"} <= rows[0].keys():
        raise MarsadError(
            Err.BAD_DATA_FILE,
            source=path,
            kind="OEDA detection CSV",
            detail=f"columns {sorted(rows[0])} lack id, label, text or event_type",
            fix="pass the *_gsr.csv files of shared/data/events/oeda_gsr.",
        )
    return rows


def read_spans(path: Path) -> list[SpanRecord]:
    try:
        return msgspec.json.decode(path.read_bytes(), type=list[SpanRecord])
    except msgspec.DecodeError as exc:
        raise MarsadError(
            Err.BAD_DATA_FILE,
            source=path,
            kind="OEDA spans JSON",
            detail=str(exc),
            fix="pass the *_spans.json files of shared/data/events/oeda_gsr.",
        ) from None


def evaluate(folder: Path, pipeline: Pipeline, limit: int | None = None) -> OedaResult:
    if not folder.is_dir():
        raise MarsadError(Err.NOT_FOUND, source=folder)
    gsr, spans = sorted(folder.glob("*_gsr.csv")), sorted(folder.glob("*_spans.json"))
    if not gsr and not spans:
        raise MarsadError(
            Err.BAD_DATA_FILE,
            source=folder,
            kind="OEDA",
            detail="no *_gsr.csv or *_spans.json files",
            fix="pass shared/data/events/oeda_gsr/dev or .../test.",
        )
    result = OedaResult(steps=pipeline.names)
    for path in gsr:
        for row in read_gsr(path)[:limit]:
            doc = analyze(
                row["text"], published_from_id(row["id"]), pipeline=pipeline, id=row["id"]
            )
            result.detect(row["event_type"], row["label"], doc)
    for path in spans:
        for rec in read_spans(path)[:limit]:
            doc = analyze(rec.text, published_from_id(rec.source), pipeline=pipeline, id=rec.source)
            result.spans(rec, doc)
    return result


@click.command(name="oeda")
@click.argument("folder", type=click.Path(path_type=Path))
@json_option
@click.option(
    "--limit", type=click.IntRange(min=1), help="Score only the first N rows of each file."
)
@click.option(
    "--learned-adds",
    is_flag=True,
    help="Let the event model add attacks/protests the rules missed (Settings.learned_adds).",
)
def command(folder: Path, as_json: bool, limit: int | None, learned_adds: bool) -> None:
    """Event detection and actor accuracy on the OEDA Arabic gold (a dev/ or test/ folder).

    \b
    Examples:
      marsad eval oeda ../shared/data/events/oeda_gsr/dev
      marsad eval oeda ../shared/data/events/oeda_gsr/test --json
      marsad eval oeda ../shared/data/events/oeda_gsr/dev --learned-adds
    """
    pipeline = Pipeline(Settings(learned_adds=learned_adds))
    emit(evaluate(folder, pipeline, limit), as_json)
