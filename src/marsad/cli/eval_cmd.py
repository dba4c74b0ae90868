"""``marsad eval``: evaluation commands.

Each scorer lives in ``marsad.eval.<name>`` and exposes a click ``command``; the
group attaches those present, so a stage and its scorer land together.
"""

from __future__ import annotations

import importlib

import click

SCORERS = ("gold", "ner", "tokens", "timex", "sentences", "oeda")


@click.group(name="eval")
def eval_group() -> None:
    """Score marsad against gold data (P/R/F1 tables; --json for machine output)."""


for _name in SCORERS:
    try:
        _module = importlib.import_module(f"marsad.eval.{_name}")
    except ModuleNotFoundError as _exc:
        if _exc.name != f"marsad.eval.{_name}":
            raise
        continue
    eval_group.add_command(_module.command)
