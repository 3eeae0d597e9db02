"""schemathesis against the broker API's own OpenAPI document: no 5xx, answers as documented.

The schema is loaded from the Django app in process (WSGI), with a valid token of
a firm that has shipments; every operation is called with generated requests —
valid ones and ones that break the schema — and each answer is checked: no server
error, status code, content type, headers and body as the document says. Path ids
are also replaced by the firm's real shipment, so the successful answers are
checked too, not only 404s. Examples are bounded (``MAX_EXAMPLES`` per operation)
so the run stays well under a minute.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, settings
from pytest_django.fixtures import Settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation.case import Case
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from siegel.partners import tokens
from tests.partners.conftest import Pair, deposit

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

MAX_EXAMPLES = 25


@pytest.fixture(autouse=True)
def database_storage(settings: Settings) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "portal": {"BACKEND": "siegel.portal.storage.DatabaseStorage"},
    }


@contextmanager
def connection_kept() -> Iterator[None]:
    """Call the app in process without it closing the database connection after each request.

    Django's test client does the same: closing would drop the test's transaction.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


# Loaded from the app itself at collection (its OpenAPI view touches no database).
# schemathesis.pytest.from_fixture would defer this to a fixture, but it sets
# ``node._nodeid``, which pytest 9 nodes no longer have.
with connection_kept():
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", WSGIHandler())
# The broker API; the certificate directory in the same document is siegel.keys' own.
SHIPMENTS = schema.include(path_regex="^/api/v1/shipments")


@pytest.fixture(autouse=True)
def _connection_kept() -> Iterator[None]:
    with connection_kept():
        yield


@pytest.fixture
def caller(firms: Pair) -> dict[str, Any]:
    """A token of firm A, which has two shipments; firm B has one (never to be seen)."""
    mine = [deposit(firms.a.firm, f"a-{n}").pk for n in range(2)]
    deposit(firms.b.firm, "b-1")
    secret = tokens.issue_token(firms.a, name="schemathesis").secret
    return {"headers": {"Authorization": f"Bearer {secret}"}, "shipment": mine[0]}


# What every answer must satisfy: no server error, and status code, content type,
# headers and body as documented. Requests that break the schema on purpose
# (negative mode) are held to "no server error" only.
CONFORMANCE = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@SHIPMENTS.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_generated_requests_get_documented_answers(case: Case, caller: dict[str, Any]) -> None:
    negative = case.meta is not None and case.meta.generation.mode.is_negative
    checks = [not_a_server_error] if negative else CONFORMANCE
    case.validate_response(case.call(headers=caller["headers"]), checks=checks)
    if not negative and "shipment_id" in (case.path_parameters or {}):
        case.path_parameters = {**case.path_parameters, "shipment_id": caller["shipment"]}
        case.validate_response(case.call(headers=caller["headers"]), checks=checks)


def test_the_schema_has_every_broker_operation() -> None:
    ids = {
        operation.ok().definition.raw.get("operationId")
        for operation in SHIPMENTS.get_all_operations()
    }
    assert ids == {
        "listShipments",
        "getShipment",
        "getDocument",
        "acknowledgeShipment",
        "acknowledgeShipments",
    }


# --- what schemathesis found (fixed; kept as tests) -----------------------------------------


def bearer(caller: dict[str, Any]) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": caller["headers"]["Authorization"]}


def test_a_malformed_id_under_the_api_gets_a_json_404(caller: dict[str, Any]) -> None:
    for path in ("/api/v1/shipments/null,null", "/api/v1/shipments/-1"):
        response = Client().get(path, **bearer(caller))
        assert response.status_code == 404
        assert response["Content-Type"].startswith("application/json"), path


def test_a_boolean_id_is_refused(caller: dict[str, Any]) -> None:
    response = Client().post(
        "/api/v1/shipments/acknowledge",
        json.dumps({"ids": [False]}),
        content_type="application/json",
        **bearer(caller),
    )
    assert response.status_code == 422


def test_since_must_be_a_date_time(caller: dict[str, Any]) -> None:
    response = Client().get("/api/v1/shipments/", {"since": "0.5"}, **bearer(caller))
    assert response.status_code == 422


@pytest.mark.parametrize(
    ("since", "status"),
    [
        ("1809-09-27T14:26:40+19:24", 200),  # an offset PostgreSQL refuses: read in UTC
        ("2026-12-06T10:00:00-23:59", 200),
        ("0001-01-01T00:00:00+05:00", 422),  # before year 1 in UTC
    ],
)
def test_since_takes_any_offset_of_the_standard(
    caller: dict[str, Any], since: str, status: int
) -> None:
    response = Client().get("/api/v1/shipments/", {"since": since}, **bearer(caller))
    assert response.status_code == status
