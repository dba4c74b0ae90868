"""The ``marsad`` command line: a thin layer over the library.

Subcommands live in sibling modules and are attached here. Expected failures are
``MarsadError`` and print one coded line on stderr with exit code 1; usage errors exit 2.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

import click

from marsad import __version__
from marsad.errors import Err, MarsadError


class MarsadGroup(click.Group):
    """A click group that turns ``MarsadError`` into a clean message and exit 1, and
    attaches its subcommands on first use (``_attach``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        _attach()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        _attach()
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except MarsadError as exc:
            click.echo(f"marsad: {exc}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("marsad: interrupted", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            ctx.exit(0)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except Exception as exc:  # a bug: one coded line, the traceback only on request
            if os.environ.get("MARSAD_DEBUG"):
                raise
            detail = f"{type(exc).__name__}: {exc}"
            click.echo(f"marsad: {MarsadError(Err.INTERNAL, detail=detail)}", err=True)
            ctx.exit(1)


@click.group(cls=MarsadGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
def cli() -> None:
    """marsad (مرصد): Arabic news event intelligence.

    Reads Arabic news and turns it into who did what to whom, when, where,
    and who said what, with evidence.
    """


_ATTACHED: list[bool] = []  # set once the subcommands are attached


def _attach() -> None:
    """Import and attach the subcommands, once. Not at import time: every spawned ingest
    worker re-imports the parent's main script, i.e. this module, and the subcommands
    (eval, train, serve) import scipy and much else a worker never uses (0.6 s of CPU
    per worker)."""
    if _ATTACHED:
        return
    _ATTACHED.append(True)
    from marsad.cli import analyze_cmd, eval_cmd

    cli.add_command(analyze_cmd.analyze)
    cli.add_command(eval_cmd.eval_group)
    for name in ("kb_cmd", "train_cmd", "corpus_cmd", "serve_cmd"):
        try:
            module = __import__(f"marsad.cli.{name}", fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != f"marsad.cli.{name}":
                raise
            continue
        module.register(cli)


def main(argv: Sequence[str] | None = None) -> None:
    cli.main(args=list(argv) if argv is not None else None, prog_name="marsad")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
