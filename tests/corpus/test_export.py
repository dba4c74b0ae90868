"""Exports: every table and format, PLOVER records valid, GDELT rows of 61 columns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from tests.store.helpers import article, with_event

from marsad.corpus.aggregate import aggregate_events
from marsad.corpus.export import export_table
from marsad.corpus.gdelt import GDELT_COLUMNS
from marsad.corpus.plover import validate
from marsad.errors import MarsadError
from marsad.store.db import Store, open_store

A = "استقبل وزير الخارجية نظيره الزائر وبحثا سبل تعزيز التعاون بين البلدين."
B = "التقى وزيرا الخارجية في العاصمة وناقشا ملفات التعاون الثنائي والإقليمي."


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(f"sqlite:///{tmp_path / 'e.db'}")
    s.write([
        with_event(article(A, id="a", source="s1"), src="EGYGOV", tgt="JORGOV"),
        with_event(article(B, id="b", source="s2"), src="EGYGOV", tgt="JORGOV", confidence=0.9),
    ])  # fmt: skip
    aggregate_events(s)
    return s


def _text(store: Store, what: str, fmt: str) -> str:
    buf = io.BytesIO()
    export_table(store, what, fmt, buf)
    return buf.getvalue().decode("utf-8")


def test_plover_records_validate(store: Store) -> None:
    records = [json.loads(line) for line in _text(store, "events", "plover").splitlines()]
    assert len(records) == 2 and all(validate(r) == [] for r in records)
    assert records[0]["source_country"] == "EGY" and records[0]["target_agent"] == "GOV"


def test_plover_records_flag_acts_named_in_passing(tmp_path: Path) -> None:
    s = open_store(f"sqlite:///{tmp_path / 'p.db'}")
    s.write([with_event(article(A, id="a"), src="EGYGOV", tgt="JORGOV", reported=False)])
    [record] = [json.loads(line) for line in _text(s, "events", "plover").splitlines()]
    assert validate(record) == [] and record["reported"] is False
    assert record["hypothetical"] is False


def test_plover_validator_names_the_problem(store: Store) -> None:
    record = json.loads(_text(store, "events", "plover").splitlines()[0])
    record["event_type"] = "HUG"
    assert [p for p in validate(record) if "event_type" in p]


def test_gdelt_rows_aggregate_articles(store: Store) -> None:
    [row] = list(csv.reader(io.StringIO(_text(store, "events", "gdelt")), delimiter="\t"))
    assert len(row) == len(GDELT_COLUMNS) == 61
    rec = dict(zip(GDELT_COLUMNS, row, strict=True))
    assert (rec["Actor1Code"], rec["EventCode"], rec["QuadClass"], rec["NumArticles"]) == (
        "EGYGOV",
        "040",
        "1",
        "2",
    )


def test_gdelt_day_of_a_month_or_year_aggregate() -> None:
    from marsad.corpus.gdelt import gdelt_row

    base = {"id": 1, "source_actor": "SYRMIL", "target_actor": "SYRREB", "cameo": "190",
            "n_mentions": 1, "n_sources": 1, "n_articles": 1}  # fmt: skip
    # a month that holds the first report: that day; a past month: its first day
    row = gdelt_row({**base, "date": "2018-06", "first_seen": "2018-06-20"})
    assert (row["SQLDATE"], row["MonthYear"], row["DATEADDED"]) == (
        "20180620",
        "201806",
        "20180620",
    )
    assert (
        gdelt_row({**base, "date": "2013-06", "first_seen": "2018-06-20"})["SQLDATE"] == "20130601"
    )
    assert gdelt_row({**base, "date": "2014", "first_seen": "2018-06-20"})["Year"] == 2014


def test_csv_and_jsonl_articles(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(_text(store, "articles", "csv"))))
    assert [r["doc_id"] for r in rows] == ["a", "b"]
    ents = _text(store, "entities", "jsonl")
    assert ents == ""  # the text-only pipeline finds no entities


def test_parquet_export_of_events(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "ev.parquet"
    assert export_table(store, "events", "parquet", out) == 2
    assert pq.read_table(out).num_rows == 2


def test_plover_of_articles_is_refused(store: Store) -> None:
    with pytest.raises(MarsadError):
        export_table(store, "articles", "plover", io.BytesIO())


def test_month_dates_get_a_day_and_their_resolution() -> None:
    from marsad.corpus.plover import event_day

    assert event_day("2018-04", "2018-04-20") == ("2018-04-20", "month")
    assert event_day("2017-10", "2018-04-20") == ("2017-10-01", "month")
    assert event_day(None, "2018-04-20") == ("2018-04-20", "day")
