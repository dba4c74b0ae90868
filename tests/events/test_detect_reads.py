"""A protest the rules left uncoded is added from a word the lexicon reads; whether the
entry's conditions are met there (a multiword entry's later words, a verb's needed object)
decides how much model evidence the add needs. Sentences of our own."""

from __future__ import annotations

import pytest

from marsad.events.learned import Consult, load_model
from marsad.events.lexicon import load_resources
from marsad.events.ontology import load_ontology
from marsad.events.triggers import reading_at
from marsad.pipeline import Pipeline, analyze
from marsad.settings import NormalizeOptions, Settings
from marsad.text.normalize import normalize

OPTS = NormalizeOptions()


def _reading(text: str, word: str) -> str | None:
    lex, _ = load_resources(OPTS)
    norms = [normalize(w, OPTS) for w in text.split()]
    return reading_at(lex, norms, norms.index(normalize(word, OPTS)))


@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        ("وشهدت المدينة أعمال شغب ليلة السبت", "أعمال", "PROTEST"),
        ("واعتبرت الوزارة القصف عملا من أعمال العدوان", "أعمال", None),
        ("ونزل آلاف الطلاب إلى الشوارع في العاصمة", "ونزل", "PROTEST"),
        ("ونزل الوفد في فندق قريب من المطار", "ونزل", None),
    ],
)
def test_an_entry_reads_only_with_its_conditions_met(
    text: str, word: str, want: str | None
) -> None:
    assert _reading(text, word) == want


@pytest.fixture(scope="module")
def consult() -> Consult:
    lex, cues = load_resources(OPTS)
    model = load_model(OPTS, lex)
    assert model is not None
    return Consult(model, cues, load_ontology(), model.policy)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(steps=("lines", "tokens", "sentences")))


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("وشهدت المدينة أعمال شغب ليلة السبت.", True),
        ("وخرج الوزير من الاجتماع قبل نهايته بدقائق.", False),
        ("ونزل رئيس الوزراء الأردني ضيفا على نظيره المصري في القاهرة.", False),
        ("ونزل آلاف الطلاب إلى الشوارع في العاصمة.", True),
    ],
)
def test_a_read_says_whether_its_entry_is_met(
    consult: Consult, pipe: Pipeline, text: str, met: bool
) -> None:
    tokens = analyze(text, pipeline=pipe).tokens
    assert consult._reads(tokens)["PROTEST"][1] is met


def test_a_met_read_is_preferred_to_an_earlier_unmet_one(consult: Consult, pipe: Pipeline) -> None:
    text = "وبعد أعمال الصيانة اندلعت أعمال شغب في الحي."
    tokens = analyze(text, pipeline=pipe).tokens
    index, met = consult._reads(tokens)["PROTEST"]
    assert met and tokens[index].text == "أعمال" and tokens[index + 1].text == "شغب"


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return Pipeline(Settings())


@pytest.mark.parametrize(
    "text",
    [
        "وأسقطت الدفاعات الجوية طائرة مسيرة فوق المدينة صباح اليوم.",
        "وقال الجيش إن طائرة حوثية مسيرة استهدفت مطارا في الجنوب.",
    ],
)
def test_a_drone_is_no_march_whatever_the_model_says(full: Pipeline, text: str) -> None:
    doc = analyze(text, "2024-03-02", pipeline=full)
    assert all(e.type != "PROTEST" for e in doc.events)


def test_a_march_is_still_a_protest(full: Pipeline) -> None:
    doc = analyze("وخرجت مسيرة حاشدة في وسط العاصمة تنديدا بالغلاء.", "2024-03-02", pipeline=full)
    assert any(e.type == "PROTEST" for e in doc.events)
