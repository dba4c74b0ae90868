"""``marsad kb``: search, show and validate the knowledge base."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import msgspec

from marsad.errors import Err, MarsadError
from marsad.kb.loader import data_dir, load_kb, packaged_files, settings_with_env_kb
from marsad.kb.model import Entry
from marsad.kb.validate import Report, manifest_problems, validate_files
from marsad.settings import Settings


def _kb_option(f: click.decorators.FC) -> click.decorators.FC:
    return click.option(
        "--kb",
        "kb_files",
        multiple=True,
        type=click.Path(dir_okay=False),
        help="Extra KB file (JSON Lines of entries); repeatable. Also read from $MARSAD_KB.",
    )(f)


def _settings(kb_files: tuple[str, ...]) -> Settings:
    return settings_with_env_kb(Settings(kb_paths=tuple(Path(p) for p in kb_files)))


@click.group("kb")
def kb_group() -> None:
    """The knowledge base: states, places, organisations, people, weapons, laws."""


@kb_group.command("search")
@click.argument("query")
@click.option("--limit", type=int, default=20, show_default=True)
@_kb_option
def search(query: str, limit: int, kb_files: tuple[str, ...]) -> None:
    """Find entries by Arabic or English name, id or code (prefix or substring).

    \b
    Examples:
      marsad kb search أنقرة
      marsad kb search nato
    """
    kb = load_kb(_settings(kb_files))
    for e in kb.search(query, limit):
        names = "، ".join(e.names_ar[:3])
        click.echo(f"{e.id}\t{e.type}\t{e.code or '-'}\t{e.name_en}\t{names}")


@kb_group.command("show")
@click.argument("entry_id")
@_kb_option
def show(entry_id: str, kb_files: tuple[str, ...]) -> None:
    """Print one entry as JSON (e.g. ``marsad kb show gpe:TUR``)."""
    entry: Entry | None = load_kb(_settings(kb_files)).get(entry_id)
    if entry is None:
        raise MarsadError(
            Err.BAD_RECORD,
            source=entry_id,
            detail="no KB entry has this id",
            fix="find ids with `marsad kb search NAME`",
        )
    sys.stdout.buffer.write(msgspec.json.format(msgspec.json.encode(entry), indent=2) + b"\n")


@kb_group.command("match")
@click.argument("text")
@_kb_option
def match(text: str, kb_files: tuple[str, ...]) -> None:
    """Show the KB matches in TEXT (an Arabic sentence, or - for standard input).

    \b
    Example:
      marsad kb match "أعلنت وزارة الخارجية التركية أن أنقرة ترفض"
    """
    source = sys.stdin.read() if text == "-" else text
    kb = load_kb(_settings(kb_files))
    for m in kb.match_text(source):
        kind = "adjective" if m.adjective else "name"
        click.echo(f"{m.start}-{m.end}\t{m.form}\t{kind}\t{' '.join(m.entry_ids)}")


@kb_group.command("validate")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--show-ambiguous", type=int, default=10, show_default=True, metavar="N")
def validate(files: tuple[str, ...], show_ambiguous: int) -> None:
    """Check KB files (default: the packaged KB): schema, ids, codes, role dates.

    Prints counts by type, entities and Arabic surface forms, and forms shared by
    several entries (allowed: linking decides); warns when MANIFEST.json is stale;
    exits 1 on errors.
    """
    paths = [Path(p) for p in files] or packaged_files()
    report = validate_files(paths)
    if not files:
        report.warnings.extend(manifest_problems(data_dir()))
    _print_report(report, show_ambiguous)
    if not report.ok:
        sys.exit(1)


def _print_report(report: Report, show_ambiguous: int) -> None:
    for line in report.errors:
        click.echo(f"error: {line}", err=True)
    for line in report.warnings:
        click.echo(f"warning: {line}", err=True)
    for kind, n in sorted(report.by_type.items()):
        click.echo(f"{kind}\t{n}")
    click.echo(f"entities\t{report.entities}")
    click.echo(f"arabic_forms\t{report.arabic_forms}")
    click.echo(f"ambiguous_forms\t{len(report.ambiguous)}")
    for form, ids in list(report.ambiguous.items())[:show_ambiguous]:
        click.echo(f"  {form}\t{' '.join(ids)}")
    click.echo(f"errors\t{len(report.errors)}")


def register(cli: click.Group) -> None:
    cli.add_command(kb_group)
