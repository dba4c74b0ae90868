"""``marsad train``: build the models that ship in the package from ../shared/data.

Each trainer lives in a stage module exposing a click ``train_command``.
"""

from __future__ import annotations

import importlib

import click

TRAINERS = {
    "segmenter": "marsad.text.train",
    "ner": "marsad.entities.train",
    "ner-mlp": "marsad.entities.mlp_train",
    "topic": "marsad.corpus.topics",
    "events": "marsad.events.train",
}


@click.group(name="train")
def train_group() -> None:
    """Train the small models marsad ships (from ../shared/data; nothing is downloaded)."""


def register(cli: click.Group) -> None:
    for module_name in TRAINERS.values():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if module_name.startswith(str(exc.name)):
                continue
            raise
        train_group.add_command(module.train_command)
    cli.add_command(train_group)
