"""The CLI module is cheap to import: spawned ingest workers re-import it (as the
parent's main script), and its subcommands attach only when the group is used."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from marsad.cli.main import cli


def test_importing_the_cli_loads_no_subcommand() -> None:
    code = "import sys, marsad.cli.main; print(sorted({'scipy', 'marsad.eval', 'sqlalchemy'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_subcommands_attach_on_first_use() -> None:
    result = CliRunner().invoke(cli, ["kb", "--help"])
    assert result.exit_code == 0 and "kb" in result.output
