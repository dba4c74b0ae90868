"""The clause openers that end reported content, searched with the comma first."""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.quotes.extract import _alt, _stop_pattern
from marsad.quotes.lexicon import load_cues
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize


def _flat(stops: tuple[str, ...], participles: list[str]) -> re.Pattern[str]:
    # the plain alternation the comma-first pattern stands for
    return re.compile(
        "|".join(re.escape(s) for s in stops) + rf"|،\s*[وف]?(?:{_alt(participles)})(?!\w)"
    )


def test_comma_first_pattern_starts_where_the_alternation_does() -> None:
    lex = load_cues(NormalizeOptions())
    fast = re.compile(_stop_pattern(lex))
    flat = _flat(lex.stops, list(lex.participles))
    text = normalize(
        "قال الوزير إن الاتفاق مهم، وأضاف أنه قريب، وهو ما أكده، مشيرا إلى الموعد، الذي حدد",
        NormalizeOptions(),
    )
    for a in range(len(text)):
        m1, m2 = flat.search(text, a), fast.search(text, a)
        assert (m1 and m1.start()) == (m2 and m2.start())
    first = fast.search(text)
    assert first is not None and text[first.start() :].startswith("، وهو")


def test_a_stop_without_a_comma_keeps_the_plain_alternation() -> None:
    lex = replace(load_cues(NormalizeOptions()), stops=("بينما", "، وهو"))
    text = "قال إن الأمر بسيط بينما رأى غيره"
    found = re.compile(_stop_pattern(lex)).search(text)
    assert found is not None and text[found.start() :].startswith("بينما")
