"""BiPRO-style SOAP endpoints: an STS (modelled on BiPRO 410) and the transfer service (430).

Broker software first trades a WS-Security UsernameToken — the user's address
and one of their API tokens as the password — for a short-lived security-context
token (``RequestSecurityToken``), then calls ``listShipments``, ``getShipment``
and ``acknowledgeShipment`` with that context token in the ``wsse:Security``
header. The context token is signed, not stored: it names the API token, which
is checked afresh on every call, so revoking the token or locking the user ends
a running context at once.

The operations themselves are :mod:`siegel.partners.transfer`, shared with the
REST API. Requests are parsed with ``defusedxml`` with DTDs forbidden (SOAP
allows none), after a size and content-type check (ADR 0019): no external
entities, no entity expansion, nothing large read. Security and input faults
are SOAP faults with 400/401/403/413/415; business outcomes (not found, a bad
continuation) are a ``Status`` with ``StatusID`` ``NOK`` and a ``Meldung``,
as BiPRO does it.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
import xml.etree.ElementTree as ET  # builds responses only; requests are parsed by defusedxml
from collections.abc import Callable

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as parse_xml
from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from siegel.audit.services import record
from siegel.partners import selectors, tokens, transfer
from siegel.partners.api import BodyRefused, bounded_body, record_refusal
from siegel.partners.bipro_wsdl import (
    ISSUE,
    SC_NS,
    SCT_TOKEN_TYPE,
    SOAP11_NS,
    TRANSFER_NS,
    TRUST_NS,
    WSSE_NS,
    wsdl,
)
from siegel.partners.errors import NotPermitted
from siegel.partners.models import Category, Shipment, ShipmentState
from siegel.partners.tokens import ApiCaller, CredentialRefused

SOAP_CONTENT_TYPES = frozenset({"text/xml", "application/soap+xml"})
SCT_PREFIX = "urn:siegel:sct:"
SCT_SALT = "siegel.partners.bipro.sct"
BIPRO_VERSION = "2.6.0.1.0"

for _prefix, _namespace in {
    "soap": SOAP11_NS,
    "tran": TRANSFER_NS,
    "wst": TRUST_NS,
    "wsc": SC_NS,
    "wsse": WSSE_NS,
}.items():
    ET.register_namespace(_prefix, _namespace)


class SoapFault(Exception):
    """A request refused before any operation ran: answered as a SOAP fault."""

    def __init__(self, status: int, text: str, *, client: bool = True) -> None:
        super().__init__(text)
        self.status = status
        self.text = text
        self.client = client


# --- envelope -------------------------------------------------------------------------------


def _q(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def _sub(parent: ET.Element, namespace: str, name: str, text: object = None) -> ET.Element:
    child = ET.SubElement(parent, _q(namespace, name))
    if text is not None:
        child.text = text.isoformat() if isinstance(text, dt.datetime | dt.date) else str(text)
    return child


def _envelope(body: ET.Element) -> HttpResponse:
    envelope = ET.Element(_q(SOAP11_NS, "Envelope"))
    ET.SubElement(envelope, _q(SOAP11_NS, "Body")).append(body)
    return HttpResponse(
        ET.tostring(envelope, encoding="utf-8", xml_declaration=True),
        content_type="text/xml; charset=utf-8",
    )


def _fault(fault: SoapFault) -> HttpResponse:
    body = ET.Element(_q(SOAP11_NS, "Fault"))
    ET.SubElement(body, "faultcode").text = "soap:Client" if fault.client else "soap:Server"
    ET.SubElement(body, "faultstring").text = fault.text
    response = _envelope(body)
    response.status_code = fault.status
    return response


def _parsed(request: HttpRequest) -> tuple[ET.Element | None, ET.Element]:
    """The SOAP header (or None) and the body's first element, read safely."""
    raw = bounded_body(request, SOAP_CONTENT_TYPES)
    if isinstance(raw, BodyRefused):
        raise SoapFault(raw.status, raw.message)
    try:
        root = parse_xml(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (DefusedXmlException, ParseError, ValueError) as broken:
        record_refusal(request, f"malformed XML ({type(broken).__name__})")
        raise SoapFault(400, "the request is not a well-formed XML document without DTD") from None
    body = root.find(_q(SOAP11_NS, "Body")) if root.tag == _q(SOAP11_NS, "Envelope") else None
    if body is None or len(body) == 0:
        record_refusal(request, "not a SOAP 1.1 envelope")
        raise SoapFault(400, "expected a SOAP 1.1 envelope with a body")
    return root.find(_q(SOAP11_NS, "Header")), body[0]


def _text(element: ET.Element | None, *path: str) -> str:
    if element is None:
        return ""
    found = element.find("/".join(path))
    return (found.text or "").strip() if found is not None else ""


def _soap_view(
    answer: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    """GET ``?wsdl`` gives the WSDL; POST runs the operation; faults never carry a trace."""

    @csrf_exempt
    def view(request: HttpRequest) -> HttpResponse:
        if request.method == "GET" and "wsdl" in {key.lower() for key in request.GET}:
            return HttpResponse(
                wsdl(
                    sts_address=request.build_absolute_uri("/api/bipro/sts"),
                    transfer_address=request.build_absolute_uri("/api/bipro/transfer"),
                ),
                content_type="text/xml; charset=utf-8",
            )
        if request.method != "POST":
            response = _fault(SoapFault(405, "POST a SOAP envelope, or GET ?wsdl"))
            response.headers["Allow"] = "GET, POST"
            return response
        try:
            return answer(request)
        except SoapFault as fault:
            return _fault(fault)

    return view


# --- STS (BiPRO 410) ------------------------------------------------------------------------


def _username_token(request: HttpRequest, header: ET.Element | None) -> ApiCaller:
    token = _q(WSSE_NS, "Security") + "/" + _q(WSSE_NS, "UsernameToken")
    username = _text(header, token, _q(WSSE_NS, "Username")).lower()
    password = _text(header, token, _q(WSSE_NS, "Password"))
    if not username or not password:
        record_refusal(request, "no username token")
        raise SoapFault(401, "a wsse:UsernameToken with the address and an API token is needed")
    try:
        caller = tokens.authenticate(password)
    except CredentialRefused as refused:
        record_refusal(request, refused.reason, refused.actor)
        raise SoapFault(401, "authentication failed") from None
    if caller.membership.account.address.lower() != username:
        record_refusal(request, "username does not match the token", caller.credential)
        raise SoapFault(401, "authentication failed")
    return caller


def _request_security_token(request: HttpRequest) -> HttpResponse:
    header, operation = _parsed(request)
    if operation.tag != _q(TRUST_NS, "RequestSecurityToken"):
        raise SoapFault(400, "expected wst:RequestSecurityToken")
    if _text(operation, _q(TRUST_NS, "RequestType")) != ISSUE:
        raise SoapFault(400, f"only RequestType {ISSUE} is supported")
    caller = _username_token(request, header)
    token_id = int(caller.credential.split(":", 1)[1])
    identifier = SCT_PREFIX + signing.dumps(token_id, salt=SCT_SALT)
    created = timezone.now()
    expires = created + dt.timedelta(minutes=settings.SIEGEL_API_SECURITY_CONTEXT_MINUTES)
    record(caller.actor, "partners.api.context", caller.credential, {"expires": expires})
    answer = ET.Element(_q(TRUST_NS, "RequestSecurityTokenResponse"))
    _sub(answer, TRUST_NS, "TokenType", SCT_TOKEN_TYPE)
    held = _sub(answer, TRUST_NS, "RequestedSecurityToken")
    _sub(_sub(held, SC_NS, "SecurityContextToken"), SC_NS, "Identifier", identifier)
    lifetime = _sub(answer, TRUST_NS, "Lifetime")
    _sub(lifetime, TRUST_NS, "Created", created)
    _sub(lifetime, TRUST_NS, "Expires", expires)
    return _envelope(answer)


sts = _soap_view(_request_security_token)


# --- transfer service (BiPRO 430) -----------------------------------------------------------


def _context_caller(request: HttpRequest, header: ET.Element | None) -> ApiCaller:
    identifier = _text(
        header,
        _q(WSSE_NS, "Security"),
        _q(SC_NS, "SecurityContextToken"),
        _q(SC_NS, "Identifier"),
    )
    if not identifier.startswith(SCT_PREFIX):
        record_refusal(request, "no security context token")
        raise SoapFault(401, "a wsc:SecurityContextToken from the STS is needed")
    try:
        token_id = int(
            signing.loads(
                identifier[len(SCT_PREFIX) :],
                salt=SCT_SALT,
                max_age=dt.timedelta(minutes=settings.SIEGEL_API_SECURITY_CONTEXT_MINUTES),
            )
        )
    except (signing.BadSignature, TypeError, ValueError):
        record_refusal(request, "security context token invalid or expired")
        raise SoapFault(401, "the security context token is invalid or expired") from None
    try:
        return tokens.authenticate_by_id(token_id)
    except CredentialRefused as refused:
        record_refusal(request, refused.reason, refused.actor)
        raise SoapFault(401, "authentication failed") from None


def _status(parent: ET.Element, ok: bool = True, *, code: str = "", text: str = "") -> None:
    status = _sub(parent, TRANSFER_NS, "Status")
    _sub(status, TRANSFER_NS, "ProzessID", uuid.uuid4())
    _sub(status, TRANSFER_NS, "Zeitstempel", timezone.now())
    _sub(status, TRANSFER_NS, "StatusID", "OK" if ok else "NOK")
    if text:
        message = _sub(status, TRANSFER_NS, "Meldung")
        _sub(message, TRANSFER_NS, "ArtID", "Hinweis" if ok else "Fehler")
        _sub(message, TRANSFER_NS, "MeldungID", code)
        _sub(message, TRANSFER_NS, "Text", text)


def _lieferung(
    parent: ET.Element, shipment: Shipment, documents: list[transfer.DocumentContent] | None
) -> None:
    item = _sub(parent, TRANSFER_NS, "Lieferung")
    _sub(item, TRANSFER_NS, "ID", shipment.pk)
    _sub(item, TRANSFER_NS, "Einstellzeitpunkt", shipment.deposited_at)
    _sub(item, TRANSFER_NS, "Kategorie", shipment.category)
    _sub(item, TRANSFER_NS, "VerfuegbarBis", shipment.expires_at)
    _sub(item, TRANSFER_NS, "Zustand", shipment.state)
    _sub(item, TRANSFER_NS, "Kunde", shipment.customer_name)
    _sub(item, TRANSFER_NS, "Vertragsnummer", shipment.policy_number)
    _sub(item, TRANSFER_NS, "Betreff", shipment.subject)
    for content in documents or []:
        document = _sub(item, TRANSFER_NS, "Dokument")
        _sub(document, TRANSFER_NS, "Nummer", content.document.number)
        _sub(document, TRANSFER_NS, "Dateiname", content.document.name)
        _sub(document, TRANSFER_NS, "MIMEType", content.document.content_type)
        _sub(document, TRANSFER_NS, "Groesse", content.document.size)
        _sub(document, TRANSFER_NS, "Daten", base64.b64encode(content.data).decode())


def _request_field(operation: ET.Element, name: str) -> str:
    return _text(operation, _q(TRANSFER_NS, "Request"), _q(TRANSFER_NS, name))


def _shipment_id(operation: ET.Element) -> int:
    try:
        return int(_request_field(operation, "ID"))
    except ValueError:
        raise SoapFault(400, "ID must be a shipment id") from None


def _list(caller: ApiCaller, operation: ET.Element) -> ET.Element:
    answer = ET.Element(_q(TRANSFER_NS, "listShipmentsResponse"))
    response = _sub(answer, TRANSFER_NS, "Response")
    category = _request_field(operation, "Kategorie")
    if category and category not in Category.values:
        raise SoapFault(400, f"unknown Kategorie {category}")
    only_new = _request_field(operation, "NurNeue").lower() in {"true", "1"}
    since_text = _request_field(operation, "EingestelltNach")
    count_text = _request_field(operation, "Anzahl")
    try:
        since = dt.datetime.fromisoformat(since_text) if since_text else None
        if since is not None and timezone.is_naive(since):
            since = timezone.make_aware(since, dt.UTC)
        count = int(count_text) if count_text else selectors.PAGE_SIZE
    except ValueError:
        raise SoapFault(400, "EingestelltNach must be a dateTime, Anzahl an int") from None
    try:
        result = transfer.list_shipments(
            caller,
            since=since,
            category=category,
            state=ShipmentState.NEW if only_new else "",
            cursor=_request_field(operation, "Fortsetzung"),
            limit=count,
        )
    except selectors.InvalidCursor:
        _status(response, False, code="Siegel-400", text="Fortsetzung is not one we handed out")
        return answer
    _status(response)
    for shipment in result.items:
        _lieferung(response, shipment, None)
    if result.next_cursor:
        _sub(response, TRANSFER_NS, "Fortsetzung", result.next_cursor)
    return answer


def _not_found(answer: ET.Element, shipment_id: int) -> ET.Element:
    _status(answer[0], False, code="Siegel-404", text=f"Lieferung {shipment_id} nicht gefunden")
    return answer


def _get(caller: ApiCaller, operation: ET.Element) -> ET.Element:
    shipment_id = _shipment_id(operation)
    answer = ET.Element(_q(TRANSFER_NS, "getShipmentResponse"))
    response = _sub(answer, TRANSFER_NS, "Response")
    try:
        delivery = transfer.get_shipment(caller, shipment_id)
        shipment = delivery.shipment
        if _request_field(operation, "BestaetigeLieferung").lower() in {"true", "1"}:
            shipment = transfer.acknowledge(caller, shipment_id).shipment
    except transfer.ShipmentNotFound:
        return _not_found(answer, shipment_id)
    except transfer.DocumentDamaged:
        raise SoapFault(500, "a document is damaged in storage", client=False) from None
    _status(response)
    _lieferung(response, shipment, delivery.documents)
    return answer


def _acknowledge(caller: ApiCaller, operation: ET.Element) -> ET.Element:
    shipment_id = _shipment_id(operation)
    answer = ET.Element(_q(TRANSFER_NS, "acknowledgeShipmentResponse"))
    response = _sub(answer, TRANSFER_NS, "Response")
    try:
        done = transfer.acknowledge(caller, shipment_id)
    except transfer.ShipmentNotFound:
        return _not_found(answer, shipment_id)
    if done.changed:
        _status(response)
    else:
        _status(response, code="Siegel-208", text="Lieferung war bereits quittiert")
    return answer


OPERATIONS: dict[str, Callable[[ApiCaller, ET.Element], ET.Element]] = {
    _q(TRANSFER_NS, "listShipments"): _list,
    _q(TRANSFER_NS, "getShipment"): _get,
    _q(TRANSFER_NS, "acknowledgeShipment"): _acknowledge,
}


def _transfer_call(request: HttpRequest) -> HttpResponse:
    header, operation = _parsed(request)
    run = OPERATIONS.get(operation.tag)
    if run is None:
        record_refusal(request, "unknown operation")
        raise SoapFault(400, "unknown operation; see the WSDL at ?wsdl")
    caller = _context_caller(request, header)
    try:
        return _envelope(run(caller, operation))
    except NotPermitted as refused:
        raise SoapFault(403, str(refused)) from None


transfer_service = _soap_view(_transfer_call)
