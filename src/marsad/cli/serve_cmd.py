"""``marsad serve`` (the REST API and dashboard over a store) and ``marsad demo``."""

from __future__ import annotations

from pathlib import Path

import click

from marsad.settings import Settings

DB_HELP = "Store URL: sqlite:///path.db (default ./marsad.db) or postgresql://user@host/db."


def _examples_dir() -> Path:
    """``examples/`` of a source checkout, else of the working directory."""
    here = Path(__file__).resolve().parents[3] / "examples"
    return here if here.is_dir() else Path.cwd() / "examples"


def _run(db: str | None, host: str, port: int, read_only: bool) -> None:
    import uvicorn

    from marsad.api import create_app

    app = create_app(Settings(), db, read_only)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    click.echo(f"marsad: dashboard http://{shown}:{port}/  API docs http://{shown}:{port}/docs")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.command()
@click.option("--db", default=None, help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--read-only", is_flag=True, help="Refuse /ingest; do not migrate the store.")
def serve(db: str | None, host: str, port: int, read_only: bool) -> None:
    """Serve the REST API (OpenAPI docs at /docs) and the Arabic dashboard at /.

    POST /analyze and /ingest need `Authorization: Bearer $MARSAD_API_TOKEN`; without
    the variable set they are refused.

    \b
    Examples:
      marsad serve --db marsad.db
      MARSAD_API_TOKEN=secret marsad serve --db postgresql://postgres@127.0.0.1/test
    """
    _run(db, host, port, read_only)


def build_demo(db: str, examples: Path) -> int:
    """Ingest ``examples/examples.jsonl`` through the corpus engine; returns articles stored."""
    from marsad.cli.corpus_cmd import _post
    from marsad.corpus.batch import BatchOptions, run_ingest
    from marsad.errors import Err, MarsadError
    from marsad.ingest.record import FieldMap
    from marsad.store.db import open_store

    source = examples / "examples.jsonl"
    if not source.is_file():
        raise MarsadError(Err.NOT_FOUND, source=source)
    store = open_store(db)
    report = run_ingest([str(source)], store, Settings(), FieldMap(),
                        BatchOptions(progress=False))  # fmt: skip
    _post(store)
    store.close()
    return report.stored


@click.command()
@click.option("--db", default="sqlite:///marsad-demo.db", show_default=True, help=DB_HELP)
@click.option("--examples", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Folder holding examples.jsonl (default: the checkout's examples/).")  # fmt: skip
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--serve/--no-serve", default=True, show_default=True,
              help="Start the server after building the store.")  # fmt: skip
def demo(db: str, examples: Path | None, host: str, port: int, serve: bool) -> None:
    """Build a store from the example articles and serve the dashboard on it.

    \b
    Examples:
      marsad demo                 # then open the printed URL
      marsad demo --no-serve      # only build marsad-demo.db
    """
    n = build_demo(db, examples or _examples_dir())
    click.echo(f"marsad demo: {n} new example articles stored in {db}", err=True)
    if serve:
        _run(db, host, port, read_only=False)


def register(cli: click.Group) -> None:
    cli.add_command(serve)
    cli.add_command(demo)
