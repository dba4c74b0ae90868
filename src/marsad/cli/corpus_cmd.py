"""``marsad ingest``, ``marsad export`` and ``marsad store ...``: the corpus commands."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from marsad.errors import Err, MarsadError
from marsad.settings import Settings

if TYPE_CHECKING:
    from marsad.corpus.batch import BatchReport
    from marsad.store.db import Store

DB_HELP = "Store URL: sqlite:///path.db (default ./marsad.db) or postgresql://user@host/db."


def _report(report: BatchReport) -> None:
    click.echo(
        f"ingest: {report.read} read, {report.stored} stored, {report.skipped} already stored, "
        f"{report.failed} failed",
        err=True,
    )


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", default=None, help=DB_HELP)
@click.option(
    "--workers", type=int, default=1, show_default=True, help="Processes on this machine."
)
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option(
    "--scheduler",
    default=None,
    help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default with --engine dask: a local cluster of --workers processes).",
)
@click.option("--resume", is_flag=True, help="Skip input files a finished run already ingested.")
@click.option(
    "--errors",
    "error_log",
    type=click.Path(path_type=Path),
    default=None,
    help="Append failures as JSON lines to this file.",
)
@click.option("--text-field", default=None, help="Record field holding the article text.")
@click.option("--title-field", default=None, help="Record field holding the title.")
@click.option("--date-field", default=None, help="Record field holding the publication date.")
@click.option("--id-field", default=None, help="Record field holding the article id.")
@click.option(
    "--steps", default=None, help="Comma-separated pipeline steps (default: all installed)."
)
@click.option(
    "--batch-size", type=int, default=500, show_default=True, help="Articles per transaction."
)
@click.option(
    "--watch", type=float, default=None, metavar="SECONDS", help="Poll feed URLs every SECONDS."
)
@click.option("--rounds", type=int, default=None, help="With --watch: stop after this many polls.")
@click.option(
    "--post/--no-post",
    default=True,
    show_default=True,
    help="Cluster duplicates and stories and aggregate events afterwards.",
)
@click.option("--progress/--no-progress", default=True, show_default=True)
def ingest(sources: tuple[str, ...], db: str | None, workers: int, engine: str, scheduler: str | None,
           resume: bool, error_log: Path | None, text_field: str | None, title_field: str | None,
           date_field: str | None, id_field: str | None, steps: str | None, batch_size: int,
           watch: float | None, rounds: int | None, post: bool, progress: bool) -> None:  # fmt: skip
    """Ingest articles from files, directories, archives and feeds into the store.

    Reads .txt .html .json .jsonl .csv (also .gz), zip archives of JSON and RSS/Atom
    feeds (file or http(s) URL). Re-ingesting changes nothing; bad documents are
    reported with their reason and the batch continues.

    \b
    Examples:
      marsad ingest ../shared/data/news/ant_multisource/articles.jsonl.gz --workers 2
      marsad ingest news/ --db postgresql://postgres@127.0.0.1:5432/test
      marsad ingest data.jsonl --engine dask --scheduler tcp://10.0.0.5:8786
      marsad ingest data.jsonl --engine dask --workers 2   # a local Dask cluster
      marsad ingest https://example.org/rss.xml --watch 300
    """
    from marsad.corpus.batch import BatchOptions, run_ingest
    from marsad.ingest.record import FieldMap
    from marsad.store.db import open_store

    if scheduler and engine != "dask":
        raise MarsadError(
            Err.BAD_RECORD,
            source="--scheduler",
            detail="a scheduler address only applies to --engine dask",
            fix="add --engine dask, or drop --scheduler",
        )
    settings = (
        Settings() if not steps else Settings(steps=tuple(s.strip() for s in steps.split(",")))
    )
    fields = FieldMap().with_first(text=text_field, title=title_field, date=date_field, id=id_field)
    opts = BatchOptions(workers=workers, engine=engine, scheduler=scheduler, resume=resume,  # type: ignore[arg-type]
                        error_log=error_log, progress=progress, batch_size=batch_size)  # fmt: skip
    store = open_store(db)
    n = 0
    while True:
        start = time.perf_counter()
        report = run_ingest(list(sources), store, settings, fields, opts)
        _report(report)
        click.echo(
            f"ingest: {report.read / max(time.perf_counter() - start, 1e-9):,.1f} articles/s read+analysed+stored",
            err=True,
        )
        if post:
            _post(store)
        n += 1
        if watch is None or (rounds is not None and n >= rounds):
            break
        time.sleep(watch)
    store.close()


def _post(store: Store) -> None:
    from marsad.corpus.aggregate import aggregate_events
    from marsad.corpus.dedup import cluster

    dup = cluster(store)
    agg = aggregate_events(store)
    click.echo(f"dedup: {dup}; events: {agg}", err=True)


@click.command()
@click.argument("what", type=click.Choice(["events", "articles", "entities", "aggregates"]))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet", "plover", "gdelt"]),
    default="jsonl",
    show_default=True,
)
@click.option("--db", default=None, help=DB_HELP)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Output file (default: standard output; parquet needs a file).",
)
def export(what: str, fmt: str, db: str | None, output: Path | None) -> None:
    """Export events, articles, entities or aggregated events from the store.

    PLOVER JSONL and GDELT-style TSV (CAMEO codes, QuadClass, Goldstein) apply to events.

    \b
    Examples:
      marsad export events --format plover -o events.plover.jsonl
      marsad export events --format gdelt -o events.tsv
      marsad export articles --format parquet -o articles.parquet
    """
    from marsad.corpus.export import export_table
    from marsad.store.db import open_store

    store = open_store(db)
    n = export_table(store, what, fmt, output or sys.stdout.buffer)
    click.echo(f"export: {n} {what} rows as {fmt}", err=True)


@click.group(name="store")
def store_group() -> None:
    """Manage the corpus store: migrations, statistics, search, clustering."""


@store_group.command(name="migrate")
@click.option("--db", default=None, help=DB_HELP)
def migrate_cmd(db: str | None) -> None:
    """Create or upgrade the store schema (named migrations, applied once)."""
    from marsad.store.db import Store

    store = Store(db)
    applied = store.migrate()
    click.echo(f"migrations applied: {', '.join(applied) or 'none (up to date)'}")


@store_group.command(name="stats")
@click.option("--db", default=None, help=DB_HELP)
def stats_cmd(db: str | None) -> None:
    """Counts of articles, analyses, entities, events, stories and failures."""
    from marsad.store.db import open_store
    from marsad.store.query import stats

    for key, value in stats(open_store(db)).items():
        click.echo(f"{key}\t{value}")


@store_group.command(name="search")
@click.argument("query")
@click.option("--db", default=None, help=DB_HELP)
@click.option("--limit", type=int, default=10, show_default=True)
def search_cmd(query: str, db: str | None, limit: int) -> None:
    """Arabic full-text search over titles and texts (normalised on both sides)."""
    from marsad.store.db import open_store
    from marsad.store.query import ArticleFilter, search_articles

    for hit in search_articles(open_store(db), ArticleFilter(q=query, limit=limit)):
        click.echo(f"{hit.doc_id}\t{hit.published or '-'}\t{hit.source or '-'}\t{hit.title or ''}")


@store_group.command(name="cluster")
@click.option("--db", default=None, help=DB_HELP)
def cluster_cmd(db: str | None) -> None:
    """Recompute duplicates, stories and the cross-article event aggregates."""
    from marsad.store.db import open_store

    _post(open_store(db))


@store_group.command(name="topics")
@click.option("--db", default=None, help=DB_HELP)
def topics_cmd(db: str | None) -> None:
    """Relabel every stored article's topic with the shipped topic model."""
    from marsad.corpus.topics import load_topic_model, relabel
    from marsad.settings import NormalizeOptions
    from marsad.store.db import open_store

    n = relabel(open_store(db), load_topic_model(), NormalizeOptions())
    click.echo(f"topics: {n} articles relabelled")


def register(cli: click.Group) -> None:
    cli.add_command(ingest)
    cli.add_command(export)
    cli.add_command(store_group)
