"""``marsad analyze``: analyse one article and print JSON or a readable view."""

from __future__ import annotations

import sys

import click

from marsad.doc import Document
from marsad.kb.loader import settings_with_env_kb
from marsad.pipeline import Pipeline, check_date
from marsad.settings import Settings
from marsad.text.encoding import read_text


@click.command()
@click.argument("path", type=click.Path(allow_dash=True, dir_okay=False))
@click.option(
    "--published", metavar="YYYY-MM-DD", help="Publication date; relative dates resolve against it."
)
@click.option(
    "--format", "fmt", type=click.Choice(["json", "pretty"]), default="pretty", show_default=True
)
@click.option(
    "--tokens/--no-tokens",
    default=True,
    show_default=True,
    help="Include tokens and words in JSON.",
)
@click.option("--id", "doc_id", default=None, help="Document id (default: the file name).")
@click.option(
    "--max-chars", type=int, default=None, help="Refuse longer input (default 2,000,000)."
)
def analyze(
    path: str,
    published: str | None,
    fmt: str,
    tokens: bool,
    doc_id: str | None,
    max_chars: int | None,
) -> None:
    """Analyse one Arabic article (a text file, or - for standard input).

    \b
    Examples:
      marsad analyze article.txt --published 2021-01-14
      marsad analyze article.txt --format json > article.json
      cat article.txt | marsad analyze - --format json --no-tokens
    """
    settings = Settings() if max_chars is None else Settings(max_chars=max_chars)
    settings = settings_with_env_kb(settings)  # user KB files listed in $MARSAD_KB
    text = read_text(path, max_bytes=settings.max_chars * 4)
    doc = Document(
        text=text,
        id=doc_id or ("stdin" if path == "-" else path),
        published=check_date(published, "--published"),
    )
    doc = Pipeline(settings)(doc)
    if fmt == "json":
        if not tokens:
            doc.tokens = []
        sys.stdout.buffer.write(doc.to_json(indent=2) + b"\n")
    else:
        from marsad.cli.pretty import render

        render(doc)
