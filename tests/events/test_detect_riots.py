"""Protesters clashing, storming or attacking: a riot, PLOVER's PROTEST (CAMEO 145), not an
ASSAULT; the police attacking protesters stays an ASSAULT. Sentences of our own."""

from __future__ import annotations

import pytest
from tests.events.conftest import trigger_hits


def _types(text: str) -> list[tuple[str, str | None]]:
    """(type, CAMEO) of each trigger found in ``text``."""
    return [(h.spec.type, h.spec.cameo) for h in trigger_hits(text)]


@pytest.mark.parametrize(
    "text",
    [
        "واشتبك المتظاهرون مع رجال الشرطة قرب الجسر",
        "واندلعت مواجهات بين قوات الأمن والمحتجين في الساحة",
        "واقتحم مئات المحتجين مقر البلدية ظهر الأحد",
        "وهاجم متظاهرون غاضبون سيارة للشرطة",
    ],
)
def test_protesters_rioting_is_a_protest(text: str) -> None:
    assert ("PROTEST", "145") in _types(text)
    assert all(kind != "ASSAULT" for kind, _ in _types(text))


@pytest.mark.parametrize(
    "text",
    [
        "وهاجمت الشرطة المتظاهرين في الساحة",  # the crowd is the object
        "واشتبك الجيش مع المسلحين قرب الحدود",  # no protesters
        "واقتحمت القوات الخاصة مبنى يتحصن فيه مسلحون",
    ],
)
def test_attack_without_rioting_protesters_stays_assault(text: str) -> None:
    assert "ASSAULT" in {kind for kind, _ in _types(text)}
