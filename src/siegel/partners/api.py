"""The broker post as REST/JSON for broker software (BiPRO 430 operations, our own shape).

Authentication is a bearer token (:mod:`siegel.partners.tokens`) or a client
certificate passed by a trusted reverse proxy (:mod:`siegel.partners.client_certs`);
what the caller may see and do is decided in :mod:`siegel.partners.transfer`.
Errors are ``HttpError``s: the project's API turns them into ``{"error", "code"}``
bodies, never a stack trace.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import wraps
from typing import Annotated, Any, Literal

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponseBase, JsonResponse, StreamingHttpResponse
from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view
from ninja.errors import HttpError
from ninja.security import HttpBearer
from ninja.security.base import AuthBase
from pydantic import Field as PydanticField
from pydantic import StrictInt, field_validator

from siegel.audit.services import record
from siegel.partners import client_certs, selectors, tokens, transfer
from siegel.partners.errors import NotPermitted
from siegel.partners.models import Category, Shipment, ShipmentState
from siegel.partners.tokens import ApiCaller, CredentialRefused

# --- authentication ---------------------------------------------------------------------------


def client_address(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR", ""))


def record_refusal(request: HttpRequest, reason: str, actor: str = "") -> None:
    """Audit a refused API request (bad credential, body, content type) — never its content."""
    record(
        actor or f"api:{client_address(request)}",
        "partners.api.refused",
        request.path[:200],
        {"reason": reason, "client": client_address(request), "method": request.method},
    )
    request.siegel_refusal_recorded = True  # type: ignore[attr-defined]


class BearerToken(HttpBearer):
    """``Authorization: Bearer sgl_…`` — a firm user's API token."""

    def authenticate(self, request: HttpRequest, token: str) -> ApiCaller | None:
        try:
            return tokens.authenticate(token)
        except CredentialRefused as refused:
            record_refusal(request, refused.reason, refused.actor)
            return None


class ClientCertificate(AuthBase):
    """A TLS client certificate, verified by the reverse proxy and mapped to one firm user."""

    openapi_type = "mutualTLS"
    openapi_description = (
        "Client certificate verified by the reverse proxy (nginx) and mapped to one firm user."
    )

    def __call__(self, request: HttpRequest) -> ApiCaller | None:
        if not client_certs.presented(request):
            return None
        try:
            return client_certs.authenticate(request)
        except CredentialRefused as refused:
            record_refusal(request, refused.reason, refused.actor)
            return None


AUTH = [BearerToken(), ClientCertificate()]


def caller_of(request: HttpRequest) -> ApiCaller:
    caller = request.auth  # type: ignore[attr-defined]
    assert isinstance(caller, ApiCaller)
    return caller


# --- request bodies -------------------------------------------------------------------------


@dataclass(frozen=True)
class BodyRefused:
    """Why a request body was not read: the status and a sentence for the caller."""

    status: int
    message: str


def bounded_body(request: HttpRequest, content_types: Collection[str]) -> bytes | BodyRefused:
    """The body, read only when its size and type allow (413, 415); each refusal audited.

    REST and SOAP share it, so both refuse the same bodies the same way before any parser
    sees a byte.
    """
    limit = settings.SIEGEL_API_MAX_BODY_BYTES
    try:
        size = int(request.META.get("CONTENT_LENGTH") or "0")
    except ValueError:
        size = -1
    if size < 0 or size > limit:
        record_refusal(request, "body too large")
        return BodyRefused(413, f"the body may have {limit} bytes")
    if request.content_type not in content_types:
        record_refusal(request, "wrong content type")
        return BodyRefused(415, f"send the body as {' or '.join(sorted(content_types))}")
    try:
        return request.body
    except RequestDataTooBig:
        record_refusal(request, "body too large")
        return BodyRefused(413, f"the body may have {limit} bytes")


def json_body(run: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """Refuse a body that is too large (413), not JSON (415) or not well-formed (400) early.

    django-ninja would answer all three with one 400; broker software deserves to
    know which. Runs before authentication and parsing, so nothing big is read.
    """

    @wraps(run)
    def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        raw = bounded_body(request, {"application/json"})
        if isinstance(raw, BodyRefused):
            return problem(raw.status, raw.message)
        try:
            json.loads(raw or b"null")
        except (ValueError, UnicodeDecodeError):
            record_refusal(request, "malformed JSON")
            return problem(400, "the body is not well-formed JSON")
        return run(request, *args, **kwargs)

    return guarded


_NUMBER = re.compile(r"[+-]?\d+(\.\d*)?([eE][+-]?\d+)?")

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "too_many_requests",
    500: "internal_error",
}


