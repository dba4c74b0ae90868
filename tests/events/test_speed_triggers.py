"""The trigger and modality shortcuts give what the plain computation gives.

Sentences are written for these tests."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import Cues, Lexicon, Spec, keys, load_resources
from marsad.events.modality import _phrase_before
from marsad.events.triggers import _is_stop, _need_at, _readable
from marsad.pipeline import Pipeline, analyze
from marsad.settings import Settings

_SENTENCES = (
    "فرضت الولايات المتحدة عقوبات جديدة على إيران، وفجر انتحاري نفسه في السوق.",
    "رفع متظاهرون لافتات أمام البرلمان؛ إذا تعرضت القوات لهجوم فإنها سترد!",
    "في حال انسحاب القوات من المدينة، لن تفرض الحكومة حصارا على السكان.",
)


@pytest.fixture(scope="module")
def resources() -> tuple[Lexicon, Cues]:
    return load_resources(Settings().normalize)


@pytest.fixture(scope="module")
def sentences() -> list[list[str]]:
    pipe = Pipeline(Settings(steps=("lines", "tokens", "sentences")))
    return [[t.norm for t in analyze(text, pipeline=pipe).tokens] for text in _SENTENCES]


def test_stop_marks_by_strip() -> None:
    stops = set(".;؛:!?؟")
    for norm in ("", ".", "..", "؟!", ".،", "a.", "فرض", "؛;"):
        assert _is_stop(norm) == (bool(norm) and all(ch in stops for ch in norm))


def test_readable_words_are_those_with_a_reading_or_stopped(
    resources: tuple[Lexicon, Cues], sentences: list[list[str]]
) -> None:
    lex = resources[0]
    for norms in sentences:
        plain = [i for i, w in enumerate(norms) if lex.lookup(w) or w in lex.stop]
        assert _readable(lex, norms) == plain
        assert _readable(lex, [*norms, "فجر"]) == plain + [len(norms)] * ("فجر" in lex.stop)


def _plain_need_at(norms: list[str], i: int, spec: Spec) -> tuple[int, int] | None:
    """_need_at as it read before its first-word test (every sequence at every word)."""
    j, end = i, i + (spec.window or 6)
    while j < min(len(norms), end):
        if _is_stop(norms[j]):
            return None
        if len(norms[j]) > 3 and norms[j][0] == "و":
            end += 2
        for seq in spec.need:
            if all(
                j + k < len(norms) and (norms[j + k] == w or w in keys(norms[j + k]))
                for k, w in enumerate(seq)
            ):
                return j, j + len(seq)
        if norms[j] in spec.block:
            return None
        j += 1
    return None


def test_need_first_words_change_no_match(
    resources: tuple[Lexicon, Cues], sentences: list[list[str]]
) -> None:
    specs = [s for s in resources[0].specs if s.need]
    assert specs and all(s.need_first == {q[0] for q in s.need} for s in specs)
    for norms in sentences:
        for spec in specs:
            for i in range(len(norms)):
                assert _need_at(norms, i, spec) == _plain_need_at(norms, i, spec)


def test_phrases_found_as_by_a_scan_of_every_position(
    resources: tuple[Lexicon, Cues], sentences: list[list[str]]
) -> None:
    cues = resources[1]
    for name, phrases in cues.phrases.items():
        for norms in sentences:
            for lo in range(len(norms)):
                for hi in range(lo, len(norms) + 1):
                    found = [keys(w) for w in norms[lo:hi]]
                    plain = any(
                        all(w in found[j + k] for k, w in enumerate(seq))
                        for seq in phrases
                        for j in range(hi - lo - len(seq) + 1)
                    )
                    assert _phrase_before(cues, name, norms, lo, hi) == plain
