"""Trigger vocabularies of later steps, flagged once while the text layer tokenises.

A step whose work starts only at certain words (the dates step's month names and
relative-day words, the quotes step's cue verbs) registers a function giving those
normal forms; the tokens step marks the tokens whose normal form is one of them in
``Document.meta["trigger_tokens"]`` (a ``Triggers``). The check costs one
flag per distinct surface (cached with its normal form), so later steps look at a
handful of tokens instead of passing over all of them again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import msgspec

from marsad.settings import Settings

TriggerFn = Callable[[Settings], Iterable[str]]

META_KEY = "trigger_tokens"

_PROVIDERS: dict[str, TriggerFn] = {}


def register_triggers(name: str, fn: TriggerFn) -> None:
    """Register step ``name``'s trigger normal forms (at import, like ``@step``)."""
    _PROVIDERS[name] = fn


class Triggers(msgspec.Struct, kw_only=True):
    # the steps whose vocabularies were flagged: a step registered after the text
    # layer was built is not among them and must look at all tokens itself
    steps: tuple[str, ...]
    tokens: list[int]  # indices into Document.tokens, in order


def flagged(meta: dict[str, object], name: str) -> list[int] | None:
    """The flagged token indices if step ``name``'s vocabulary was flagged, else None."""
    found = meta.get(META_KEY)
    if isinstance(found, Triggers) and name in found.steps:
        return found.tokens
    return None


def trigger_vocabulary(settings: Settings) -> tuple[tuple[str, ...], frozenset[str]]:
    """The registered steps and the union of their trigger forms."""
    words: set[str] = set()
    for fn in _PROVIDERS.values():
        words.update(fn(settings))
    return tuple(_PROVIDERS), frozenset(words)