def problem(status: int, message: str, **more: Any) -> JsonResponse:
    """The typed error body of every API error: ``{"error": message, "code": …}``."""
    return JsonResponse(
        {"error": message, "code": CODES.get(status, "error"), **more}, status=status
    )


# --- schemas --------------------------------------------------------------------------------


class ErrorOut(Schema):
    error: str
    code: str


class DocumentOut(Schema):
    number: int
    name: str
    content_type: str
    size: int
    href: str = Field(description="Where to download the document as a stream")
    content: str | None = Field(None, description="Base64, when asked for with content=true")


class ShipmentOut(Schema):
    id: int
    category: str = Field(description="BiPRO business-event code (100, 120, 140, 150, 170)")
    category_name: str
    customer_name: str
    policy_number: str
    document_date: dt.date | None
    subject: str
    state: str
    deposited_at: dt.datetime = Field(description="BiPRO Einstellzeitpunkt")
    expires_at: dt.datetime = Field(description="BiPRO VerfuegbarBis")
    fetched_at: dt.datetime | None
    acknowledged_at: dt.datetime | None


class ShipmentDetailOut(ShipmentOut):
    documents: list[DocumentOut]


class ShipmentPageOut(Schema):
    items: list[ShipmentOut]
    next_cursor: str | None = Field(description="Pass as cursor for the next page; null at the end")


class ListQuery(Schema):
    since: dt.datetime | None = Field(
        None, description="Only shipments deposited after this (ISO 8601 date-time)"
    )
    category: Category | None = None
    state: ShipmentState | None = None
    cursor: str = Field("", max_length=200)
    limit: int = Field(selectors.PAGE_SIZE, ge=1, le=selectors.MAX_PAGE_SIZE)
    order: Literal["oldest", "newest"] = "oldest"

    @field_validator("since", mode="before")
    @classmethod
    def _date_time_only(cls, value: object) -> object:
        """A bare number would be read as Unix time (pydantic's lax mode): 0.5 is not 1970."""
        if isinstance(value, int | float) or (
            isinstance(value, str) and _NUMBER.fullmatch(value.strip())
        ):
            raise ValueError("since must be an ISO 8601 date-time")
        return value

    @field_validator("since")
    @classmethod
    def _in_utc(cls, value: dt.datetime | None) -> dt.datetime | None:
        """The same instant in UTC: ISO 8601 allows offsets that PostgreSQL refuses ("+19:24"
        took the list to a server error; found by schemathesis)."""
        if value is None or value.tzinfo is None:
            return value
        try:
            return value.astimezone(dt.UTC)
        except OverflowError as exc:
            raise ValueError("since is out of range") from exc


class AcknowledgedOut(Schema):
    id: int
    state: str
    acknowledged_at: dt.datetime | None
    changed: bool = Field(description="False when it was acknowledged before")


class AcknowledgeManyIn(Schema):
    # Strict: JSON false or "7" is not a shipment id.
    ids: list[Annotated[StrictInt, PydanticField(gt=0)]] = Field(min_length=1, max_length=100)


class AcknowledgeResultOut(Schema):
    id: int
    state: str | None = None
    changed: bool = False
    error: str | None = Field(None, description="not_found when the id is not yours")


class AcknowledgeManyOut(Schema):
    results: list[AcknowledgeResultOut]


def _shipment_out(shipment: Shipment) -> dict[str, Any]:
    return {
        "id": shipment.pk,
        "category": shipment.category,
        "category_name": str(Category(shipment.category).label),
        "customer_name": shipment.customer_name,
        "policy_number": shipment.policy_number,
        "document_date": shipment.document_date,
        "subject": shipment.subject,
        "state": shipment.state,
        "deposited_at": shipment.deposited_at,
        "expires_at": shipment.expires_at,
        "fetched_at": shipment.fetched_at,
        "acknowledged_at": shipment.acknowledged_at,
    }


# --- operations -----------------------------------------------------------------------------

router = Router(tags=["Maklerpost (BiPRO 430)"], auth=AUTH)

ERRORS: dict[int, type[Schema]] = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    422: ErrorOut,
}


