"""Client-certificate authentication for the API, behind a TLS-terminating reverse proxy.

The proxy (nginx, see docs/partners-api.md) verifies the certificate chain and
passes the certificate in ``X-SSL-Client-Cert`` (URL-escaped PEM) with
``X-SSL-Client-Verify: SUCCESS``. Anyone can send those headers, so they are
believed only from the addresses in ``SIEGEL_TRUSTED_PROXIES``; from elsewhere
they are ignored as if absent. Siegel then checks what the proxy cannot: that
the certificate is mapped to one firm user, not revoked here, and valid today.
"""

from __future__ import annotations

import hashlib
import ipaddress
from collections.abc import Iterable
from urllib.parse import unquote

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from siegel.audit.services import record
from siegel.partners.credentials import ALL_SCOPES, ClientCertificate
from siegel.partners.errors import PartnerError
from siegel.partners.models import Membership, MembershipState
from siegel.partners.services import actor_of
from siegel.partners.tokens import (
    ApiCaller,
    CredentialRefused,
    check_may_manage,
    clean_scopes,
    live_membership,
)

CERT_HEADER = "HTTP_X_SSL_CLIENT_CERT"
VERIFY_HEADER = "HTTP_X_SSL_CLIENT_VERIFY"
MAX_PEM_CHARS = 16 * 1024


def fingerprint_of(certificate: x509.Certificate) -> str:
    return hashlib.sha256(certificate.public_bytes(Encoding.DER)).hexdigest()


def _load(pem: bytes) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(pem)
    except ValueError as broken:
        raise PartnerError("not a PEM certificate") from broken


def map_certificate(
    acting: Membership,
    member: Membership,
    pem: bytes,
    *,
    scopes: Iterable[str] = ALL_SCOPES,
) -> ClientCertificate:
    """Map a certificate to ``member`` (themselves, or by their firm administrator)."""
    check_may_manage(acting, member)
    certificate = _load(pem)
    with transaction.atomic():
        mapped = ClientCertificate.objects.create(
            membership=member,
            fingerprint=fingerprint_of(certificate),
            subject=certificate.subject.rfc4514_string()[:500],
            not_after=certificate.not_valid_after_utc,
            scopes=clean_scopes(scopes),
            created_by=actor_of(acting),
        )
        record(
            actor_of(acting),
            "partners.certificate.map",
            f"certificate:{mapped.pk}",
            {"user": member.account.user_id, "fingerprint": mapped.fingerprint},
        )
    return mapped


def revoke_certificate(acting: Membership, mapped: ClientCertificate) -> ClientCertificate:
    check_may_manage(acting, mapped.membership, revoking=True)
    with transaction.atomic():
        ClientCertificate.objects.filter(pk=mapped.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        record(actor_of(acting), "partners.certificate.revoke", f"certificate:{mapped.pk}")
    mapped.refresh_from_db()
    return mapped


def visible_certificates(acting: Membership) -> QuerySet[ClientCertificate]:
    """The certificates ``acting`` manages: their own, or as firm administrator the firm users'."""
    mapped = ClientCertificate.objects.select_related("membership__account")
    if acting.is_firm_admin:
        return mapped.filter(membership__firm_id=acting.firm_id).exclude(
            membership__state=MembershipState.REMOVED
        )
    return mapped.filter(membership=acting)


def from_trusted_proxy(request: HttpRequest) -> bool:
    """Whether the request came straight from a reverse proxy named in the settings."""
    try:
        client = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    for entry in settings.SIEGEL_TRUSTED_PROXIES:
        try:
            if client in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue
    return False


def presented(request: HttpRequest) -> bool:
    """Whether the request carries a client certificate Siegel should look at."""
    return bool(request.META.get(CERT_HEADER)) and from_trusted_proxy(request)


def authenticate(request: HttpRequest) -> ApiCaller:
    """The caller behind the proxy-verified certificate, or :class:`CredentialRefused`."""
    if not presented(request):
        raise CredentialRefused("no client certificate from a trusted proxy")
    if request.META.get(VERIFY_HEADER, "") != "SUCCESS":
        raise CredentialRefused("the proxy did not verify the certificate")
    escaped = request.META[CERT_HEADER]
    if len(escaped) > MAX_PEM_CHARS * 3:
        raise CredentialRefused("certificate header too long")
    try:
        certificate = _load(unquote(escaped).encode())
    except PartnerError as broken:
        raise CredentialRefused("certificate unreadable") from broken
    fingerprint = fingerprint_of(certificate)
    mapped = (
        ClientCertificate.objects.select_related("membership__account__user")
        .filter(fingerprint=fingerprint)
        .first()
    )
    if mapped is None:
        raise CredentialRefused("certificate not mapped", actor=f"fingerprint:{fingerprint}")
    actor = f"certificate:{mapped.pk}"
    now = timezone.now()
    if mapped.revoked_at is not None:
        raise CredentialRefused("certificate revoked", actor=actor)
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        raise CredentialRefused("certificate expired or not yet valid", actor=actor)
    membership = live_membership(mapped.membership)
    if membership is None:
        raise CredentialRefused("user or firm not active", actor=actor)
    return ApiCaller(membership, mapped.scope_set, actor)
