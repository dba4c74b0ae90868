"""Every command and subcommand of the CLI is documented in the README."""

from __future__ import annotations

import click
from tests.conftest import ROOT

from marsad.cli.main import cli


def _sub(group: click.Group, name: str) -> click.Command:
    cmd = group.get_command(click.Context(group), name)  # the top group attaches on use
    assert cmd is not None, name
    return cmd


def _commands(group: click.Group, prefix: str = "marsad") -> list[str]:
    names = []
    for name in sorted(group.list_commands(click.Context(group))):
        cmd = _sub(group, name)
        full = f"{prefix} {name}"
        names.append(full)
        if isinstance(cmd, click.Group):
            names.extend(_commands(cmd, full))
    return names


def test_every_command_is_in_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in _commands(cli) if f"`{c}" not in readme]
    assert not missing, f"README.md does not document: {missing}"


def test_every_command_has_help() -> None:
    for name in _commands(cli):
        parts = name.split()[1:]
        cmd: click.Command = cli
        for part in parts:
            assert isinstance(cmd, click.Group)
            cmd = _sub(cmd, part)
        assert (cmd.help or "").strip(), f"{name} has no help text"
