"""``marsad eval timex``: temporal expressions against TimeML (``.tml``) gold.

- **Span** P/R/F1 over gold ``DATE`` and ``TIME`` TIMEX3s: a gold expression is found
  (tp) when a predicted expression of any type overlaps it, else missed (fn); a
  predicted ``DATE``/``TIME`` overlapping no gold TIMEX3 of any type is a false
  positive. The same over all four types is reported beside it.
- **DATE value accuracy** over every gold ``DATE``: right when an overlapping
  prediction carries exactly the gold value (``2015-12-24``, ``2014``, ``PRESENT_REF``,
  ``2015-W53``, ``2015-SU`` ...). A missed expression counts as wrong.
- ``DURATION`` and ``SET`` get their own span rows and value accuracies.

marsad's expressions are scored in their TIMEX3 reading (``marsad.dates.timex3``): a
part of a day is a ``TIME`` (``2015-12-22TMO``), a day counted in weeks its ISO week,
and an expression marsad counts from a date the text gave (``العام التالي``) is read
news-style from the creation date, as the corpus's HeidelTime-based annotation does;
that annotation's word lists also give a part of the month or week named by its unit
alone and ``حديثا`` their own values. Its readings that contradict the text (an
ordinal decade always in the 1900s, ``أمس الأول`` as yesterday, a modified weekday
after ``يوم`` as the plain one, every ``اليوم`` the creation day) are left out unless
``--heideltime-quirks`` is given. marsad's own
``Document.dates`` keep their values.

The document creation date is the file's ``DOCCREATIONTIME``/DCT TIMEX3 when it has
one, else ``--dct`` (the Arabic TimeML corpus in shared/data states none; its
annotators resolved relative expressions against 2015-12-24, the default).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import click

from marsad.errors import Err, MarsadError
from marsad.eval.common import PRF, Accuracy, Table, acc_row, emit, files_in, json_option, prf_row

DEFAULT_DCT = "2015-12-24"
TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class Timex:
    """A gold or predicted expression: character span into the document text."""

    start: int
    end: int
    type: str
    value: str | None
    text: str = ""


@dataclass(slots=True)
class TmlDoc:
    name: str
    text: str
    timexes: list[Timex]
    dct: str | None = None


def _walk(elem: ET.Element, parts: list[str], pos: list[int], out: list[Timex]) -> str | None:
    """Append ``elem``'s text in document order, recording TIMEX3 spans; returns the
    creation time when this subtree holds it (its text is left out of the body)."""
    dct: str | None = None
    tag = elem.tag.rsplit("}", 1)[-1]
    is_dct = tag in ("DCT", "DOCCREATIONTIME") or (
        tag == "TIMEX3" and elem.get("functionInDocument") == "CREATION_TIME"
    )
    if is_dct:
        found = elem if tag == "TIMEX3" else elem.find(".//TIMEX3")
        return (found.get("value") if found is not None else None) or "".join(elem.itertext())
    start = pos[0]
    parts.append(elem.text or "")
    pos[0] += len(elem.text or "")
    for child in elem:
        dct = _walk(child, parts, pos, out) or dct
        parts.append(child.tail or "")
        pos[0] += len(child.tail or "")
    if tag == "TIMEX3":
        text = "".join(parts)[start : pos[0]]
        out.append(Timex(start, pos[0], elem.get("type", "DATE"), elem.get("value"), text))
    return dct


def read_tml(path: Path) -> TmlDoc:
    """Parse one TimeML file into plain text and its TIMEX3 spans."""
    try:
        root = ET.fromstring(path.read_text(encoding="utf-8"))
    except (ET.ParseError, UnicodeDecodeError) as exc:
        raise MarsadError(
            Err.BAD_DATA_FILE,
            source=path,
            kind="TimeML",
            detail=str(exc),
            fix="pass a UTF-8 TimeML file (<TimeML> ... <TIMEX3 ...> ...).",
        ) from None
    parts: list[str] = []
    timexes: list[Timex] = []
    dct = _walk(root, parts, [0], timexes)
    timexes.sort(key=lambda t: t.start)
    return TmlDoc(path.name, "".join(parts), timexes, dct[:10] if dct else None)


def _overlaps(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


@dataclass
class TimexScore:
    """Counts for one document or the sum over many; ``notes`` lists errors."""

    span: PRF = field(default_factory=PRF)  # DATE + TIME
    span_all: PRF = field(default_factory=PRF)
    by_type: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in TYPES})
    date_value: Accuracy = field(default_factory=Accuracy)
    value_by_type: dict[str, Accuracy] = field(
        default_factory=lambda: {t: Accuracy() for t in TYPES}
    )
    notes: list[str] = field(default_factory=list)

    def add(self, other: TimexScore) -> TimexScore:
        self.span.add(other.span)
        self.span_all.add(other.span_all)
        self.date_value.add(other.date_value)
        for t in TYPES:
            self.by_type[t].add(other.by_type[t])
            self.value_by_type[t].add(other.value_by_type[t])
        self.notes.extend(other.notes)
        return self


def _span_prf(gold: Sequence[Timex], pred: Sequence[Timex], every: Sequence[Timex]) -> PRF:
    """Gold found by any overlapping prediction; predictions overlapping no gold of
    any type (``every``) are false positives."""
    prf = PRF()
    for g in gold:
        if any(_overlaps(g, p) for p in pred):
            prf.tp += 1
        else:
            prf.fn += 1
    prf.fp = sum(1 for p in pred if not any(_overlaps(p, g) for g in every))
    return prf


def score_doc(doc: TmlDoc, preds: Sequence[Timex]) -> TimexScore:
    out = TimexScore()
    gold = doc.timexes
    dt_gold = [g for g in gold if g.type in ("DATE", "TIME")]
    dt_pred = [p for p in preds if p.type in ("DATE", "TIME")]
    out.span = _span_prf(dt_gold, preds, gold)
    out.span.fp = _span_prf(dt_gold, dt_pred, gold).fp
    out.span_all = _span_prf(gold, preds, gold)
    for t in TYPES:
        typed = [p for p in preds if p.type == t]
        out.by_type[t] = _span_prf([g for g in gold if g.type == t], preds, gold)
        out.by_type[t].fp = _span_prf([], typed, gold).fp
    for g in gold:
        hits = [p for p in preds if _overlaps(g, p)]
        ok = any(p.value == g.value for p in hits)
        out.value_by_type[g.type if g.type in TYPES else "DATE"].count(ok)
        if g.type == "DATE":
            out.date_value.count(ok)
        if not ok:
            got = ", ".join(f"{p.text}={p.value}" for p in hits) or "missed"
            out.notes.append(f"{doc.name}: {g.type} {g.text} = {g.value} | {got}")
    for p in preds:
        if not any(_overlaps(p, g) for g in gold):
            out.notes.append(f"{doc.name}: false positive {p.type} {p.text} = {p.value}")
    return out


@dataclass
class TimexResult:
    system: str
    dct: str
    files: int
    total: TimexScore

    def tables(self) -> list[Table]:
        t = self.total
        spans = Table(f"timex spans: {self.system} ({self.files} files, default DCT {self.dct})")
        spans.rows.append(prf_row("DATE+TIME", t.span, "expressions"))
        spans.rows.append(prf_row("all types", t.span_all, "expressions"))
        spans.rows.extend(prf_row(k, v, "expressions") for k, v in t.by_type.items())
        values = Table(f"timex values: {self.system}")
        values.rows.append(acc_row("DATE value", t.date_value, "expressions"))
        values.rows.extend(
            acc_row(f"{k} value", v, "expressions")
            for k, v in t.value_by_type.items()
            if k != "DATE"
        )
        return [spans, values]

    def to_dict(self) -> dict[str, object]:
        t = self.total
        return {
            "system": self.system,
            "dct": self.dct,
            "files": self.files,
            "span": t.span.to_dict(),
            "span_all": t.span_all.to_dict(),
            "by_type": {k: v.to_dict() for k, v in t.by_type.items()},
            "date_value": t.date_value.to_dict(),
            "value_by_type": {k: v.to_dict() for k, v in t.value_by_type.items()},
        }


Predictor = Callable[[str, date], list[Timex]]


def evaluate(paths: Sequence[Path], predict: Predictor, dct: str, system: str) -> TimexResult:
    """Score ``predict(text, dct)`` on TimeML files (shared with the peer benchmark)."""
    total = TimexScore()
    for path in paths:
        doc = read_tml(path)
        anchor = date.fromisoformat(doc.dct or dct)
        total.add(score_doc(doc, predict(doc.text, anchor)))
    return TimexResult(system, dct, len(paths), total)


def marsad_predictor(quirks: bool = False) -> Predictor:
    """marsad's text layer and ``dates`` step, built once; ``quirks``: also HeidelTime's
    readings that contradict the text (``marsad.dates.timex3.news_reading``)."""
    from marsad.dates.extract import DateFinder
    from marsad.dates.timex3 import (
        at_token_start,
        bare_words,
        dual_past,
        listed,
        news_reading,
        timex3,
    )
    from marsad.pipeline import Pipeline, analyze
    from marsad.settings import Settings

    settings = Settings(steps=("lines", "tokens", "sentences", "dates"))
    pipe = Pipeline(settings)
    finder = DateFinder(settings.normalize)

    def predict(text: str, anchor: date) -> list[Timex]:
        doc = analyze(text, anchor.isoformat(), pipeline=pipe)
        # HeidelTime marks from the start of a word only (not the اليوم of واليوم)
        # and from the forms its word list holds (not the غد of بعد غد)
        starts = [at_token_start(d, text, finder, anchor) for d in doc.dates]
        kept = [listed(d, finder, anchor) for d in starts if d is not None]
        doc.dates = [d for d in kept if d is not None]
        for d in doc.dates:  # the corpus reads relative expressions news-style
            d.value = news_reading(d, finder, anchor, quirks)
        # HeidelTime dates a dual with a past modifier (العامين الماضيين: 2013)
        doc.dates = [dual_past(d, text, finder.lex, finder.opts, anchor) or d for d in doc.dates]
        # TimeML's reading of each expression (a part of a day is a TIME)
        out = [
            Timex(d.start, d.end, *timex3(d, finder.lex, finder.opts, quirks), d.text)
            for d in doc.dates
        ]
        # TimeML marks each end of a range (``10 و11 أبريل``) as its own DATE
        out += [
            Timex(d.start, d.end, d.type, d.end_value, d.text) for d in doc.dates if d.end_value
        ]
        # words HeidelTime's list marks wherever they stand (حديثا)
        taken = [(d.start, d.end) for d in doc.dates]
        marked = bare_words(text, taken, anchor, quirks)
        out += [Timex(s, e, "DATE", v, text[s:e]) for s, e, v in marked]
        return out

    return predict


@click.command(name="timex")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--dct",
    default=DEFAULT_DCT,
    show_default=True,
    help="Creation date for files that state none.",
)
@json_option
@click.option(
    "-v",
    "--verbose",
    "--errors",
    is_flag=True,
    help="List value errors and misses (with the gold value) and false positives.",
)
@click.option(
    "--heideltime-quirks",
    "quirks",
    is_flag=True,
    help="Also read expressions as HeidelTime's rules do where that contradicts the text "
    "(أمس الأول as yesterday, يوم الأربعاء المقبل as the last Wednesday, every اليوم the "
    "creation day): agreement with the corpus's slips, not a measure of dates.",
)
def command(path: Path, dct: str, as_json: bool, verbose: bool, quirks: bool) -> None:
    """Score the dates step on TimeML files (a .tml file or a directory of them)."""
    from marsad.pipeline import check_date

    dct = check_date(dct, "--dct") or DEFAULT_DCT
    system = "marsad (HeidelTime quirks)" if quirks else "marsad"
    result = evaluate(files_in(path, ["*.tml"]), marsad_predictor(quirks), dct, system)
    if verbose and not as_json:
        for note in result.total.notes:
            click.echo(note)
    emit(result, as_json)
