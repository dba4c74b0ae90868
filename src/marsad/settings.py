"""One settings object, passed explicitly to every stage (no module-level config)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

# The full default order. Stages not yet installed are left out by the pipeline
# when ``Settings.steps`` is None; an explicit list must name installed steps only.
DEFAULT_STEPS: tuple[str, ...] = (
    "lines",
    "tokens",
    "sentences",
    "entities",
    "dates",
    "quotes",
    "events",
)


@dataclass(frozen=True, slots=True)
class NormalizeOptions:
    """What normalisation for matching folds. Original text is never changed."""

    alef: bool = True  # أ إ آ ٱ -> ا
    alef_maqsura: bool = True  # ى -> ي
    taa_marbuta: bool = True  # ة -> ه
    hamza_carriers: bool = True  # ؤ ئ -> ء
    diacritics: bool = True  # harakat, tanween, shadda, sukun, dagger alef
    tatweel: bool = True
    digits: bool = True  # Arabic-Indic and Persian digits -> ASCII
    presentation_forms: bool = True  # U+FB50-FDFF, U+FE70-FEFF -> base letters
    controls: bool = True  # zero-width and bidi controls removed


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a pipeline run can be told. Build variants with ``with_(...)``."""

    steps: tuple[str, ...] | None = None  # None: every installed default step
    normalize: NormalizeOptions = field(default_factory=NormalizeOptions)
    max_chars: int = 2_000_000
    segment_clitics: bool = True
    kb_paths: tuple[Path, ...] = ()  # user KB files added to the packaged KB
    min_event_confidence: float = 0.0
    learned_events: bool = True  # consult the shipped event-type model (events.learned)
    # Also add the model's own ASSAULT/PROTEST events where the rules found none. Off by
    # default: on the gold sentences they were 2 right triples for 46 wrong; they raise
    # detection recall (OEDA) at that price.
    learned_adds: bool = False

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]
