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
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 2, "COOPERATE": 2, "AID": 2,
    "RETREAT": 2, "REQUEST": 1, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3,
    "SANCTION": 3, "MOBILIZE": 3, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip
_CODE = re.compile(r"^[A-Z0-9]{3,18}$")


class PloverRecord(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    event_id: str
    event_date: str
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
    if rec.event_type in QUAD and rec.quad_class != QUAD[rec.event_type]:
        problems.append(f"quad_class {rec.quad_class} does not match {rec.event_type}")
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
