"""The broker-post REST API as broker software sees it: tokens, certificates, bad input."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.partners import client_certs, services, tokens
from siegel.partners.credentials import Scope
from siegel.partners.models import Role, Shipment, ShipmentState
from tests.partners.conftest import (
    Pair,
    certificate,
    deposit,
    make_user,
    mapped_while_valid,
    via_proxy,
)

pytestmark = pytest.mark.django_db

BASE = "/api/v1/shipments"


@pytest.fixture(autouse=True)
def database_storage(settings: Settings) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "portal": {"BACKEND": "siegel.portal.storage.DatabaseStorage"},
    }


def bearer(secret: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


@pytest.fixture
def token_a(firms: Pair) -> str:
    return tokens.issue_token(firms.a, name="MVP").secret


def assert_typed_error(response: object, status: int) -> dict[str, object]:
    assert response.status_code == status, response.content  # type: ignore[attr-defined]
    assert response["Content-Type"].startswith("application/json")  # type: ignore[index]
    body = json.loads(response.content)  # type: ignore[attr-defined]
    assert set(body) >= {"error", "code"}
    assert "Traceback" not in response.content.decode()  # type: ignore[attr-defined]
    return dict(body)


# --- reading and acknowledging ------------------------------------------------------------------


def test_list_get_download_acknowledge_round_trip(firms: Pair, token_a: str) -> None:
    shipment = deposit(firms.a.firm, data=b"%PDF-1.4 Inhalt")
    client = Client()
    listed = client.get(f"{BASE}/", **bearer(token_a))
    assert listed.status_code == 200, listed.content
    items = listed.json()["items"]
    assert [item["id"] for item in items] == [shipment.pk]
    assert items[0]["category"] == "120" and items[0]["state"] == "new"
    assert listed.json()["next_cursor"] is None

    meta = client.get(f"{BASE}/{shipment.pk}", **bearer(token_a)).json()
    assert meta["documents"][0]["content"] is None
    assert Shipment.objects.get().state == ShipmentState.NEW  # metadata alone is no fetch

    full = client.get(f"{BASE}/{shipment.pk}", {"content": "true"}, **bearer(token_a)).json()
    assert base64.b64decode(full["documents"][0]["content"]) == b"%PDF-1.4 Inhalt"
    assert full["state"] == "fetched"

    download = client.get(full["documents"][0]["href"], **bearer(token_a))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4 Inhalt"  # type: ignore[attr-defined]
    assert download["Content-Type"] == "application/pdf"

    first = client.post(f"{BASE}/{shipment.pk}/acknowledge", **bearer(token_a))
    again = client.post(f"{BASE}/{shipment.pk}/acknowledge", **bearer(token_a))
    assert first.json()["changed"] is True and again.json()["changed"] is False
    assert again.json()["state"] == "acknowledged"
    assert first.json()["acknowledged_at"] == again.json()["acknowledged_at"]

    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {
        "partners.shipment.list",
        "partners.shipment.get",
        "partners.shipment.download",
        "partners.shipment.acknowledge",
    } <= actions
    listed_event = AuditEvent.objects.filter(action="partners.shipment.list").get()
    assert listed_event.actor == f"user:{firms.a.account.user_id}"
    assert listed_event.details["via"].startswith("token:")


def test_acknowledge_many_is_idempotent_and_hides_other_firms(firms: Pair, token_a: str) -> None:
    mine = deposit(firms.a.firm, "a-1")
    theirs = deposit(firms.b.firm, "b-1")
    body = json.dumps({"ids": [mine.pk, theirs.pk, mine.pk]})
    for _ in range(2):
        response = Client().post(
            f"{BASE}/acknowledge", body, content_type="application/json", **bearer(token_a)
        )
        assert response.status_code == 200, response.content
    assert response.json()["results"] == [
        {"id": mine.pk, "state": "acknowledged", "changed": False, "error": None},
        {"id": theirs.pk, "state": None, "changed": False, "error": "not_found"},
    ]
    assert Shipment.objects.get(pk=theirs.pk).state == ShipmentState.NEW


def test_cursor_paging_is_stable_while_new_shipments_arrive(firms: Pair, token_a: str) -> None:
    created = [deposit(firms.a.firm, f"k-{n}") for n in range(5)]
    client = Client()
    seen: list[int] = []
    cursor = ""
    pages = 0
    while True:
        response = client.get(f"{BASE}/", {"limit": 2, "cursor": cursor}, **bearer(token_a))
        assert response.status_code == 200
        seen += [item["id"] for item in response.json()["items"]]
        pages += 1
        if pages == 1:
            created.append(deposit(firms.a.firm, "k-late"))
        cursor = response.json()["next_cursor"] or ""
        if not cursor:
            break
    assert seen == [shipment.pk for shipment in created]
    newest = client.get(f"{BASE}/", {"order": "newest", "limit": 1}, **bearer(token_a)).json()
    assert newest["items"][0]["id"] == created[-1].pk


def test_filters_since_category_and_state(firms: Pair, token_a: str) -> None:
    old = deposit(firms.a.firm, "k-1", category="150")
    Shipment.objects.filter(pk=old.pk).update(deposited_at=timezone.now() - dt.timedelta(days=2))
    new = deposit(firms.a.firm, "k-2", category="170")
    client = Client()

    def ids(**query: str) -> list[int]:
        response = client.get(f"{BASE}/", query, **bearer(token_a))
        assert response.status_code == 200, response.content
        return [item["id"] for item in response.json()["items"]]

    since = (timezone.now() - dt.timedelta(days=1)).isoformat()
    assert ids(since=since) == [new.pk]
    assert ids(category="150") == [old.pk]
    assert ids(state="new") == [old.pk, new.pk]
    assert ids(state="acknowledged") == []
    assert_typed_error(client.get(f"{BASE}/", {"category": "999"}, **bearer(token_a)), 422)
    assert_typed_error(client.get(f"{BASE}/", {"cursor": "kaputt"}, **bearer(token_a)), 400)
    assert_typed_error(client.get(f"{BASE}/", {"limit": "100000"}, **bearer(token_a)), 422)


# --- who may ------------------------------------------------------------------------------------


def test_firm_a_token_for_firm_b_shipment_is_not_found_and_audited(
    firms: Pair, token_a: str
) -> None:
    theirs = deposit(firms.b.firm, "b-1")
    client = Client()
    for response in (
        client.get(f"{BASE}/{theirs.pk}", **bearer(token_a)),
        client.get(f"{BASE}/{theirs.pk}/documents/1", **bearer(token_a)),
        client.post(f"{BASE}/{theirs.pk}/acknowledge", **bearer(token_a)),
        client.get(f"{BASE}/999999", **bearer(token_a)),
    ):
        assert_typed_error(response, 404)
    assert Shipment.objects.get(pk=theirs.pk).state == ShipmentState.NEW
    denied = AuditEvent.objects.filter(action="partners.shipment.denied")
    assert denied.count() == 4
    assert {event.details["shipment"] for event in denied} == {theirs.pk, 999999}
    assert client.get(f"{BASE}/", **bearer(token_a)).json()["items"] == []


def test_without_portfolio_rights_shipment_data_is_forbidden(firms: Pair) -> None:
    member = make_user(firms.a, "basis@makler-a.example", role=Role.BASIC)
    secret = tokens.issue_token(member, name="MVP").secret
    shipment = deposit(firms.a.firm)
    client = Client()
    assert_typed_error(client.get(f"{BASE}/", **bearer(secret)), 403)
    assert_typed_error(client.get(f"{BASE}/{shipment.pk}", **bearer(secret)), 403)
    assert_typed_error(client.post(f"{BASE}/{shipment.pk}/acknowledge", **bearer(secret)), 403)
    assert AuditEvent.objects.filter(action="partners.shipment.denied").count() == 3


def test_a_token_without_the_scope_is_forbidden(firms: Pair) -> None:
    secret = tokens.issue_token(firms.a, name="lesen", scopes=[Scope.SHIPMENTS_READ]).secret
    shipment = deposit(firms.a.firm)
    client = Client()
    assert client.get(f"{BASE}/{shipment.pk}", **bearer(secret)).status_code == 200
    body = assert_typed_error(
        client.post(f"{BASE}/{shipment.pk}/acknowledge", **bearer(secret)), 403
    )
    assert "shipments:acknowledge" in str(body["error"])


def test_no_revoked_or_removed_users_token_is_unauthorized_and_audited(
    firms: Pair, token_a: str
) -> None:
    member = make_user(firms.a, "bert@makler-a.example")
    issued = tokens.issue_token(member, name="MVP")
    client = Client()
    assert client.get(f"{BASE}/", **bearer(issued.secret)).status_code == 200
    services.remove_user(firms.a, member)
    response = client.get(f"{BASE}/", **bearer(issued.secret))
    assert_typed_error(response, 401)
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert_typed_error(client.get(f"{BASE}/"), 401)
    assert_typed_error(client.get(f"{BASE}/", **bearer("sgl_geraten")), 401)
    tokens.revoke_token(firms.a, tokens.tokens_of(firms.a)[0])
    assert_typed_error(client.get(f"{BASE}/", **bearer(token_a)), 401)
    reasons = [
        event.details["reason"]
        for event in AuditEvent.objects.filter(action="partners.api.refused").order_by("seq")
    ]
    assert reasons == ["user or firm not active", "no credential", "unknown token", "token revoked"]


# --- bad input ----------------------------------------------------------------------------------


def test_malformed_json_wrong_content_type_oversized_and_invalid_bodies(
    firms: Pair, token_a: str, settings: Settings
) -> None:
    settings.SIEGEL_API_MAX_BODY_BYTES = 1024
    client = Client()
    url = f"{BASE}/acknowledge"
    assert_typed_error(
        client.post(url, "{ids: [1,", content_type="application/json", **bearer(token_a)), 400
    )
    assert_typed_error(
        client.post(url, '{"ids": [1]}', content_type="text/plain", **bearer(token_a)), 415
    )
    assert_typed_error(
        client.post(url, "<ids/>", content_type="application/xml", **bearer(token_a)), 415
    )
    big = json.dumps({"ids": list(range(1000))})
    assert_typed_error(
        client.post(url, big, content_type="application/json", **bearer(token_a)), 413
    )
    for invalid in ('{"ids": []}', '{"ids": ["eins"]}', "[1, 2]", '"x"', "null"):
        assert_typed_error(
            client.post(url, invalid, content_type="application/json", **bearer(token_a)), 422
        )
    assert AuditEvent.objects.filter(action="partners.api.refused").count() == 4


def test_unknown_routes_and_methods_answer_json(firms: Pair, token_a: str) -> None:
    client = Client()
    assert client.get(f"{BASE}/abc", **bearer(token_a)).status_code == 404
    assert client.delete(f"{BASE}/1", **bearer(token_a)).status_code == 405


# --- client certificates ------------------------------------------------------------------------


def test_a_mapped_certificate_from_a_trusted_proxy_admits_its_user(
    firms: Pair, settings: Settings
) -> None:
    settings.SIEGEL_TRUSTED_PROXIES = ["10.0.0.0/24"]
    pem, escaped = certificate()
    mapped = client_certs.map_certificate(firms.a, firms.a, pem)
    shipment = deposit(firms.a.firm)
    client = Client()
    ok = client.get(f"{BASE}/", **via_proxy(escaped))
    assert ok.status_code == 200, ok.content
    assert [item["id"] for item in ok.json()["items"]] == [shipment.pk]
    event = AuditEvent.objects.filter(action="partners.shipment.list").get()
    assert event.details["via"] == f"certificate:{mapped.pk}"
    # the same headers from anyone but the proxy are ignored
    assert_typed_error(client.get(f"{BASE}/", **via_proxy(escaped, address="192.0.2.9")), 401)
    # the proxy did not verify it
    assert_typed_error(client.get(f"{BASE}/", **via_proxy(escaped, verify="FAILED:x")), 401)
    client_certs.revoke_certificate(firms.a, mapped)
    assert_typed_error(client.get(f"{BASE}/", **via_proxy(escaped)), 401)


def test_unmapped_expired_or_garbage_certificates_are_refused(
    firms: Pair, settings: Settings
) -> None:
    settings.SIEGEL_TRUSTED_PROXIES = ["10.0.0.5"]
    client = Client()
    _pem, unmapped = certificate()
    assert_typed_error(client.get(f"{BASE}/", **via_proxy(unmapped)), 401)
    old_pem, old = certificate(days=-1, start=-10)
    mapped_while_valid(firms.a, firms.a, old_pem)
    assert_typed_error(client.get(f"{BASE}/", **via_proxy(old)), 401)
    assert_typed_error(client.get(f"{BASE}/", **via_proxy("-----BEGIN%20kaputt")), 401)
    reasons = {
        event.details["reason"]
        for event in AuditEvent.objects.filter(action="partners.api.refused")
    }
    assert reasons == {
        "certificate not mapped",
        "certificate expired or not yet valid",
        "certificate unreadable",
    }


# --- OpenAPI and docs -----------------------------------------------------------------------------


def test_the_openapi_document_and_a_docs_page_without_external_resources() -> None:
    client = Client()
    document = client.get("/api/openapi.json")
    assert document.status_code == 200
    paths = document.json()["paths"]
    assert {"/api/v1/shipments/", "/api/v1/shipments/{shipment_id}/acknowledge"} <= set(paths)
    assert client.get("/api/v1/openapi.json").status_code == 301
    docs = client.get("/api/docs")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "cdn" not in html.lower()
    assert "http://" not in html and "https://" not in html
    assert "script-src 'self'" in docs["Content-Security-Policy"]
    for asset in ("ninja/swagger-ui-bundle.js", "ninja/swagger-ui-init.js", "ninja/swagger-ui.css"):
        assert f"/static/{asset}" in html
    from django.contrib.staticfiles import finders

    assert all(finders.find(name) for name in ("ninja/swagger-ui-bundle.js",))
    assert Path(str(finders.find("ninja/swagger-ui-init.js"))).is_file()


def test_a_body_beyond_djangos_own_limit_without_length_is_413(
    firms: Pair, token_a: str, settings: Settings
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10
    response = Client().post(
        f"{BASE}/acknowledge",
        json.dumps({"ids": [1, 2, 3]}),
        content_type="application/json",
        **bearer(token_a),
    )
    assert_typed_error(response, 413)
