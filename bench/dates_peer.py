"""Peer benchmark: dateparser's ``search_dates`` on the Arabic TimeML files, scored by
the same code as ``marsad eval timex``.

    .venv/bin/python bench/dates_peer.py ../shared/data/time/timeml_ar/test [--json]

dateparser finds substrings and returns a datetime for each; a hit becomes a DATE
valued at the grain dateparser reports for it (year, month or day), relative expressions resolved against the same DCT
marsad uses (``RELATIVE_BASE``). Its offsets are found by searching the substring
from the end of the previous hit.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import click
from dateparser.date import DateDataParser
from dateparser.search import search_dates

from marsad.eval.common import emit, files_in, json_option
from marsad.eval.timex import DEFAULT_DCT, Timex, evaluate, marsad_predictor


def _value(surface: str, when: datetime, settings: dict[str, object]) -> str:
    """The value at the grain dateparser reports for the substring (year, month, day),
    so ``العام 2017`` scores as ``2017`` rather than a made-up day."""
    data = DateDataParser(languages=["ar"], settings=settings).get_date_data(surface)  # type: ignore[arg-type]
    period = data.period if data and data.date_obj else "day"
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    return when.date().isoformat()


def dateparser_predict(text: str, anchor: date) -> list[Timex]:
    settings: dict[str, object] = {"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day)}
    found = search_dates(text, languages=["ar"], settings=settings) or []  # type: ignore[arg-type]
    out: list[Timex] = []
    pos = 0
    for surface, when in found:
        start = text.find(surface, pos)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        end = start + len(surface)
        pos = end
        out.append(Timex(start, end, "DATE", _value(surface, when, settings), surface))
    return out


@click.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--dct", default=DEFAULT_DCT, show_default=True)
@click.option("--with-marsad", is_flag=True, help="Score marsad on the same files too.")
@json_option
def main(path: Path, dct: str, with_marsad: bool, as_json: bool) -> None:
    paths = files_in(path, ["*.tml"])
    emit(evaluate(paths, dateparser_predict, dct, "dateparser search_dates(ar)"), as_json)
    if with_marsad:
        emit(evaluate(paths, marsad_predictor(), dct, "marsad"), as_json)


if __name__ == "__main__":
    sys.exit(main())
