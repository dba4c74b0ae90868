"""GDELT 2.0 event table layout (61 tab-separated columns, no header), filled from
marsad's cross-article aggregates: CAMEO event codes, QuadClass, Goldstein, counts."""

from __future__ import annotations

from datetime import date
from typing import Any

from marsad.corpus.plover import event_day

_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
GDELT_COLUMNS: list[str] = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO), "DATEADDED", "SOURCEURL",
]  # fmt: skip


def _actor(prefix: str, code: str, name: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {f"{prefix}{c}": "" for c in _ACTOR}
    if code:
        out[f"{prefix}Code"] = code
        out[f"{prefix}CountryCode"] = code[:3]
        roles = [code[i : i + 3] for i in range(3, len(code), 3)]
        for i, role in enumerate(roles[:3], 1):
            out[f"{prefix}Type{i}Code"] = role
    out[f"{prefix}Name"] = (name or "").replace("\t", " ").replace("\n", " ")
    return out


def _dates(day: str) -> dict[str, Any]:
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return {"SQLDATE": "", "MonthYear": "", "Year": "", "FractionDate": ""}
    frac = d.year + (d.timetuple().tm_yday - 1) / 365.0
    return {"SQLDATE": d.strftime("%Y%m%d"), "MonthYear": d.strftime("%Y%m"),
            "Year": d.year, "FractionDate": f"{frac:.4f}"}  # fmt: skip


def gdelt_row(agg: dict[str, Any]) -> dict[str, Any]:
    """One GDELT event row (columns in ``GDELT_COLUMNS`` order) from an aggregate row."""
    row: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
    cameo = agg.get("cameo") or ""
    row.update(
        GLOBALEVENTID=agg["id"],
        # SQLDATE is a day: a month or year value is placed as in PLOVER records
        **_dates(event_day(agg.get("date") or None, agg.get("first_seen"))[0]),
        **_actor("Actor1", agg["source_actor"], agg.get("source_text")),
        **_actor("Actor2", agg["target_actor"], agg.get("target_text")),
        IsRootEvent=1,
        EventCode=cameo,
        EventBaseCode=cameo[:3],
        EventRootCode=cameo[:2],
        QuadClass=agg.get("quad_class") or "",
        GoldsteinScale="" if agg.get("goldstein") is None else agg["goldstein"],
        NumMentions=agg["n_mentions"],
        NumSources=agg["n_sources"],
        NumArticles=agg["n_articles"],
        ActionGeo_FullName=(agg.get("place_text") or "").replace("\t", " "),
        ActionGeo_CountryCode=(agg.get("place_actor") or "")[:3],
        DATEADDED=(agg.get("first_seen") or "").replace("-", ""),
        SOURCEURL=agg.get("url") or "",
    )
    return {c: row[c] for c in GDELT_COLUMNS}
