"""Clubs named as their place + a nationality adjective (a small user KB)."""

from __future__ import annotations

import pytest

from marsad.kb.loader import KB, build_kb
from marsad.settings import NormalizeOptions

LINES = [
    '{"id":"gpe:city-a","type":"GPE","name_en":"Liverpool","names_ar":["ليفربول"],"kind":"city"}',
    '{"id":"gpe:city-b","type":"GPE","name_en":"Rome","names_ar":["روما"],"kind":"city"}',
    '{"id":"org:club-a","type":"ORG","name_en":"Club A","names_ar":["ليفربول الإنجليزي"],'
    '"kind":"sport-club"}',
    '{"id":"org:club-b","type":"ORG","name_en":"Club B","names_ar":["روما الإيطالي"],'
    '"kind":"sport-club"}',
    '{"id":"org:club-c","type":"ORG","name_en":"Club C","names_ar":["روما الأولمبي"],'
    '"kind":"sport-club"}',
    '{"id":"org:club-d","type":"ORG","name_en":"Club D","names_ar":["الريال المدريدي"],'
    '"kind":"sport-club"}',
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KB:
    path = tmp_path_factory.mktemp("kb") / "mini.jsonl"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return build_kb([path], NormalizeOptions())


def test_place_names_its_club(kb: KB) -> None:
    assert kb.clubs_of_place("ليفربول") == ["org:club-a"]


def test_two_clubs_of_one_place_are_both_listed(kb: KB) -> None:
    assert kb.clubs_of_place("روما") == ["org:club-b", "org:club-c"]


def test_a_word_that_is_no_place_names_no_club(kb: KB) -> None:
    # الريال is also a currency's name: only a KB place stands for its club
    assert kb.clubs_of_place("الريال") == []
