"""Query parameters shared by several routes, validated before any query runs."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from marsad.api.models import DATE_PATTERN
from marsad.errors import Err, MarsadError
from marsad.pipeline import check_date

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")  # fmt: skip
CODE = r"^[A-Za-z0-9_:\-]{1,40}$"

Limit = Annotated[int, Query(ge=1, le=500, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip.")]
DateFrom = Annotated[str | None, Query(pattern=DATE_PATTERN, description="First day, YYYY-MM-DD.")]
DateTo = Annotated[str | None, Query(pattern=DATE_PATTERN, description="Last day, YYYY-MM-DD.")]
Code = Annotated[str | None, Query(pattern=CODE, description="CAMEO actor code, e.g. TUR, USAGOV.")]
Country = Annotated[
    str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO3 prefix of an actor code.")
]
Types = Annotated[
    str | None,
    Query(
        max_length=400,
        description="PLOVER type(s), comma-separated (AGREE,CONSULT,...).",
        pattern=r"^[A-Za-z,]*$",
    ),
]
Text = Annotated[str | None, Query(max_length=200)]
Quad = Annotated[int | None, Query(ge=1, le=4, description="CAMEO QuadClass 1-4.")]
Confidence = Annotated[float, Query(ge=0.0, le=1.0, allow_inf_nan=False)]
Passing = Annotated[
    bool,
    Query(
        description="Also list acts the text names only in passing (a past attack as a "
        "reference point, an anniversary); left out by default."
    ),
]
Id = Annotated[int, Query(ge=1, le=2**31 - 1)]


def clean(value: str | None) -> str | None:
    """Strip characters no backend stores (NUL, lone surrogates); empty means absent."""
    if value is None:
        return None
    out = value.replace("\x00", "").encode("utf-8", "ignore").decode("utf-8").strip()
    return out or None


def dates(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """Calendar-checked dates (the pattern alone lets 2021-02-30 through)."""
    return check_date(date_from, "date_from"), check_date(date_to, "date_to")


def types(value: str | None) -> tuple[str, ...]:
    names = tuple(t.strip().upper() for t in (value or "").split(",") if t.strip())
    unknown = [t for t in names if t not in PLOVER_TYPES]
    if unknown:
        raise MarsadError(
            Err.API_BAD_REQUEST,
            source="type",
            detail=f"unknown PLOVER type(s) {', '.join(unknown)}",
            fix=f"use one of {', '.join(PLOVER_TYPES)}",
        )
    return names


def code(value: str | None) -> str | None:
    return value.upper() if value else None
