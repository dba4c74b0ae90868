"""KB file checks: schema, unique ids, well-formed codes and dates, ambiguity stats."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import MarsadError
from marsad.kb.build.manifest import file_stats
from marsad.kb.codes import is_known_country, is_valid_code
from marsad.kb.loader import read_entries
from marsad.kb.model import Entry
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize

_ISO_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


@dataclass(slots=True)
class Report:
    """What ``marsad kb validate`` prints: problems, counts and ambiguity."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    by_type: Counter[str] = field(default_factory=Counter)
    entities: int = 0
    arabic_forms: int = 0  # distinct (entry, Arabic surface form) pairs, adjectives included
    ambiguous: dict[str, list[str]] = field(default_factory=dict)  # norm form -> ids

    @property
    def ok(self) -> bool:
        return not self.errors


def validate_files(paths: Iterable[Path], opts: NormalizeOptions | None = None) -> Report:
    """Check every entry of ``paths``; unreadable lines become errors, not exceptions."""
    report = Report()
    entries: list[tuple[str, Entry]] = []
    for path in paths:
        try:
            entries.extend((f"{path}:{n}", e) for n, e in read_entries(path))
        except MarsadError as exc:
            report.errors.append(str(exc))
    seen: dict[str, str] = {}
    for where, e in entries:
        if e.id in seen:
            report.errors.append(f"{where}: id {e.id!r} already used at {seen[e.id]}")
        seen[e.id] = where
        report.errors.extend(f"{where}: {p}" for p in entry_problems(e))
    ids = set(seen)
    for where, e in entries:
        if e.refers_to and e.refers_to not in ids:
            report.warnings.append(f"{where}: refers_to {e.refers_to!r} is not in these files")
    _count(report, [e for _, e in entries], opts or NormalizeOptions())
    return report


def entry_problems(e: Entry) -> list[str]:
    """Problems of one entry (empty when it is well formed)."""
    out: list[str] = []
    if not e.id.strip() or not e.name_en.strip():
        out.append("empty id or name_en")
    if not e.names_ar:
        out.append(f"{e.id}: no names_ar")
    if any(not f.strip() for f in [*e.names_ar, *e.adjectives_ar, *e.ambiguous_ar]):
        out.append(f"{e.id}: empty Arabic form")
    both = set(e.names_ar) & set(e.ambiguous_ar)
    if both:
        out.append(f"{e.id}: forms both plain and ambiguous: {sorted(both)}")
    if e.code is not None and not is_valid_code(e.code):
        out.append(f"{e.id}: code {e.code!r} is not ISO3 + CAMEO role codes or an IGO/NGO code")
    if e.country is not None and not is_known_country(e.country):
        out.append(f"{e.id}: country {e.country!r} is not a known ISO 3166 alpha-3 code")
    for role in e.roles:
        if not is_valid_code(role.code):
            out.append(f"{e.id}: role code {role.code!r} is not well formed")
        for day in (role.start, role.end):
            if day is not None and not _ISO_DATE.match(day):
                out.append(f"{e.id}: role date {day!r} is not YYYY-MM-DD")
        if role.start and role.end and role.end < role.start:
            out.append(f"{e.id}: role ends ({role.end}) before it starts ({role.start})")
    return out


def _count(report: Report, entries: list[Entry], opts: NormalizeOptions) -> None:
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for e in entries:
        report.by_type[e.type] += 1
        all_forms = [*e.names_ar, *e.adjectives_ar, *e.ambiguous_ar]
        forms = {f for f in all_forms if _ARABIC.search(f)}
        report.arabic_forms += len(forms)
        for f in e.names_ar:
            owners[normalize(f, opts)].add(e.id)
    report.entities = len(entries)
    report.ambiguous = {f: sorted(ids) for f, ids in owners.items() if len(ids) > 1}


def manifest_problems(data: Path) -> list[str]:
    """Where ``MANIFEST.json`` no longer describes the packaged files (a warning:
    rerun ``python -m marsad.kb.build.generate`` to rewrite it)."""
    path = data / "MANIFEST.json"
    if not path.is_file():
        return [f"{path}: missing"]
    listed: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))["files"]
    present = {p.relative_to(data).as_posix(): p for p in data.glob("**/*.jsonl")}
    out = [f"{path}: lists {name}, which is absent" for name in sorted(set(listed) - set(present))]
    for name, file in sorted(present.items()):
        entry = listed.get(name)
        if entry is None:
            out.append(f"{path}: does not list {name}")
        elif entry.get("entries") != file_stats(file)["entries"]:
            out.append(f"{path}: entry count of {name} is stale")
    return out
