"""POST /analyze (nothing stored) and POST /ingest (stored once) with the token."""

from __future__ import annotations

from fastapi.testclient import TestClient
from tests.api.conftest import auth

ARTICLE = (
    "استقبل الرئيس التونسي في قصر قرطاج يوم الاثنين 4 آذار/مارس 2024 وزير الخارجية الجزائري.\n"
    'وقال الوزير الجزائري إن "البلدين يواجهان التحديات نفسها".\n'
    "واتفق الجانبان على تعزيز التعاون الأمني على الحدود."
)


def test_analyze_returns_an_analysis_and_stores_nothing(writable: TestClient) -> None:
    before = writable.get("/stats").json()["counts"]["articles"]
    r = writable.post("/analyze", json={"text": ARTICLE, "published": "2024-03-04"}, headers=auth())
    assert r.status_code == 200
    doc = r.json()["analysis"]
    assert doc["text"] == ARTICLE
    assert doc["sentences"] and doc["entities"]
    assert doc["tokens"] == []
    assert writable.get("/stats").json()["counts"]["articles"] == before


def test_ingest_stores_an_article_once(writable: TestClient) -> None:
    body = {"articles": [{"text": ARTICLE, "title": "قرطاج", "published": "2024-03-04",
                          "source": "test"}]}  # fmt: skip
    first = writable.post("/ingest", json=body, headers=auth()).json()
    again = writable.post("/ingest", json=body, headers=auth()).json()
    assert (first["stored"], again["stored"], again["skipped"]) == (1, 0, 1)
    hits = writable.get("/articles", params={"q": "قرطاج"}).json()["items"]
    assert [h["title"] for h in hits] == ["قرطاج"]


def test_ingested_events_reach_the_actor_table(writable: TestClient) -> None:
    body = {"articles": [{"text": ARTICLE, "published": "2024-03-04", "source": "test"}]}
    writable.post("/ingest", json=body, headers=auth())
    codes = {a["code"] for a in writable.get("/actors", params={"limit": 500}).json()["items"]}
    assert "TUN" in codes or "DZA" in codes or any(c.startswith(("TUN", "DZA")) for c in codes)
