"""The trigger lexicon's rule-generated inflections and its data files."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import imperfect_forms, load_resources, noun_forms, perfect_forms
from marsad.settings import NormalizeOptions
from marsad.text.normalize import normalize

OPTS = NormalizeOptions()


def _types(word: str) -> set[str]:
    lex, _ = load_resources(OPTS)
    return {f.spec.type for f, _, _ in lex.lookup(normalize(word, OPTS))}


def test_sound_verb_perfect_forms() -> None:
    assert {"فرض", "فرضت", "فرضوا", "فرضنا", "فرضته"} <= perfect_forms("فرض")


def test_sound_verb_imperfect_forms() -> None:
    assert {"يفرض", "تفرض", "يفرضون", "نفرض", "يفرضونها"} <= imperfect_forms("يفرض")


def test_defective_verb_forms() -> None:
    assert {"دعا", "دعت", "دعوا", "دعاه"} <= perfect_forms("دعا")
    assert {"يدعو", "تدعو", "يدعون", "يدع"} <= imperfect_forms("يدعو")


def test_hollow_jussive() -> None:
    assert "يزر" in imperfect_forms("يزور", hollow=True)
    assert "ينه" not in imperfect_forms("ينوه")


def test_noun_forms() -> None:
    assert {"العقوبات", "عقوباتها"} <= noun_forms("عقوبات")
    assert {"زيارة", "الزيارة", "زيارته", "زيارتين"} <= noun_forms("زيارة")


@pytest.mark.parametrize(
    ("word", "type_"),
    [
        ("ستفرض", "SANCTION"),
        ("وفرضوا", "SANCTION"),
        ("بالعقوبات", "SANCTION"),
        ("للعقوبات", "SANCTION"),
        ("وحث", "REQUEST"),
        ("تظاهرات", "PROTEST"),
        ("اعتقلته", "COERCE"),
        ("هجوماً", "ASSAULT"),
    ],
)
def test_lookup_strips_clitics(word: str, type_: str) -> None:
    assert type_ in _types(word)


@pytest.mark.parametrize("word", ["أنه", "إنه", "وزارة", "هناك", "في"])
def test_function_words_are_not_triggers(word: str) -> None:
    assert _types(word) == set()


def test_every_type_has_triggers() -> None:
    lex, _ = load_resources(OPTS)
    types = {s.type for s in lex.specs} - {"LIGHT"}
    assert len(types) == 16


def test_every_alternative_of_a_multiword_noun_matches() -> None:
    from marsad.events.lexicon import load_resources
    from marsad.events.triggers import find_triggers
    from marsad.settings import Settings
    from marsad.text.normalize import normalize

    lex, _ = load_resources(Settings().normalize)
    norms = normalize("قررت الحكومة تعليق المساعدات للبلد", Settings().normalize).split()
    assert [h.spec.type for h in find_triggers(lex, norms)] == ["SANCTION"]


def test_cue_classes_from_the_index_match_a_scan_of_every_class() -> None:
    from marsad.events.lexicon import candidates, load_resources
    from marsad.settings import Settings
    from marsad.text.normalize import normalize

    _, cues = load_resources(Settings().normalize)
    text = "وقال الوزير إن الجيش لن يسمح بذلك، وأضاف أنه التقى نظيره في القاهرة"
    for w in normalize(text, Settings().normalize).split():
        keys_ = [c for c, _ in candidates(w)]
        scan = {n for n, group in cues.words.items() if any(k in group for k in keys_)}
        assert cues.classes(w) == scan
