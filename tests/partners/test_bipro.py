"""The BiPRO SOAP endpoints: zeep as the client against the live server, and hostile XML."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import requests
from django.test import Client
from lxml import etree
from pytest_django.fixtures import Settings
from zeep import Client as SoapClient
from zeep.exceptions import Fault
from zeep.transports import Transport
from zeep.wsse.username import UsernameToken

from siegel.audit.models import AuditEvent
from siegel.partners import services, tokens
from siegel.partners.bipro_wsdl import ISSUE, SC_NS, SCT_TOKEN_TYPE, WSSE_NS
from siegel.partners.credentials import Scope
from siegel.partners.models import Role, Shipment, ShipmentState
from tests.partners.conftest import ADMIN, Pair, deposit, make_user

STS = "/api/bipro/sts"
TRANSFER = "/api/bipro/transfer"


@pytest.fixture(autouse=True)
def database_storage(settings: Settings) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "portal": {"BACKEND": "siegel.portal.storage.DatabaseStorage"},
    }


def context_header(identifier: str) -> etree._Element:
    security = etree.Element(etree.QName(WSSE_NS, "Security"))
    sct = etree.SubElement(security, etree.QName(SC_NS, "SecurityContextToken"))
    etree.SubElement(sct, etree.QName(SC_NS, "Identifier")).text = identifier
    return security


@pytest.fixture
def soap() -> Iterator[requests.Session]:
    """One HTTP session for a test's zeep clients, closed after it: a kept-alive connection
    would hold a live-server thread, and its database session, past the test database."""
    with requests.Session() as session:
        yield session


def soap_clients(
    session: requests.Session, base: str, address: str, secret: str
) -> tuple[object, object]:
    """The STS and transfer-service proxies of zeep, built from our WSDL."""
    transport = Transport(session=session)
    sts = SoapClient(f"{base}{STS}?wsdl", wsse=UsernameToken(address, secret), transport=transport)
    transfer = SoapClient(f"{base}{TRANSFER}?wsdl", transport=transport)
    return (
        sts.bind("SiegelBiPRO", "SecurityTokenService"),
        transfer.bind("SiegelBiPRO", "TransferService"),
    )


@pytest.mark.django_db(transaction=True)
def test_zeep_round_trip_sts_list_get_acknowledge(
    live_server: object, soap: requests.Session
) -> None:
    from tests.partners.conftest import make_firm

    admin = make_firm()
    other = make_firm("Makler B KG", "D-B000-00000-00", "chef@makler-b.example")
    first = deposit(admin.firm, "k-1", data=b"%PDF-1.4 eins")
    second = deposit(admin.firm, "k-2", category="150")
    theirs = deposit(other.firm, "b-1")
    secret = tokens.issue_token(admin, name="MVP").secret
    sts, transfer = soap_clients(soap, str(live_server), ADMIN, secret)

    issued = sts.RequestSecurityToken(TokenType=SCT_TOKEN_TYPE, RequestType=ISSUE)
    identifier = issued.RequestedSecurityToken.SecurityContextToken.Identifier
    assert identifier.startswith("urn:siegel:sct:")
    assert issued.Lifetime.Expires > issued.Lifetime.Created
    header = [context_header(identifier)]

    listed = transfer.listShipments(Request={"Anzahl": 1}, _soapheaders=header)
    assert listed.Status.StatusID == "OK"
    assert [item.ID for item in listed.Lieferung] == [str(first.pk)]
    rest = transfer.listShipments(Request={"Fortsetzung": listed.Fortsetzung}, _soapheaders=header)
    assert [item.ID for item in rest.Lieferung] == [str(second.pk)]
    assert rest.Fortsetzung is None
    item = rest.Lieferung[0]
    assert item.Kategorie == "150" and item.Zustand == "new"
    assert isinstance(item.Einstellzeitpunkt, dt.datetime)
    assert item.VerfuegbarBis > item.Einstellzeitpunkt
    only_claims = transfer.listShipments(Request={"Kategorie": "150"}, _soapheaders=header)
    assert [entry.ID for entry in only_claims.Lieferung] == [str(second.pk)]

    got = transfer.getShipment(Request={"ID": str(first.pk)}, _soapheaders=header)
    assert got.Status.StatusID == "OK"
    assert got.Lieferung.Dokument[0].Daten == b"%PDF-1.4 eins"
    assert got.Lieferung.Dokument[0].Dateiname == "nachtrag.pdf"
    assert Shipment.objects.get(pk=first.pk).state == ShipmentState.FETCHED

    # a response with one element only (Status) comes back from zeep as that element
    done = transfer.acknowledgeShipment(Request={"ID": str(first.pk)}, _soapheaders=header)
    assert done.StatusID == "OK" and not done.Meldung
    again = transfer.acknowledgeShipment(Request={"ID": str(first.pk)}, _soapheaders=header)
    assert again.StatusID == "OK"
    assert again.Meldung[0].MeldungID == "Siegel-208"
    assert Shipment.objects.get(pk=first.pk).state == ShipmentState.ACKNOWLEDGED

    only_new = transfer.listShipments(Request={"NurNeue": True}, _soapheaders=header)
    assert [entry.ID for entry in only_new.Lieferung] == [str(second.pk)]

    # another firm's shipment: not found, untouched, audited
    foreign = transfer.getShipment(Request={"ID": str(theirs.pk)}, _soapheaders=header)
    assert foreign.Status.StatusID == "NOK" and foreign.Lieferung is None
    assert foreign.Status.Meldung[0].MeldungID == "Siegel-404"
    foreign_ack = transfer.acknowledgeShipment(Request={"ID": str(theirs.pk)}, _soapheaders=header)
    assert foreign_ack.StatusID == "NOK"
    assert Shipment.objects.get(pk=theirs.pk).state == ShipmentState.NEW
    assert AuditEvent.objects.filter(action="partners.shipment.denied").count() == 2
    assert AuditEvent.objects.filter(action="partners.api.context").count() == 1

    # revoking the API token ends the running context at once
    tokens.revoke_token(admin, tokens.tokens_of(admin)[0])
    with pytest.raises(Fault, match="authentication failed"):
        transfer.listShipments(Request={}, _soapheaders=header)


@pytest.mark.django_db(transaction=True)
def test_zeep_sts_refuses_wrong_password_user_and_missing_context(
    live_server: object, soap: requests.Session
) -> None:
    from tests.partners.conftest import make_firm

    admin = make_firm()
    secret = tokens.issue_token(admin, name="MVP").secret
    for address, password in ((ADMIN, "sgl_falsch"), ("jemand@anders.example", secret)):
        sts, _transfer = soap_clients(soap, str(live_server), address, password)
        with pytest.raises(Fault, match="authentication failed"):
            sts.RequestSecurityToken(TokenType=SCT_TOKEN_TYPE, RequestType=ISSUE)
    _sts, transfer = soap_clients(soap, str(live_server), ADMIN, secret)
    with pytest.raises(Fault, match="SecurityContextToken"):
        transfer.listShipments(Request={})
    with pytest.raises(Fault, match="invalid or expired"):
        transfer.listShipments(
            Request={}, _soapheaders=[context_header("urn:siegel:sct:gefälscht")]
        )
    plain = requests.get(f"{live_server}{TRANSFER}", timeout=10)
    assert plain.status_code == 405


# --- the same endpoints with hand-made requests ---------------------------------------------------


def envelope(body: str, header: str = "") -> str:
    return (
        '<?xml version="1.0"?>'
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:tran="http://www.bipro.net/namespace/transfer">'
        f"<soap:Header>{header}</soap:Header><soap:Body>{body}</soap:Body></soap:Envelope>"
    )


def context_for(client: Client, address: str, secret: str) -> str:
    header = (
        f'<wsse:Security xmlns:wsse="{WSSE_NS}"><wsse:UsernameToken>'
        f"<wsse:Username>{address}</wsse:Username><wsse:Password>{secret}</wsse:Password>"
        "</wsse:UsernameToken></wsse:Security>"
    )
    body = (
        '<wst:RequestSecurityToken xmlns:wst="http://schemas.xmlsoap.org/ws/2005/02/trust">'
        f"<wst:RequestType>{ISSUE}</wst:RequestType></wst:RequestSecurityToken>"
    )
    response = client.post(STS, envelope(body, header), content_type="text/xml")
    assert response.status_code == 200, response.content
    root = etree.fromstring(response.content)
    found = root.find(f".//{{{SC_NS}}}Identifier")
    assert found is not None and found.text
    return (
        f'<wsse:Security xmlns:wsse="{WSSE_NS}"><wsc:SecurityContextToken xmlns:wsc="{SC_NS}">'
        f"<wsc:Identifier>{found.text}</wsc:Identifier></wsc:SecurityContextToken></wsse:Security>"
    )


def assert_fault(response: object, status: int) -> str:
    assert response.status_code == status, response.content  # type: ignore[attr-defined]
    text = response.content.decode()  # type: ignore[attr-defined]
    assert "<faultcode>soap:Client</faultcode>" in text
    assert "Traceback" not in text and "File " not in text
    return text


XXE = """<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
  xmlns:tran="http://www.bipro.net/namespace/transfer"><soap:Body>
