"""A speech verb whose subject is only bidi control marks (copied from a rich-text
page): the subject is dropped, so the speaker carries on, and nothing crashes.
Sentences written for the test."""

from __future__ import annotations

from marsad.pipeline import analyze


def test_subject_of_bidi_marks_only_continues_the_speaker() -> None:
    text = (
        "وقال المهندس خالد محمود إن المشروع يسير وفق الخطة.\n"
        "وأضاف \u202d\u202d إن العمل سينتهي قبل نهاية العام."
    )
    doc = analyze(text, published="2018-03-02")
    assert [q.speaker for q in doc.quotes] == ["خالد محمود", "خالد محمود"]
