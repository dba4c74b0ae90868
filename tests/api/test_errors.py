"""Bad input gets one JSON error shape with a code, never a 5xx or an HTML page."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import auth


def error_of(r: object) -> dict[str, str]:
    body = r.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    return body["error"]  # type: ignore[no-any-return]


def test_unknown_event_is_a_coded_404(client: TestClient) -> None:
    r = client.get("/events/999999")
    assert r.status_code == 404
    assert error_of(r)["code"] == "E502"


def test_unknown_path_is_a_coded_404(client: TestClient) -> None:
    r = client.get("/no-such-route")
    assert r.status_code == 404
    assert error_of(r)["code"] == "E502"


def test_bad_limit_is_a_coded_422_naming_the_parameter(client: TestClient) -> None:
    r = client.get("/events", params={"limit": 0})
    assert r.status_code == 422
    err = error_of(r)
    assert err["code"] == "E501" and "limit" in err["message"]


def test_impossible_calendar_date_is_refused(client: TestClient) -> None:
    r = client.get("/events", params={"date_from": "2024-02-30"})
    assert r.status_code == 400
    assert error_of(r)["code"] == "E006"


def test_unknown_plover_type_is_refused(client: TestClient) -> None:
    r = client.get("/events", params={"type": "PICNIC"})
    assert r.status_code == 400
    assert "PICNIC" in error_of(r)["message"]


@pytest.mark.parametrize("q", ["\x00", '"', "*", "OR AND NOT", "))((", "ال", "💥"])
def test_odd_search_strings_never_fail(client: TestClient, q: str) -> None:
    r = client.get("/articles", params={"q": q})
    assert r.status_code == 200


def test_huge_id_is_a_422_not_an_overflow(client: TestClient) -> None:
    r = client.get("/articles/99999999999999999999")
    assert r.status_code == 422


def test_analyze_without_token_is_refused(client: TestClient) -> None:
    r = client.post("/analyze", json={"text": "قال الوزير إن المحادثات مثمرة."})
    assert r.status_code == 401
    assert error_of(r)["code"] == "E503"


def test_ingest_with_wrong_token_is_refused(client: TestClient) -> None:
    body = {"articles": [{"text": "زار الرئيس القاهرة أمس."}]}
    r = client.post("/ingest", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401


def test_server_without_token_refuses_writes_even_with_a_header(
    writable: TestClient,
) -> None:
    from marsad.api import ApiConfig, create_app
    from marsad.settings import Settings

    url = writable.app.state.marsad.store.url  # type: ignore[attr-defined]
    app = create_app(Settings(), config=ApiConfig(db_url=url, token=None))
    r = TestClient(app).post("/analyze", json={"text": "نص"}, headers=auth())
    assert r.status_code == 401
    assert "MARSAD_API_TOKEN" in error_of(r)["message"]


def test_ingest_on_read_only_server_is_refused(client: TestClient) -> None:
    r = client.post("/ingest", json={"articles": [{"text": "نص قصير"}]}, headers=auth())
    assert r.status_code == 403
    assert error_of(r)["code"] == "E402"


def test_body_over_the_limit_is_refused_before_parsing(writable: TestClient) -> None:
    r = writable.post("/analyze", content=b"x" * 60_000, headers=auth())
    assert r.status_code == 413
    assert error_of(r)["code"] == "E504"


def test_text_over_the_limit_is_refused(writable: TestClient) -> None:
    r = writable.post("/analyze", json={"text": "كلمة " * 2_000}, headers=auth())
    assert r.status_code == 413
    assert error_of(r)["code"] == "E004"


def test_blank_text_is_refused(writable: TestClient) -> None:
    r = writable.post("/analyze", json={"text": "   "}, headers=auth())
    assert r.status_code == 400
    assert error_of(r)["code"] == "E003"


def test_malformed_json_is_a_coded_422(writable: TestClient) -> None:
    r = writable.post(
        "/analyze", content=b"{not json", headers={**auth(), "Content-Type": "application/json"}
    )
    assert r.status_code == 422
    assert error_of(r)["code"] == "E501"
