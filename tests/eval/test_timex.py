"""``marsad eval timex``: TimeML reading, span and value scoring, the command."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.conftest import DATA, need

from marsad.errors import MarsadError
from marsad.eval.timex import Timex, command, evaluate, marsad_predictor, read_tml, score_doc

TML = """<?xml version="1.0"?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-05-04" functionInDocument="CREATION_TIME">2020-05-04</TIMEX3></DCT>
<TEXT>وصل الوفد <TIMEX3 tid="t1" type="DATE" value="2020-05-03">أمس</TIMEX3> ويبقى <TIMEX3 tid="t2" type="DURATION" value="P3D">ثلاثة أيام</TIMEX3> في المدينة.</TEXT>
</TimeML>
"""


@pytest.fixture
def tml(tmp_path: Path) -> Path:
    path = tmp_path / "one.tml"
    path.write_text(TML, encoding="utf-8")
    return path


def test_read_tml_gives_text_spans_and_creation_date(tml: Path) -> None:
    doc = read_tml(tml)
    assert doc.dct == "2020-05-04"
    assert [(doc.text[t.start : t.end], t.type, t.value) for t in doc.timexes] == [
        ("أمس", "DATE", "2020-05-03"),
        ("ثلاثة أيام", "DURATION", "P3D"),
    ]


def test_creation_date_is_not_body_text(tml: Path) -> None:
    assert "2020-05-04" not in read_tml(tml).text


def test_overlap_counts_as_found_and_value_must_be_exact(tml: Path) -> None:
    doc = read_tml(tml)
    at = doc.text.index("أمس")
    score = score_doc(doc, [Timex(at - 4, at + 3, "DATE", "2020-05-02")])
    assert (score.span.tp, score.span.fp, score.date_value.correct) == (1, 0, 0)


def test_prediction_over_no_timex_is_a_false_positive(tml: Path) -> None:
    doc = read_tml(tml)
    assert score_doc(doc, [Timex(0, 3, "DATE", "2020")]).span.fp == 1


def test_duration_is_scored_apart_from_dates(tml: Path) -> None:
    doc = read_tml(tml)
    at = doc.text.index("ثلاثة")
    score = score_doc(doc, [Timex(at, at + 10, "DURATION", "P3D")])
    assert (score.by_type["DURATION"].tp, score.value_by_type["DURATION"].correct) == (1, 1)
    assert score.span.fn == 1  # the DATE was missed


def test_marsad_resolves_against_the_file_creation_date(tml: Path) -> None:
    # the default DCT (2015-12-24) would make أمس 2015-12-23: the file's own date wins
    result = evaluate([tml], marsad_predictor(), "2015-12-24", "marsad")
    assert (result.total.span.f1, result.total.date_value.value) == (1.0, 1.0)


def test_marsad_part_of_a_day_is_scored_as_a_timex3_time() -> None:
    predict = marsad_predictor()
    got = predict("وصل الوفد صباح أمس إلى المدينة.", date(2020, 5, 4))
    assert [(t.text, t.type, t.value) for t in got] == [("صباح أمس", "TIME", "2020-05-03TMO")]


def test_command_prints_json(tml: Path) -> None:
    out = CliRunner().invoke(command, [str(tml.parent), "--json"])
    assert out.exit_code == 0
    assert '"span"' in out.output


def test_bad_xml_is_a_coded_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tml"
    bad.write_text("<TimeML><TIMEX3>أمس</TimeML>", encoding="utf-8")
    with pytest.raises(MarsadError) as err:
        read_tml(bad)
    assert err.value.code == "E302"


def test_bad_dct_option_is_a_coded_error(tml: Path) -> None:
    out = CliRunner().invoke(command, [str(tml.parent), "--dct", "yesterday"])
    assert isinstance(out.exception, MarsadError) and out.exception.code == "E006"


def test_dev_split_floors() -> None:
    """2026-11-29 (second pass), timeml_ar/dev: DATE+TIME span F1 0.944, DATE value
    accuracy 0.874 (the rest are mostly annotation slips); floors a little under."""
    paths = sorted(need(DATA / "time" / "timeml_ar" / "dev").glob("*.tml"))
    total = evaluate(paths, marsad_predictor(), "2015-12-24", "marsad").total
    assert total.span.f1 >= 0.92
    assert total.date_value.value >= 0.85
