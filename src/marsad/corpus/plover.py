"""PLOVER event records (JSON lines) and a validator for their layout.

The layout follows the PLOVER data format as used by POLECAT: one record per coded
event with ``event_id``, ``event_date``, ``event_type``, ``mode``, ``context``, source
and target actor fields (full CAMEO-style code, country, agent, surface text), the
location, the evidence text and the story it came from.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import msgspec

from marsad.doc import PloverType

PLOVER_TYPES = frozenset(PloverType.__args__)  # type: ignore[attr-defined]
PLOVER_VERSION = "PLOVER 2021 (marsad 0.1)"
QUAD = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 2,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 1,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}  # fmt: skip  (CAMEO quad classes of each type's usual root code)
RESOLUTIONS = ("day", "month", "year")


def quad_of(cameo: str | None, event_type: str) -> int:
    """QuadClass from the CAMEO root (01-05, 06-08, 09-13, 14-20), else the type's usual one."""
    if cameo and cameo[:2].isdigit() and 1 <= int(cameo[:2]) <= 20:
        root = int(cameo[:2])
        return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
    return QUAD.get(event_type, 0)


def event_day(value: str | None, published: str | None) -> tuple[str, str]:
    """A PLOVER day and its resolution: a month or year value is placed on the
    publication date when that falls inside it, else on the period's first day."""
    v = value or published or ""
    if len(v) >= 10:
        return v[:10], "day"
    if published and v and published.startswith(v):
        return published, "month" if len(v) == 7 else "year"
    if len(v) == 7:
        return f"{v}-01", "month"
    if len(v) == 4:
        return f"{v}-01-01", "year"
    return v, "day"


_CODE = re.compile(r"^[A-Z0-9]{3,18}$")


class PloverRecord(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    event_id: str
    event_date: str
    date_resolution: str
    event_type: str
    mode: str | None
    context: list[str]
    quad_class: int
    source_actor: str | None
    source_country: str | None
    source_agent: str | None
    source_text: str | None
    target_actor: str | None
    target_country: str | None
    target_agent: str | None
    target_text: str | None
    location_text: str | None
    location_country: str | None
    event_text: str
    trigger: str | None
    negated: bool
    intent: bool
    hypothetical: bool = False
    reported: bool = True  # False: an act named only in passing, not news of it
    confidence: float
    cameo: str | None
    goldstein: float | None
    story_id: str
    publisher: str | None
    publication_date: str | None
    url: str | None
    language: str = "ar"
    version: str = PLOVER_VERSION


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """(country, agent) of a CAMEO actor code: ``SYRMIL`` -> ``SYR``, ``MIL``."""
    if not code:
        return None, None
    return code[:3], (code[3:] or None)


def validate(record: dict[str, Any]) -> list[str]:
    """Problems with one record against the PLOVER layout (empty list: valid)."""
    try:
        rec = msgspec.convert(record, type=PloverRecord)
    except msgspec.ValidationError as exc:
        return [str(exc)]
    problems = []
    if rec.event_type not in PLOVER_TYPES:
        problems.append(f"event_type {rec.event_type!r} is not a PLOVER type")
    try:
        date.fromisoformat(rec.event_date)
    except ValueError:
        problems.append(f"event_date {rec.event_date!r} is not YYYY-MM-DD")
    if rec.date_resolution not in RESOLUTIONS:
        problems.append(f"date_resolution {rec.date_resolution!r} is not one of {RESOLUTIONS}")
    if rec.quad_class != quad_of(rec.cameo, rec.event_type):
        problems.append(f"quad_class {rec.quad_class} does not match {rec.cameo or rec.event_type}")
    for side in ("source", "target"):
        code = getattr(rec, f"{side}_actor")
        if code is not None and not _CODE.match(code):
            problems.append(f"{side}_actor {code!r} is not a CAMEO actor code")
        elif code is not None and split_code(code) != (
            getattr(rec, f"{side}_country"),
            getattr(rec, f"{side}_agent"),
        ):
            problems.append(f"{side}_country/agent do not match {side}_actor")
    if not 0.0 <= rec.confidence <= 1.0:
        problems.append("confidence is outside [0, 1]")
    if not rec.event_text.strip():
        problems.append("event_text is empty")
    return problems
