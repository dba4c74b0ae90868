"""A bare verb spelling right after إلى (normalised الي) is the verbal noun: إلى takes a
noun, never a finite verb. Sentences of our own."""

from __future__ import annotations

from tests.events.conftest import trigger_hits


def _hits(text: str) -> list[tuple[str, str]]:
    return [(h.spec.type, h.spec.pos) for h in trigger_hits(text)]


def test_weak_noun_after_ila_is_no_trigger() -> None:
    # رفض after إلى is "rejection" (a weak noun: no light verb, no event), not "he rejected"
    assert ("REJECT", "verb") not in _hits("وأشار الوزير إلى رفض الحكومة للخطة")
    assert ("REJECT", "verb") in _hits("وقال الوزير رفض الحكومة للخطة")
