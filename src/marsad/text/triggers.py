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

from marsad.settings import DEFAULT_STEPS, Settings

TriggerFn = Callable[[Settings], Iterable[str]]

META_KEY = "trigger_tokens"

_PROVIDERS: dict[str, TriggerFn] = {}
_DIGITS: set[str] = set()  # steps that also want every token holding a digit


def register_triggers(name: str, fn: TriggerFn, *, digits: bool = False) -> None:
    """Register step ``name``'s trigger normal forms (at import, like ``@step``);
    ``digits``: tokens with a digit in them are triggers too (years, 14/12/2020)."""
    _PROVIDERS[name] = fn
    if digits:
        _DIGITS.add(name)


class Triggers(msgspec.Struct, kw_only=True):
    # the steps whose vocabularies were flagged: a step registered after the text
    # layer was built is not among them and must look at all tokens itself
    steps: tuple[str, ...]
    tokens: list[int]  # indices into Document.tokens, in order


def take_flagged(meta: dict[str, object], name: str) -> list[int] | None:
    """The flagged token indices if step ``name``'s vocabulary was flagged, else None.
    The last step to take them drops them from ``meta``: they are no output."""
    found = meta.get(META_KEY)
    if not isinstance(found, Triggers) or name not in found.steps:
        return None
    found.steps = tuple(n for n in found.steps if n != name)
    if not found.steps:
        del meta[META_KEY]
    return found.tokens


class Vocabulary(msgspec.Struct, frozen=True):
    steps: tuple[str, ...]  # the registered steps the pipeline runs
    words: frozenset[str]  # the union of their trigger forms
    digits: bool  # whether a token holding a digit is a trigger


def trigger_vocabulary(settings: Settings) -> Vocabulary:
    """The vocabularies of the registered steps this pipeline runs (each takes its
    flags, and the last one drops them)."""
    run = settings.steps if settings.steps is not None else DEFAULT_STEPS
    names = tuple(n for n in _PROVIDERS if n in run)
    words: set[str] = set()
    for name in names:
        words.update(_PROVIDERS[name](settings))
    return Vocabulary(names, frozenset(words), any(n in _DIGITS for n in names))
