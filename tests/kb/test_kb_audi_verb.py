"""أودى (the verb of أودى بحياة, "claimed lives") folds to أودي, Audi's name: the bare
form is read only where the tagger reads a body. Sentences written for the tests."""

from __future__ import annotations

from marsad.pipeline import analyze


def _audi(text: str) -> list[str]:
    doc = analyze(text, published="2018-03-02")
    return [m.text for e in doc.entities if e.kb_id == "org:audi" for m in e.mentions]


def test_claimed_lives_is_no_car_maker() -> None:
    assert _audi("وقع انفجار في السوق أودى بحياة عشرة أشخاص وأصاب آخرين.") == []


def test_the_company_named_as_such_links() -> None:
    assert _audi("قالت شركة أودي الألمانية إنها ستستدعي آلاف السيارات.") == ["شركة أودي"]
