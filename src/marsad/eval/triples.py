"""Event triples as GUIDE.md compares them: (source key, PLOVER type, target key)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from marsad.doc import Argument, Document, Event
from marsad.eval.common import PRF, actor_key

Triple = tuple[str | None, str, str | None]


def argument_actor(doc: Document, arg: Argument | None) -> str | None:
    """An argument's actor code, or its linked entity's when the argument has none."""
    if arg is None:
        return None
    if arg.actor:
        return arg.actor
    ent = doc.entity(arg.entity)
    return ent.actor if ent is not None else None


def happened(ev: Event) -> bool:
    """A negated, intended or hypothetical event is not a claim that something happened."""
    return not (ev.negated or ev.intent or ev.hypothetical)


def event_triple(doc: Document, ev: Event) -> Triple:
    source = actor_key(argument_actor(doc, ev.source))
    target = actor_key(argument_actor(doc, ev.target))
    return (source, ev.type, target)


def gold_triple(source: str | None, type_: str, target: str | None) -> Triple:
    return (actor_key(source), type_, actor_key(target))


def show(t: Triple) -> str:
    return f"{t[0] or '-'} {t[1]} {t[2] or '-'}"


@dataclass
class TripleMatch:
    """Set comparison of predicted triples with required and ignored (optional) gold."""

    prf: PRF = field(default_factory=PRF)
    hits: set[Triple] = field(default_factory=set)
    missed: set[Triple] = field(default_factory=set)
    false_positives: set[Triple] = field(default_factory=set)


def match_triples(
    predicted: Iterable[Triple], required: Iterable[Triple], ignored: Iterable[Triple]
) -> TripleMatch:
    """tp = required & predicted; fn = required - predicted; fp = predicted - required - ignored."""
    pred, req = set(predicted), set(required)
    ign = set(ignored) - req
    out = TripleMatch(hits=pred & req, missed=req - pred, false_positives=pred - req - ign)
    out.prf = PRF(len(out.hits), len(out.false_positives), len(out.missed))
    return out
