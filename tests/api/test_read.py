"""GET routes over the example store, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from tests.api.conftest import TOKEN
from tests.api.helpers import example_articles
from tests.store.helpers import article, with_event

from marsad.api import ApiConfig, create_app
from marsad.settings import Settings
from marsad.store.db import open_store


def test_events_list_has_total_and_page(client: TestClient) -> None:
    page = client.get("/events", params={"limit": 5}).json()
    assert page["total"] >= 10
    assert len(page["items"]) == 5
    assert {"id", "type", "source_actor", "target_actor", "date", "title"} <= set(page["items"][0])


def test_events_filter_by_type_returns_only_that_type(client: TestClient) -> None:
    items = client.get("/events", params={"type": "CONSULT,AGREE"}).json()["items"]
    assert items
    assert {e["type"] for e in items} <= {"CONSULT", "AGREE"}


def test_events_filter_by_actor_matches_source_or_target(client: TestClient) -> None:
    items = client.get("/events", params={"actor": "rus"}).json()["items"]
    assert items
    assert all("RUS" in (e["source_actor"], e["target_actor"]) for e in items)


def test_events_filter_by_country_is_a_code_prefix(client: TestClient) -> None:
    items = client.get("/events", params={"country": "IRQ"}).json()["items"]
    assert items
    for e in items:
        codes = (e["source_actor"] or "", e["target_actor"] or "")
        assert any(c.startswith("IRQ") for c in codes)


def test_events_filter_by_date_range_and_confidence(client: TestClient) -> None:
    params = {"date_from": "2024-03-20", "date_to": "2024-03-26", "min_confidence": 0.8}
    items = client.get("/events", params=params).json()["items"]
    assert items
    assert all("2024-03-20" <= e["date"] <= "2024-03-26" for e in items)
    assert all(e["confidence"] >= 0.8 for e in items)


def test_events_sort_ascending_by_date(client: TestClient) -> None:
    items = client.get("/events", params={"sort": "date", "order": "asc"}).json()["items"]
    dates = [e["date"] for e in items]
    assert dates == sorted(dates)


def test_events_paging_does_not_repeat_rows(client: TestClient) -> None:
    first = client.get("/events", params={"limit": 4, "offset": 0}).json()["items"]
    second = client.get("/events", params={"limit": 4, "offset": 4}).json()["items"]
    assert not {e["id"] for e in first} & {e["id"] for e in second}


def test_event_detail_has_evidence_sentence_holding_the_trigger(client: TestClient) -> None:
    event_id = client.get("/events", params={"limit": 1}).json()["items"][0]["id"]
    detail = client.get(f"/events/{event_id}").json()
    assert detail["event"]["id"] == event_id
    m = detail["mentions"][0]
    assert m["event_id"] == event_id
    assert m["trigger"] in m["evidence"]


def test_articles_search_normalises_hamza(client: TestClient) -> None:
    hits = client.get("/articles", params={"q": "اسرائيلية"}).json()["items"]
    assert any("إسرائيلية" in (h["title"] or "") for h in hits)


def test_articles_search_strips_the_article_prefix(client: TestClient) -> None:
    with_al = client.get("/articles", params={"q": "العقوبات"}).json()["total"]
    assert with_al >= 1


def test_articles_filter_by_source_and_dates(client: TestClient) -> None:
    params = {"source": "marsad-examples", "date_from": "2024-03-25", "date_to": "2024-03-31"}
    items = client.get("/articles", params=params).json()["items"]
    assert items
    assert all("2024-03-25" <= a["published"] <= "2024-03-31" for a in items)


def test_articles_filter_by_actor(client: TestClient) -> None:
    items = client.get("/articles", params={"actor": "IRN"}).json()["items"]
    assert items
    assert all(client.get(f"/articles/{a['id']}").status_code == 200 for a in items)


def test_article_detail_carries_the_analysis_with_offsets(client: TestClient) -> None:
    aid = client.get("/articles", params={"q": "موسكو"}).json()["items"][0]["id"]
    d = client.get(f"/articles/{aid}").json()
    doc = d["analysis"]
    assert doc["entities"] and doc["events"]
    m = doc["entities"][0]["mentions"][0]
    assert d["text"][m["start"] : m["end"]] == m["text"]
    assert set(d["event_ids"]) == {e["id"] for e in doc["events"]}


def test_actors_search_finds_arabic_name_without_hamza(client: TestClient) -> None:
    actors = client.get("/actors", params={"limit": 500}).json()["items"]
    named = next(a for a in actors if a["name"] and any(c in a["name"] for c in "أإآ"))
    bare = named["name"].translate(str.maketrans("أإآ", "ااا"))
    codes = [a["code"] for a in client.get("/actors", params={"q": bare}).json()["items"]]
    assert named["code"] in codes


def test_actors_search_finds_english_name(client: TestClient) -> None:
    codes = [a["code"] for a in client.get("/actors", params={"q": "moscow"}).json()["items"]]
    assert "RUS" in codes


def test_actor_detail_has_timeline_and_counterparts(client: TestClient) -> None:
    d = client.get("/actors/RUS").json()
    assert d["actor"]["code"] == "RUS"
    assert d["timeline"] and d["events"]
    assert "UKR" in [c["code"] for c in d["counterparts"]]


def test_network_edges_split_cooperation_and_conflict(client: TestClient) -> None:
    net = client.get("/network", params={"date_from": "2024-03-01", "date_to": "2024-03-31"}).json()
    assert net["edges"]
    nodes = {n["id"] for n in net["nodes"]}
    for e in net["edges"]:
        assert e["source"] in nodes and e["target"] in nodes
        assert e["n_cooperation"] + e["n_conflict"] == e["n_events"] == sum(e["types"].values())


def test_network_type_filter(client: TestClient) -> None:
    net = client.get("/network", params={"type": "CONSULT"}).json()
    assert net["edges"]
    assert all(set(e["types"]) == {"CONSULT"} for e in net["edges"])


def test_timeline_counts_events_per_day_and_quad_class(client: TestClient) -> None:
    days = client.get("/timeline").json()["days"]
    assert days
    total = client.get("/events", params={"limit": 1}).json()["total"]
    assert 0 < sum(d["n"] for d in days) <= total
    assert all(1 <= d["quad_class"] <= 4 for d in days)


def test_stories_page_shape(client: TestClient) -> None:
    page = client.get("/stories").json()
    assert page["total"] == len(page["items"]) or page["total"] > page["limit"]


def test_stats_counts_the_examples(client: TestClient) -> None:
    s = client.get("/stats").json()
    assert s["counts"]["articles"] == len(example_articles())
    assert s["first_date"] == "2024-03-12"
    assert s["sources"][0]["name"] == "marsad-examples"


def test_openapi_document_lists_every_route(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    want = {"/articles", "/articles/{article_id}", "/events", "/events/{event_id}", "/actors",
            "/actors/{code}", "/network", "/stories", "/stats", "/analyze", "/ingest"}  # fmt: skip
    assert want <= paths


def test_dashboard_is_served_at_root(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert 'dir="rtl"' in r.text
    assert client.get("/static/app.js").status_code == 200


def test_story_groups_the_two_reports_of_one_strike(client: TestClient) -> None:
    stories = client.get("/stories").json()["items"]
    assert stories and stories[0]["n_sources"] == 2
    detail = client.get(f"/stories/{stories[0]['id']}").json()
    assert len(detail["articles"]) == 2
    assert {a["source"] for a in detail["articles"]} == {"marsad-examples", "marsad-examples-b"}


def test_events_named_in_passing_are_listed_with_passing_true(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    store = open_store(url)
    store.write([
        with_event(article("زار الوزير البلدة اليوم.", id="a"), src="EGYGOV", tgt="JOR"),
        with_event(article("تذكر الأهالي قصف البلدة.", id="b"), src="SYR", tgt="JOR",
                   type="ASSAULT", reported=False),
    ])  # fmt: skip
    store.close()
    app = create_app(Settings(), config=ApiConfig(db_url=url, read_only=True, token=TOKEN))
    client = TestClient(app, raise_server_exceptions=False)
    default = client.get("/events").json()
    assert [e["type"] for e in default["items"]] == ["CONSULT"] and default["total"] == 1
    every = client.get("/events", params={"passing": "true", "sort": "id", "order": "asc"})
    assert [(e["type"], e["reported"]) for e in every.json()["items"]] == [
        ("CONSULT", True),
        ("ASSAULT", False),
    ]
    app.state.marsad.store.close()
