"""A body's short name after its full name (سيتي after مانشستر سيتي), and a currency
that shares a club's name counted in a sum. Sentences written for the tests."""

from __future__ import annotations

from marsad.doc import Document, Token
from marsad.entities.features import TokView
from marsad.entities.steps import _bare_sum, _preposition_ala


def _ids(doc: Document) -> dict[str, str | None]:
    return {m.text: e.kb_id for e in doc.entities for m in e.mentions}


def test_club_short_name_joins_the_club_named_in_full(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("فاز مانشستر سيتي على ليفربول في الدوري. وقال مدرب سيتي إن الفريق قدم مباراة كبيرة.")
    assert _ids(doc).get("سيتي") == "org:man-city"


def test_short_name_shared_by_two_clubs_links_neither(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        "تعادل مانشستر سيتي مع ليستر سيتي في الدوري. وقال مدرب سيتي إن النتيجة عادلة للفريقين."
    )
    ids = [e.kb_id for e in doc.entities for m in e.mentions if m.text == "سيتي"]
    assert all(i is None for i in ids)


def test_currency_counted_in_a_sports_report_is_no_club(run) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        "أعلن النادي ضم لاعب جديد قبل مباراة الدوري، وقال المدرب إن الصفقة كلفت 130 مليون ريال."
    )
    assert "ريال" not in _ids(doc)


def _tok(text: str, kind: str = "word") -> Token:
    return Token(start=0, end=len(text), text=text, norm=text, kind=kind)  # type: ignore[arg-type]


def test_only_a_bare_currency_after_a_sum_counts_as_money() -> None:
    # ``130 ريال`` and ``مليار ريال`` are money; ``رقم 500 للريال`` is the club
    toks = [_tok("500", "number"), _tok("ريال"), _tok("مليار"), _tok("للريال")]
    views = [
        TokView(norm="500", stem="500", bare="500", pre="", enc=False, kind="num"),
        TokView(norm="ريال", stem="ريال", bare="ريال", pre="", enc=False, kind="ar"),
        TokView(norm="مليار", stem="مليار", bare="مليار", pre="", enc=False, kind="ar"),
        TokView(norm="للريال", stem="الريال", bare="ريال", pre="ل", enc=False, kind="ar"),
    ]
    assert _bare_sum(toks, views, 1)
    assert not _bare_sum(toks, views, 3)


def test_preposition_ala_is_never_a_person_alone() -> None:
    # على folds to علي (Ali); as written with its ى it is the preposition
    assert _preposition_ala("على") and _preposition_ala("وعلى")
    assert not _preposition_ala("علي")