def _refused(error: Exception) -> HttpError:
    if isinstance(error, NotPermitted):
        return HttpError(403, str(error))
    if isinstance(error, transfer.ShipmentNotFound):
        return HttpError(404, "shipment not found")
    if isinstance(error, transfer.DocumentDamaged):
        return HttpError(500, "the document is damaged in storage; the insurer has been told")
    raise error


@router.get("/", response={200: ShipmentPageOut, **ERRORS}, operation_id="listShipments")
def list_shipments(request: HttpRequest, query: Query[ListQuery]) -> dict[str, Any]:
    """The firm's shipments (BiPRO listShipments), oldest first: poll with the last cursor."""
    try:
        result = transfer.list_shipments(
            caller_of(request),
            since=query.since,
            category=query.category or "",
            state=query.state or "",
            cursor=query.cursor,
            limit=query.limit,
            newest_first=query.order == "newest",
        )
    except selectors.InvalidCursor as broken:
        raise HttpError(400, "the cursor is not one this API handed out") from broken
    except (NotPermitted, transfer.ShipmentNotFound) as error:
        raise _refused(error) from error
    return {
        "items": [_shipment_out(item) for item in result.items],
        "next_cursor": result.next_cursor or None,
    }


@router.get(
    "/{int:shipment_id}",
    response={200: ShipmentDetailOut, **ERRORS, 500: ErrorOut},
    operation_id="getShipment",
)
def get_shipment(request: HttpRequest, shipment_id: int, content: bool = False) -> dict[str, Any]:
    """One shipment with its documents' metadata; ``content=true`` adds them in base64."""
    try:
        delivery = transfer.get_shipment(caller_of(request), shipment_id, with_content=content)
    except (NotPermitted, transfer.ShipmentNotFound, transfer.DocumentDamaged) as error:
        raise _refused(error) from error
    documents = [
        {
            "number": item.document.number,
            "name": item.document.name,
            "content_type": item.document.content_type,
            "size": item.document.size,
            "href": f"{request.path.rstrip('/')}/documents/{item.document.number}",
            "content": base64.b64encode(item.data).decode() if content else None,
        }
        for item in delivery.documents
    ]
    return {**_shipment_out(delivery.shipment), "documents": documents}


@router.get(
    "/{int:shipment_id}/documents/{int:number}",
    response={200: None, **ERRORS, 500: ErrorOut},
    operation_id="getDocument",
)
def get_document(request: HttpRequest, shipment_id: int, number: int) -> HttpResponseBase:
    """One document as a stream, in its own content type."""
    try:
        document, pieces = transfer.open_document(caller_of(request), shipment_id, number)
    except (NotPermitted, transfer.ShipmentNotFound, transfer.DocumentDamaged) as error:
        raise _refused(error) from error
    response = StreamingHttpResponse(pieces, content_type=document.content_type)
    response.headers["Content-Length"] = str(document.size)
    response.headers["Content-Disposition"] = "attachment"
    response.headers["Cache-Control"] = "no-store"
    return response


@router.post(
    "/{int:shipment_id}/acknowledge",
    response={200: AcknowledgedOut, **ERRORS},
    operation_id="acknowledgeShipment",
)
def acknowledge(request: HttpRequest, shipment_id: int) -> dict[str, Any]:
    """Confirm receipt (BiPRO acknowledgeShipment); acknowledging again changes nothing."""
    try:
        done = transfer.acknowledge(caller_of(request), shipment_id)
    except (NotPermitted, transfer.ShipmentNotFound) as error:
        raise _refused(error) from error
    return {
        "id": done.shipment.pk,
        "state": done.shipment.state,
        "acknowledged_at": done.shipment.acknowledged_at,
        "changed": done.changed,
    }


@router.post(
    "/acknowledge",
    response={200: AcknowledgeManyOut, **ERRORS, 413: ErrorOut, 415: ErrorOut},
    operation_id="acknowledgeShipments",
)
@decorate_view(json_body)
def acknowledge_many(request: HttpRequest, payload: AcknowledgeManyIn) -> dict[str, Any]:
    """Acknowledge up to 100 shipments in one call; ids that are not yours say not_found."""
    caller = caller_of(request)
    results: list[dict[str, Any]] = []
    for shipment_id in dict.fromkeys(payload.ids):
        try:
            done = transfer.acknowledge(caller, shipment_id)
        except transfer.ShipmentNotFound:
            results.append({"id": shipment_id, "error": "not_found"})
            continue
        except NotPermitted as error:
            raise _refused(error) from error
        results.append({"id": shipment_id, "state": done.shipment.state, "changed": done.changed})
    return {"results": results}
