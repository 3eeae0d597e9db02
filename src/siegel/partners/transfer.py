"""The broker-post transfer operations (BiPRO 430: list, get, acknowledge) for API callers.

REST (:mod:`siegel.partners.api`) and SOAP (:mod:`siegel.partners.bipro`) are two
wire formats of the same three operations; both call these functions so the
rules cannot drift apart: the credential's scope, the user's portfolio rights,
the firm's own shipments only, and an audit event for every call — also for
every refusal. A shipment of another firm is "not found", exactly like one that
does not exist (the audit log tells the two apart).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from siegel.core.keyring import KeyringError
from siegel.core.sealed import TamperedContent
from siegel.partners import selectors, services
from siegel.partners.credentials import Scope
from siegel.partners.errors import NotPermitted, PartnerError
from siegel.partners.models import Shipment, ShipmentDocument
from siegel.partners.tokens import ApiCaller


class ShipmentNotFound(PartnerError):
    """No such shipment for this caller (absent, expired, or another firm's)."""


class DocumentDamaged(PartnerError):
    """A sealed document did not open: it was changed in storage (answered 500, audited)."""


@dataclass(frozen=True)
class DocumentContent:
    document: ShipmentDocument
    data: bytes


@dataclass(frozen=True)
class Delivery:
    """A shipment as handed out by ``getShipment``: metadata and every document's content."""

    shipment: Shipment
    documents: list[DocumentContent]


def _details(caller: ApiCaller, **more: object) -> dict[str, object]:
    return {"via": caller.credential, "channel": "api", **more}


def _permitted(caller: ApiCaller, scope: str, kind: str) -> None:
    """Scope and portfolio rights, or an audited :class:`NotPermitted`."""
    if scope not in caller.scopes:
        services.record_read(
            caller.membership, "denied", details=_details(caller, kind=kind, missing_scope=scope)
        )
        raise NotPermitted(f"the credential lacks the scope {scope}")
    if not caller.membership.has_portfolio_rights:
        services.record_read(
            caller.membership, "denied", details=_details(caller, kind=kind, reason="no portfolio")
        )
        raise NotPermitted("the user has no portfolio rights (Bestandsrechte)")


def _found(caller: ApiCaller, shipment_id: int, kind: str) -> Shipment:
    found = selectors.shipment_for(caller.membership, shipment_id)
    if found is None:
        services.record_read(
            caller.membership, "denied", details=_details(caller, kind=kind, shipment=shipment_id)
        )
        raise ShipmentNotFound(f"no shipment {shipment_id}")
    return found


def list_shipments(
    caller: ApiCaller,
    *,
    since: dt.datetime | None = None,
    category: str = "",
    state: str = "",
    cursor: str = "",
    limit: int = selectors.PAGE_SIZE,
    newest_first: bool = False,
) -> selectors.ShipmentPage:
    """One page of the firm's shipments, oldest first by default (what polling software wants).

    Raises ``selectors.InvalidCursor`` for a cursor this service did not hand out.
    """
    _permitted(caller, Scope.SHIPMENTS_READ, "list")
    shipments = selectors.filtered(
        selectors.visible_shipments(caller.membership),
        selectors.ShipmentFilter(category=category, state=state, since=since),
    )
    result = selectors.page(shipments, cursor=cursor, limit=limit, newest_first=newest_first)
    services.record_read(
        caller.membership,
        "list",
        details=_details(
            caller,
            count=len(result.items),
            since=since.isoformat() if since else "",
            category=category,
            state=state,
        ),
    )
    return result


def _read(found: Shipment, document: ShipmentDocument) -> bytes:
    try:
        return b"".join(selectors.document_stream(found, document))
    except (TamperedContent, KeyringError) as broken:
        raise DocumentDamaged(f"document {document.number} of shipment {found.pk}") from broken


def _damaged(caller: ApiCaller, found: Shipment) -> None:
    services.record_read(caller.membership, "tampered", shipment=found, details=_details(caller))


def get_shipment(caller: ApiCaller, shipment_id: int, *, with_content: bool = True) -> Delivery:
    """The shipment with its documents; handing out content marks it fetched."""
    _permitted(caller, Scope.SHIPMENTS_READ, "get")
    found = _found(caller, shipment_id, "get")
    try:
        contents = [
            DocumentContent(document, _read(found, document) if with_content else b"")
            for document in selectors.documents(found)
        ]
    except DocumentDamaged:
        _damaged(caller, found)
        raise
    services.record_read(
        caller.membership, "get", shipment=found, details=_details(caller, content=with_content)
    )
    if with_content:
        found = services.mark_fetched(found, actor=caller.actor)
    return Delivery(found, contents)


def open_document(
    caller: ApiCaller, shipment_id: int, number: int
) -> tuple[ShipmentDocument, Iterator[bytes]]:
    """One document to stream; every piece is checked before the first byte goes out."""
    _permitted(caller, Scope.SHIPMENTS_READ, "download")
    found = _found(caller, shipment_id, "download")
    document = selectors.document_of(found, number)
    if document is None:
        services.record_read(
            caller.membership,
            "denied",
            shipment=found,
            details=_details(caller, kind="download", document=number),
        )
        raise ShipmentNotFound(f"no document {number} in shipment {shipment_id}")
    try:
        for _piece in selectors.document_stream(found, document):
            pass
    except (TamperedContent, KeyringError) as broken:
        _damaged(caller, found)
        raise DocumentDamaged(f"document {number} of shipment {found.pk}") from broken
    services.record_read(
        caller.membership, "download", shipment=found, details=_details(caller, document=number)
    )
    services.mark_fetched(found, actor=caller.actor)
    return document, selectors.document_stream(found, document)


def acknowledge(caller: ApiCaller, shipment_id: int) -> services.Acknowledged:
    """Confirm receipt (BiPRO "Quittierung"); idempotent, audited every time."""
    _permitted(caller, Scope.SHIPMENTS_ACKNOWLEDGE, "acknowledge")
    found = _found(caller, shipment_id, "acknowledge")
    return services.acknowledge(found, actor=caller.actor)
