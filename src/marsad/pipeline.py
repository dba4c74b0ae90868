"""Named pipeline steps, each declaring what it requires and what it adds.

A step is registered with a factory ``factory(settings) -> Callable[[Document], Document]``
so heavy resources (KB automaton, models) load once when the pipeline is built.
Requirements are checked at build time, not mid-run.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from marsad.doc import Document
from marsad.errors import Err, MarsadError
from marsad.settings import DEFAULT_STEPS, Settings

StepFn = Callable[[Document], Document]
StepFactory = Callable[[Settings], StepFn]


@dataclass(frozen=True, slots=True)
class StepInfo:
    name: str
    factory: StepFactory
    requires: tuple[str, ...]
    provides: tuple[str, ...]


class Registry:
    """Step catalogue. Stage packages register into ``REGISTRY`` via ``@step``."""

    def __init__(self) -> None:
        self._steps: dict[str, StepInfo] = {}

    def add(self, info: StepInfo) -> None:
        if info.name in self._steps and self._steps[info.name].factory is not info.factory:
            raise MarsadError(Err.DUPLICATE_STEP, name=info.name)
        self._steps[info.name] = info

    def get(self, name: str) -> StepInfo:
        if name not in self._steps:
            _import_stage_for(name)
        if name not in self._steps:
            raise MarsadError(Err.UNKNOWN_STEP, name=name, known=", ".join(sorted(self._steps)))
        return self._steps[name]

    def names(self) -> list[str]:
        for name in STAGE_MODULES:
            if installed(name):
                _import_stage_for(name)
        return sorted(self._steps)


REGISTRY = Registry()

# Where each step lives, so a pipeline imports only the stages it uses.
STAGE_MODULES: dict[str, str] = {
    "lines": "marsad.text.steps",
    "sentences": "marsad.text.steps",
    "tokens": "marsad.text.steps",
    "entities": "marsad.entities.steps",
    "dates": "marsad.dates.steps",
    "quotes": "marsad.quotes.steps",
    "events": "marsad.events.steps",
}


def installed(name: str) -> bool:
    """Whether the stage module providing step ``name`` exists in this install."""
    module = STAGE_MODULES.get(name)
    return module is not None and importlib.util.find_spec(module) is not None


def _import_stage_for(name: str) -> None:
    module = STAGE_MODULES.get(name)
    if module:
        importlib.import_module(module)


def step(
    name: str, *, requires: Iterable[str] = (), provides: Iterable[str] = ()
) -> Callable[[StepFactory], StepFactory]:
    """Register a step factory under ``name``."""

    def deco(factory: StepFactory) -> StepFactory:
        REGISTRY.add(StepInfo(name, factory, tuple(requires), tuple(provides)))
        return factory

    return deco


class Pipeline:
    """An ordered, validated list of steps built from one ``Settings``."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        names = self.settings.steps
        if names is None:
            names = tuple(n for n in DEFAULT_STEPS if installed(n))
        self.infos = [REGISTRY.get(n) for n in names]
        self._check()
        self.fns = [info.factory(self.settings) for info in self.infos]

    def _check(self) -> None:
        have: set[str] = set()
        for info in self.infos:
            for need in info.requires:
                if need not in have:
                    providers = [
                        i.name
                        for i in (REGISTRY.get(n) for n in REGISTRY.names())
                        if need in i.provides
                    ]
                    raise MarsadError(
                        Err.MISSING_REQUIREMENT,
                        name=info.name,
                        need=need,
                        providers=", ".join(providers) or "none",
                    )
            have.update(info.provides)

    @property
    def names(self) -> list[str]:
        return [i.name for i in self.infos]

    def __call__(self, doc: Document) -> Document:
        if len(doc.text) > self.settings.max_chars:
            raise MarsadError(
                Err.TOO_LARGE,
                source=doc.id or "<text>",
                size=len(doc.text),
                limit=self.settings.max_chars,
            )
        for info, fn in zip(self.infos, self.fns, strict=True):
            doc = fn(doc)
            doc.steps.append(info.name)
        return doc


def check_date(value: str | None, source: str = "published") -> str | None:
    """Validate an ISO date string, raising a coded error naming the input."""
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise MarsadError(Err.BAD_DATE, source=source, value=value) from None


def analyze(
    text: str,
    published: str | None = None,
    *,
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
    **meta: str | None,
) -> Document:
    """Analyse one article. Build a ``Pipeline`` once and pass it for many articles."""
    pipe = pipeline or Pipeline(settings)
    doc = Document(text=text, published=check_date(published), **meta)  # type: ignore[arg-type]
    return pipe(doc)
