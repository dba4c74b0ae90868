"""Speaker helpers: mention ranking, function-word mentions, the speaker phrase."""

from __future__ import annotations

from marsad.doc import Document, Entity
from marsad.doc import Mention as EntityMention
from marsad.kb.loader import load_kb
from marsad.quotes.lexicon import load_cues
from marsad.quotes.speakers import (
    KbSource,
    Mention,
    Mentions,
    SkipWords,
    adjective_filter,
    doc_mentions,
    group_speaker,
)
from marsad.quotes.subjects import SubjectReader, _offset, _phrase
from marsad.settings import NormalizeOptions, Settings


def _mentions(*spans: tuple[int, int, str], skip: SkipWords | None = None) -> Mentions:
    items: list[Mention] = [
        (a, b, f"s{a}", KbSource(None, t, f"s{a}", f"s{a}", None)) for a, b, t in spans
    ]
    return Mentions(lambda: items, skip)


def test_best_prefers_a_person_to_an_organisation_named_earlier() -> None:
    found = _mentions((0, 5, "ORG"), (10, 15, "PER"), (20, 25, "PER")).best(0, 30)
    assert found is not None and found.name == "s10"


def test_best_leaves_out_a_mention_that_runs_past_the_range() -> None:
    found = _mentions((0, 5, "GPE"), (10, 15, "PER")).best(0, 12)
    assert found is not None and found.name == "s0"


def test_best_of_a_range_without_mentions_is_none() -> None:
    assert _mentions((0, 5, "PER")).best(6, 30) is None


def test_a_function_word_mention_is_passed_over_by_every_query() -> None:
    # a tagger slip: the mention's text (s10) is a function word of the skip list
    skip = SkipWords(NormalizeOptions(), frozenset({"s10"}))
    found = _mentions((0, 5, "ORG"), (10, 15, "PER"), skip=skip)
    best = found.best(0, 30)
    assert best is not None and best.name == "s0"
    assert found.last_person(30) is None
    assert [m[0] for m in found.before(30)] == [0]
    people = _mentions((0, 5, "PER"), (10, 15, "PER"), (20, 25, "PER"), (30, 35, "PER"), skip=skip)
    # the mention before s20 is s0 (s10 is none): the title between them (at 6) is
    # found, where the last person (s30) would be taken otherwise
    person = people.last_person(40, "t", lambda a, b: "t" if a <= 6 < b else "")
    assert person is not None and person.name == "s20"


def test_skip_words_match_one_normalised_function_word_only() -> None:
    skip = SkipWords(NormalizeOptions(), frozenset({"حينءذ"}))
    assert skip("حينئذ")  # folded like the list (ئ -> ء)
    assert not skip("حينئذ قال")  # a phrase is never a function word
    assert not skip("المدير")


def test_speaker_phrase_ends_at_a_comma() -> None:
    raw = "رئيس البلدية، في مؤتمر"
    words = raw.split()
    assert _phrase(raw, words, words, len(words)) == "رئيس البلدية"


def test_speaker_phrase_ends_before_its_stop_word() -> None:
    raw = "رئيس البلدية في مؤتمر"
    words = raw.split()
    assert _phrase(raw, words, words, 2) == "رئيس البلدية"
    assert raw[_offset(raw, words, 2) :] == "في مؤتمر"
    assert _offset(raw, words, len(words)) == len(raw)


def test_doc_mentions_leave_out_those_from_the_limit_on() -> None:
    text = "قال سامي ناصر ثم وصل كريم عادل"
    people = [("سامي ناصر", "e1"), ("كريم عادل", "e2")]
    entities = [
        Entity(
            id=eid,
            type="PER",
            name=name,
            mentions=[
                EntityMention(start=text.index(name), end=text.index(name) + len(name), text=name)
            ],
        )
        for name, eid in people
    ]
    doc = Document(text=text, entities=entities)
    limit = text.index("كريم")
    found = doc_mentions(doc, None, limit)
    assert [m[3].id for m in found] == ["e1"]
    assert len(doc_mentions(doc, None)) == 2


def test_group_speaker_reads_the_state_of_a_nationality_adjective() -> None:
    kb = load_kb(Settings())
    assert group_speaker("دبلوماسيون فرنسيون", kb).actor == "FRA"  # plural nisba
    assert group_speaker("قائد الجيش الفرنسي", kb).actor == "FRA"  # definite nisba
    assert group_speaker("مصادر مطلعة", kb).actor is None


def test_adjective_filter_passes_every_text_the_kb_matches_an_adjective_in() -> None:
    kb = load_kb(Settings())
    maybe = adjective_filter(kb)
    assert maybe is not None
    for text in ("وفد مصري", "للمصريين", "والفرنسية", "#الجيش_الأمريكي", "وبالمصريين"):
        assert maybe(text)
        assert maybe(text)  # and again, from its words seen before
    # a text the filter rules out holds no adjective match at all
    for text in ("مصادر مطلعة على الملف", "شهود عيان في المدينة", "S-400"):
        assert not maybe(text)
        assert not any(km.adjective for km in kb.match_text(text))


def test_the_speaker_reader_builds_the_adjective_filter_once_and_uses_it() -> None:
    kb = load_kb(Settings())
    reader = SubjectReader(load_cues(NormalizeOptions()), kb)
    assert reader.adjectives is not None  # built with the reader, not per phrase
    assert reader._group("دبلوماسيون فرنسيون").actor == "FRA"
    assert SubjectReader(load_cues(NormalizeOptions()), None).adjectives is None
