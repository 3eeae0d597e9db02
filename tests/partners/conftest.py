"""Partner firms in tests: a firm with its administrator signed up, users, shipments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from unittest import mock
from urllib.parse import quote

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from django.core.cache import cache
from django.test import Client

from siegel.accounts import selectors as account_selectors
from siegel.accounts import services as account_services
from siegel.accounts.models import Account
from siegel.partners import client_certs, services
from siegel.partners.credentials import ClientCertificate
from siegel.partners.models import Category, Firm, Membership, Role, Shipment
from siegel.partners.services import DocumentInput, ShipmentMetadata
from tests.accounts.conftest import ANSWER, PASSWORD, QUESTION, link_from_mail

ADMIN = "chefin@makler-a.example"
STAFF = "staff:1"


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> None:
    cache.clear()


def set_password_through_link(address: str, password: str = PASSWORD) -> Account:
    """What the person does with the first-password mail: the reset page's service."""
    link = link_from_mail("partners-first-password-link", address)
    secret = link.rstrip("/").rsplit("/", 1)[1]
    token = account_selectors.reset_token(secret)
    assert token is not None
    return account_services.reset_password(
        token, password, actor="system:test", question=QUESTION, answer=ANSWER
    )


def make_firm(
    name: str = "Makler A GmbH", number: str = "D-A1B2-C3D4E-56", admin: str = ADMIN
) -> Membership:
    """A firm whose administrator has set a password; returns the administrator's membership."""
    created = services.create_firm(
        name=name,
        registration_number=number,
        admin_address=admin,
        admin_name="Anna Admin",
        actor=STAFF,
    )
    set_password_through_link(admin)
    return created.administrator


def make_user(admin: Membership, address: str, role: str = Role.PORTFOLIO) -> Membership:
    member = services.add_user(admin, address, display_name="Bert Benutzer", role=role)
    set_password_through_link(address)
    return member


@dataclass
class Pair:
    """Two firms, each with an administrator; firm B exists to be kept out."""

    a: Membership
    b: Membership


@pytest.fixture
def firms() -> Pair:
    return Pair(
        make_firm(),
        make_firm("Makler B KG", "D-B000-00000-00", "chef@makler-b.example"),
    )


def deposit(
    firm: Firm,
    key: str = "k-1",
    *,
    category: str = Category.CONTRACT,
    customer: str = "Erika Mustermann",
    policy: str = "KV-4711",
    data: bytes = b"%PDF-1.4 Nachtrag",
    documents: list[DocumentInput] | None = None,
) -> Shipment:
    done = services.deposit_shipment(
        firm,
        ShipmentMetadata(
            category=category,
            customer_name=customer,
            policy_number=policy,
            document_date=dt.date(2026, 3, 1),
            subject="Nachtrag zum Vertrag",
        ),
        documents or [DocumentInput("nachtrag.pdf", "application/pdf", data)],
        key=key,
    )
    return done.shipment


def signed_in(client: Client, address: str, password: str = PASSWORD) -> Client:
    response = client.post("/postfach/anmelden/", {"username": address, "password": password})
    assert response.status_code == 302, response.content
    return client


# --- client certificates, as the reverse proxy passes them ----------------------------------------

PROXY = "10.0.0.5"


def certificate(
    days: int = 30, *, start: int = -1, uses: list[x509.ObjectIdentifier] | None = None
) -> tuple[bytes, str]:
    """A fresh self-signed certificate valid from ``start`` to ``days`` days from now: PEM, escaped.

    ``uses``: its extended key usage, when it names one. The escaped form is what
    nginx's ``$ssl_client_escaped_cert`` passes.
    """
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "MVP Makler A")])
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + dt.timedelta(days=start))
        .not_valid_after(now + dt.timedelta(days=days))
    )
    if uses is not None:
        builder = builder.add_extension(x509.ExtendedKeyUsage(uses), critical=False)
    cert = builder.sign(key, hashes.SHA256())
    pem = cert.public_bytes(serialization.Encoding.PEM)
    return pem, quote(pem.decode(), safe="")


def mapped_while_valid(
    acting: Membership, member: Membership, pem: bytes, **options: Any
) -> ClientCertificate:
    """Map a certificate as on a day it was still valid (nobody maps an expired one today)."""
    back_then = x509.load_pem_x509_certificate(pem).not_valid_before_utc + dt.timedelta(hours=1)
    with mock.patch("siegel.partners.client_certs.timezone.now", return_value=back_then):
        return client_certs.map_certificate(acting, member, pem, **options)


def via_proxy(escaped: str, verify: str = "SUCCESS", address: str = PROXY) -> dict[str, str]:
    """The request headers (WSGI names) of a certificate passed by the proxy at ``address``."""
    return {
        "HTTP_X_SSL_CLIENT_CERT": escaped,
        "HTTP_X_SSL_CLIENT_VERIFY": verify,
        "REMOTE_ADDR": address,
    }
