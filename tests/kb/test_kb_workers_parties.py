"""حزب العمال alone is the Workers' Party of the state the article is about: Brazil's
PT, Britain's Labour or the PKK in Turkey. Sentences written for the tests."""

from __future__ import annotations

from marsad.pipeline import analyze


def _party_ids(text: str) -> set[str | None]:
    doc = analyze(text, published="2018-10-07")
    return {e.kb_id for e in doc.entities if any(m.text == "حزب العمال" for m in e.mentions)}


def test_workers_party_in_a_brazilian_election_is_the_pt() -> None:
    text = (
        "يتصدر جايير بوسونارو السباق في البرازيل، ويحاول حزب العمال اللحاق به قبل الجولة الثانية."
    )
    assert _party_ids(text) == {"org:pt-brazil"}


def test_workers_party_in_turkey_is_still_the_pkk() -> None:
    text = "قالت أنقرة إن الجيش التركي قصف مواقع حزب العمال في شمال العراق."
    assert _party_ids(text) == {"org:pkk"}
