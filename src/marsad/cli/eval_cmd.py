"""``marsad eval``: evaluation commands (filled in by the evaluation harness)."""

from __future__ import annotations

import click


@click.group(name="eval")
def eval_group() -> None:
    """Score marsad against gold data (P/R/F1 tables; --json for machine output)."""