<tran:getShipment><tran:Request><tran:ID>&xxe;</tran:ID></tran:Request></tran:getShipment>
</soap:Body></soap:Envelope>"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
<x>&lol9;</x></soap:Body></soap:Envelope>"""


@pytest.mark.django_db
@pytest.mark.parametrize(
    "document",
    [
        XXE,
        BILLION_LAUGHS,
        "<soap:Envelope",
        "kein xml",
        "<a><b></a>",
        '<?xml version="1.0"?><Envelope><Body/></Envelope>',
        envelope(""),
    ],
    ids=["xxe", "billion-laughs", "truncated", "text", "unbalanced", "not-soap", "empty-body"],
)
def test_hostile_or_malformed_xml_is_a_400_fault(firms: Pair, document: str) -> None:
    client = Client()
    for url in (STS, TRANSFER):
        text = assert_fault(client.post(url, document, content_type="text/xml"), 400)
        assert "root:" not in text and "lollol" not in text
    assert AuditEvent.objects.filter(action="partners.api.refused").count() == 2


@pytest.mark.django_db
def test_wrong_content_type_oversized_and_unknown_operation(
    firms: Pair, settings: Settings
) -> None:
    settings.SIEGEL_API_MAX_BODY_BYTES = 2048
    client = Client()
    small = envelope("<tran:listShipments><tran:Request/></tran:listShipments>")
    assert_fault(client.post(TRANSFER, small, content_type="application/json"), 415)
    big = envelope("<tran:listShipments><tran:Request/></tran:listShipments>" + " " * 4096)
    assert_fault(client.post(TRANSFER, big, content_type="text/xml"), 413)
    assert_fault(client.post(TRANSFER, envelope("<tran:deleteAll/>"), content_type="text/xml"), 400)
    assert_fault(client.post(TRANSFER, small, content_type="text/xml"), 401)
    assert_fault(client.post(STS, small, content_type="text/xml"), 400)


@pytest.mark.django_db
def test_without_portfolio_rights_or_scope_the_transfer_service_is_forbidden(
    firms: Pair,
) -> None:
    client = Client()
    basic = make_user(firms.a, "basis@makler-a.example", role=Role.BASIC)
    header = context_for(
        client, "basis@makler-a.example", tokens.issue_token(basic, name="x").secret
    )
    shipment = deposit(firms.a.firm)
    listing = envelope("<tran:listShipments><tran:Request/></tran:listShipments>", header)
    assert "Bestandsrechte" in assert_fault(
        client.post(TRANSFER, listing, content_type="text/xml"), 403
    )
    reader = tokens.issue_token(firms.a, name="nur lesen", scopes=[Scope.SHIPMENTS_READ])
    header = context_for(client, ADMIN, reader.secret)
    ack = envelope(
        f"<tran:acknowledgeShipment><tran:Request><tran:ID>{shipment.pk}</tran:ID>"
        "</tran:Request></tran:acknowledgeShipment>",
        header,
    )
    assert "shipments:acknowledge" in assert_fault(
        client.post(TRANSFER, ack, content_type="text/xml"), 403
    )
    services.lock_user(firms.a, basic)
    assert Shipment.objects.get().state == ShipmentState.NEW


@pytest.mark.django_db
def test_the_wsdl_is_served_with_absolute_addresses() -> None:
    response = Client().get(f"{TRANSFER}?wsdl")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/xml")
    root = etree.fromstring(response.content)
    addresses = [
        node.get("location") for node in root.iter("{http://schemas.xmlsoap.org/wsdl/soap/}address")
    ]
    assert addresses == ["http://testserver/api/bipro/sts", "http://testserver/api/bipro/transfer"]
    assert root.get("targetNamespace") == "http://www.bipro.net/namespace/transfer"
