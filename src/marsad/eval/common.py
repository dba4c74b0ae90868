"""What every scorer shares: counts and ratios, surface-form normalisation, tables
and ``--json`` output, and reading evaluation files with coded errors.

A scorer builds a result object (a dataclass) whose ``tables()`` returns the
``Table`` rows to print; ``emit`` prints them, or the whole result as JSON.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import click
from rich.console import Console
from rich.table import Table as RichTable

from marsad.errors import Err, MarsadError
from marsad.settings import NormalizeOptions
from marsad.text.normalize import DEFAULT_OPTIONS, normalize


@dataclass(slots=True)
class PRF:
    """True positive, false positive and false negative counts with P/R/F1.

    An empty side scores 0.0, never a division error: no predictions gives P = 0.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> PRF:
        """Add ``other``'s counts into this one (micro-averaging); returns self."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class Accuracy:
    """Correct out of total (linking, speaker, date and type accuracy)."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def count(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def add(self, other: Accuracy) -> Accuracy:
        self.correct += other.correct
        self.total += other.total
        return self

    def to_dict(self) -> dict[str, float | int]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


Cell = str | int | float | None


@dataclass(slots=True)
class Table:
    """A titled table: each row maps column name to cell, columns in first-seen order."""

    title: str
    rows: list[dict[str, Cell]] = field(default_factory=list)


def prf_row(label: str, prf: PRF, label_column: str = "") -> dict[str, Cell]:
    """A table row for a P/R/F1 count."""
    return {
        label_column: label,
        "P": prf.precision,
        "R": prf.recall,
        "F1": prf.f1,
        "tp": prf.tp,
        "fp": prf.fp,
        "fn": prf.fn,
    }


def acc_row(label: str, acc: Accuracy, label_column: str = "") -> dict[str, Cell]:
    """A table row for an accuracy."""
    return {label_column: label, "accuracy": acc.value, "correct": acc.correct, "n": acc.total}


class Scored(Protocol):
    def tables(self) -> list[Table]: ...


def _cell(value: Cell) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def print_table(
    title: str, rows: Sequence[Mapping[str, Cell]], console: Console | None = None
) -> None:
    """Print rows as a rich table (numbers right-aligned, floats to 3 decimals)."""
    columns: list[str] = []
    for row in rows:
        columns.extend(c for c in row if c not in columns)
    # a table as wide as its title, so the title does not wrap over a narrow table
    table = RichTable(title=title, title_justify="left", min_width=min(len(title), 160))
    for col in columns:
        numeric = any(isinstance(row.get(col), int | float) for row in rows)
        table.add_column(col, justify="right" if numeric else "left", no_wrap=True)
    for row in rows:
        table.add_row(*(_cell(row.get(col)) for col in columns))
    (console or Console(width=160)).print(table)


def to_jsonable(obj: object) -> Any:
    """Dataclasses (using ``to_dict`` where they have one), mappings and lists to JSON types."""
    to_dict = getattr(obj, "to_dict", None)
    if callable(to_dict) and not isinstance(obj, type):
        return to_jsonable(to_dict())
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Mapping):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, float):
        return round(obj, 4)
    if isinstance(obj, Path):
        return str(obj)
    return obj


def emit(result: Scored, as_json: bool) -> None:
    """Print a scorer's result: its tables, or with ``as_json`` the whole result as JSON."""
    if as_json:
        click.echo(json.dumps(to_jsonable(result), ensure_ascii=False, indent=2))
        return
    console = Console(width=160)
    for table in result.tables():
        print_table(table.title, table.rows, console)


# -- surface forms -----------------------------------------------------------

_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+")


def norm_form(text: str, opts: NormalizeOptions = DEFAULT_OPTIONS) -> str:
    """A surface form for comparison: normalised letters, single spaces, no edge punctuation.

    Quotation marks and brackets around a name must not decide a match.
    """
    folded = _SPACE.sub(" ", normalize(text, opts)).strip()
    return _EDGE.sub("", folded)


def norm_tokens(text: str, opts: NormalizeOptions = DEFAULT_OPTIONS) -> list[str]:
    """Normalised word tokens (punctuation dropped) for token-overlap measures."""
    return _TOKEN.findall(normalize(text, opts))


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard overlap of two token sets; two empty sets overlap 0.0 (nothing to match)."""
    sa, sb = set(a), set(b)
    union = sa | sb
    return len(sa & sb) / len(union) if union else 0.0


# -- files -------------------------------------------------------------------


def files_in(path: Path, patterns: Sequence[str]) -> list[Path]:
    """``path`` itself, or the files in the directory ``path`` matching any pattern, sorted."""
    if not path.exists():
        raise MarsadError(Err.NOT_FOUND, source=path)
    if path.is_file():
        return [path]
    found = sorted({p for pat in patterns for p in path.glob(pat) if p.is_file()})
    if not found:
        raise MarsadError(
            Err.BAD_DATA_FILE,
            source=path,
            kind="evaluation",
            detail=f"no files matching {', '.join(patterns)}",
            fix="pass a directory holding such files, or one file.",
        )
    return found


def read_json(path: Path, kind: str = "JSON") -> Any:
    """Parse a JSON file, turning decode errors into a coded error naming the file."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MarsadError(
            Err.BAD_DATA_FILE,
            source=path,
            kind=kind,
            detail=str(exc),
            fix="pass a UTF-8 JSON file.",
        ) from None


json_option = click.option(
    "--json", "as_json", is_flag=True, help="Print machine-readable JSON instead of tables."
)


# -- actor codes and text search -----------------------------------------------

# CAMEO codes that do not start with a country: international and non-state actors.
# GUIDE.md compares their first six letters (IGOUNO, IGOWST); country codes their first three.
NON_STATE_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


def actor_key(code: str | None) -> str | None:
    """The part of a CAMEO actor code that scoring compares (None stays None)."""
    if not code:
        return None
    code = code.strip().upper()
    return code[:6] if code.startswith(NON_STATE_PREFIXES) else code[:3]


def _norm_with_index(text: str, opts: NormalizeOptions) -> tuple[str, list[int]]:
    """``text`` normalised (white space folded to one space) and each output char's source index."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = " " if ch.isspace() else normalize(ch, opts)
        for piece in folded:
            if piece == " " and out and out[-1] == " ":
                continue
            out.append(piece)
            index.append(i)
    return "".join(out), index


def find_all(
    text: str, needle: str, opts: NormalizeOptions = DEFAULT_OPTIONS
) -> list[tuple[int, int]]:
    """Every (start, end) of ``needle`` in ``text``: exact matches, else normalised ones.

    Gold files give mention strings, not offsets; a gold string may differ from the
    text in diacritics, letter variants or white space, so a normalised search backs
    up the exact one, with offsets mapped back to ``text``.
    """
    needle = needle.strip()
    if not needle:
        return []
    spans = _find_exact(text, needle)
    if spans:
        return spans
    hay, index = _norm_with_index(text, opts)
    pattern, _ = _norm_with_index(needle, opts)
    return [(index[s], index[e - 1] + 1) for s, e in _find_exact(hay, pattern)]


def _find_exact(text: str, needle: str) -> list[tuple[int, int]]:
    spans = []
    pos = text.find(needle)
    while pos >= 0:
        spans.append((pos, pos + len(needle)))
        pos = text.find(needle, pos + 1)
    return spans


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two half-open character spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]
