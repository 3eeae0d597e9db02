"""Client certificates of firm users, behind a TLS-terminating reverse proxy: one check for all.

The proxy (nginx, see docs/partners-api.md) verifies the certificate chain and
passes the certificate in ``X-SSL-Client-Cert`` (URL-escaped PEM) with
``X-SSL-Client-Verify: SUCCESS``. Anyone can send those headers, so they are
believed only from the addresses in ``SIEGEL_TRUSTED_PROXIES``; from elsewhere
they are ignored as if absent. Siegel then checks what the proxy cannot: that
the certificate is mapped to one firm user, not revoked here, valid today, and
that the user and the firm are still active.

:func:`check` is that check, the only one: the API (:func:`authenticate`) and the
portal sign-in (:func:`portal_member`, view in :mod:`siegel.partners.sign_in`)
both call it, so a lock, a removal or a revocation stops a certificate in both
places with the next request.
"""

from __future__ import annotations

import hashlib
import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import unquote

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from siegel.audit.services import record
from siegel.partners import selectors
from siegel.partners.credentials import (
    ALL_SCOPES,
    CERTIFICATE_SCOPES,
    PORTAL_SIGN_IN,
    ClientCertificate,
)
from siegel.partners.errors import NotPermitted, PartnerError
from siegel.partners.models import Membership, MembershipState
from siegel.partners.services import actor_of
from siegel.partners.tokens import (
    ApiCaller,
    CredentialRefused,
    check_may_manage,
    clean_scopes,
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


class UnusableCertificate(PartnerError):
    """A certificate that cannot be mapped; ``reason`` is a German sentence for the page."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_upload(data: bytes) -> x509.Certificate:
    """The certificate in an uploaded file, PEM or DER, fit to be mapped: or :class:`UnusableCertificate`.

    Fit means: one certificate, not expired, and, where it names its uses, made for
    signing in as a TLS client (the proxy's check would refuse it otherwise, and the
    holder would learn it only at the door).
    """
    if len(data) > MAX_PEM_CHARS:
        raise UnusableCertificate(_("Die Datei ist zu groß für ein Zertifikat."))
    if b"PRIVATE KEY-----" in data:
        raise UnusableCertificate(
            _(
                "Die Datei enthält einen privaten Schlüssel. Er gehört nur auf Ihren Rechner; "
                "laden Sie nur das Zertifikat hoch — und erzeugen Sie am besten einen neuen Schlüssel."
            )
        )
    try:
        certificate = (
            x509.load_pem_x509_certificate(data)
            if data.lstrip().startswith(b"-----BEGIN")
            else x509.load_der_x509_certificate(data)
        )
    except ValueError as broken:
        raise UnusableCertificate(
            _("Die Datei enthält kein lesbares Zertifikat (PEM oder DER).")
        ) from broken
    if certificate.not_valid_after_utc <= timezone.now():
        raise UnusableCertificate(_("Das Zertifikat ist abgelaufen."))
    try:
        uses = certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return certificate
    if x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH not in uses:
        raise UnusableCertificate(
            _("Das Zertifikat ist nicht für die Anmeldung eines Clients (TLS-Client) ausgestellt.")
        )
    return certificate


def map_certificate(
    acting: Membership,
    member: Membership,
    data: bytes,
    *,
    scopes: Iterable[str] = ALL_SCOPES,
) -> ClientCertificate:
    """Map the certificate in ``data`` (PEM or DER) to ``member`` (themselves, or by their firm administrator).

    ``scopes`` are API scopes and, only when the user maps their own certificate,
    :data:`~siegel.partners.credentials.PORTAL_SIGN_IN`: a portal session is the
    whole person — their own portal mailbox included — which their firm
    administrator must not be able to open with a certificate of their choosing.
    """
    check_may_manage(acting, member)
    cleaned = clean_scopes(scopes, allowed=CERTIFICATE_SCOPES)
    if PORTAL_SIGN_IN in cleaned.split() and acting.pk != member.pk:
        raise NotPermitted("only the user themselves lets a certificate sign in to the portal")
    try:
        certificate = read_upload(data)
    except UnusableCertificate as unusable:
        record(
            actor_of(acting),
            "partners.certificate.refused",
            f"user:{member.account.user_id}",
            {"reason": unusable.reason},
        )
        raise
    fingerprint = fingerprint_of(certificate)
    if ClientCertificate.objects.filter(fingerprint=fingerprint).exists():
        raise _already_mapped()
    try:
        with transaction.atomic():
            mapped = _map(acting, member, certificate, fingerprint, cleaned)
    except IntegrityError as taken:  # mapped at the same moment by another request
        raise _already_mapped() from taken
    return mapped


def _already_mapped() -> UnusableCertificate:
    return UnusableCertificate(
        _(
            "Dieses Zertifikat ist bereits zugeordnet. Ein Zertifikat gehört zu genau einem "
            "Benutzer, auch nach einem Widerruf; nehmen Sie ein neues."
        )
    )


def _map(
    acting: Membership,
    member: Membership,
    certificate: x509.Certificate,
    fingerprint: str,
    scopes: str,
) -> ClientCertificate:
    mapped = ClientCertificate.objects.create(
        membership=member,
        fingerprint=fingerprint,
        subject=certificate.subject.rfc4514_string()[:500],
        not_after=certificate.not_valid_after_utc,
        scopes=scopes,
        created_by=actor_of(acting),
    )
    record(
        actor_of(acting),
        "partners.certificate.map",
        f"certificate:{mapped.pk}",
        {
            "user": member.account.user_id,
            "fingerprint": mapped.fingerprint,
            "scopes": mapped.scopes,
        },
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


class Refusal(StrEnum):
    """Why a certificate admits nobody, as far as its holder may be told (the page says which)."""

    ABSENT = "absent"  # no certificate, or headers from an address that is no trusted proxy
    UNVERIFIED = "unverified"  # the proxy did not verify it, or it cannot be read
    UNKNOWN = "unknown"  # not mapped, revoked here, or not for this use
    EXPIRED = "expired"  # outside its validity period
    INACTIVE = "inactive"  # its user is locked or removed, or the firm is locked


class CertificateRefused(CredentialRefused):
    """A refused certificate: ``reason`` for the audit log, ``kind`` for the holder.

    ``address`` is the mapped user's address once the certificate is known (for the
    audit log only: the holder is never shown whose certificate it is).
    """

    def __init__(self, reason: str, kind: Refusal, *, actor: str = "", address: str = "") -> None:
        super().__init__(reason, actor=actor)
        self.kind = kind
        self.address = address


@dataclass(frozen=True)
class Certified:
    """A certificate that passed :func:`check`: its mapping and its user's live membership."""

    mapped: ClientCertificate
    membership: Membership

    @property
    def credential(self) -> str:
        """``certificate:<id>``, for the audit log."""
        return f"certificate:{self.mapped.pk}"


# What OpenSSL (and so nginx's $ssl_client_verify, "FAILED:<text>") says about a certificate
# outside its validity period; any other failure is "not verified".
_OUT_OF_TIME = frozenset({"certificate has expired", "certificate is not yet valid"})


def _not_verified(verified: str, escaped: str) -> CertificateRefused:
    text = verified.removeprefix("FAILED:").strip()[:100]
    reason = "the proxy did not verify the certificate" + (f" ({text})" if text else "")
    kind = Refusal.EXPIRED if text in _OUT_OF_TIME else Refusal.UNVERIFIED
    return CertificateRefused(reason, kind, **_known(escaped))


def _known(escaped: str) -> dict[str, str]:
    """Which mapping a certificate the proxy refused is, for the audit log; empty if none.

    Only a name for the log: nothing is admitted on it.
    """
    if not escaped or len(escaped) > MAX_PEM_CHARS * 3:
        return {}
    try:
        fingerprint = fingerprint_of(_load(unquote(escaped).encode()))
    except PartnerError:
        return {}
    return _names(fingerprint, _mapping(fingerprint))


def _mapping(fingerprint: str) -> ClientCertificate | None:
    return (
        ClientCertificate.objects.select_related("membership__account__user")
        .filter(fingerprint=fingerprint)
        .first()
    )


def _names(fingerprint: str, mapped: ClientCertificate | None) -> dict[str, str]:
    """The certificate's name in the audit log, and its user's address once it is mapped."""
    if mapped is None:
        return {"actor": f"fingerprint:{fingerprint}"}
    return {"actor": f"certificate:{mapped.pk}", "address": mapped.membership.account.address}


def proxy_refusal(request: HttpRequest) -> CertificateRefused | None:
    """The trusted proxy's own verdict against the certificate (``FAILED:…``), or None.

    nginx refuses every request of a connection whose certificate fails its check
    before any location is chosen (status 495); ``error_page 495`` hands such a
    request to the sign-in path, which shows the holder why (docs/partners-api.md).
    """
    if not from_trusted_proxy(request):
        return None
    verified = str(request.META.get(VERIFY_HEADER, ""))
    if verified in {"", "NONE", "SUCCESS"}:
        return None
    return _not_verified(verified, str(request.META.get(CERT_HEADER, "")))


def check(request: HttpRequest, *, scope: str = "") -> Certified:
    """The proxy-verified certificate of ``request`` and its live user, or :class:`CertificateRefused`.

    In this order: from a trusted proxy, verified by it, readable, mapped, not revoked,
    valid now, carrying ``scope`` (when one is asked for), its user active in an
    active firm. The user is read afresh every time.
    """
    if not from_trusted_proxy(request):
        raise CertificateRefused("no client certificate from a trusted proxy", Refusal.ABSENT)
    escaped = str(request.META.get(CERT_HEADER, ""))
    verified = str(request.META.get(VERIFY_HEADER, ""))
    if not escaped and verified in {"", "NONE"}:
        raise CertificateRefused("no client certificate from a trusted proxy", Refusal.ABSENT)
    if verified != "SUCCESS":
        raise _not_verified(verified, escaped)
    if not escaped:
        raise CertificateRefused("no client certificate from a trusted proxy", Refusal.ABSENT)
    if len(escaped) > MAX_PEM_CHARS * 3:
        raise CertificateRefused("certificate header too long", Refusal.UNVERIFIED)
    try:
        certificate = _load(unquote(escaped).encode())
    except PartnerError as broken:
        raise CertificateRefused("certificate unreadable", Refusal.UNVERIFIED) from broken
    fingerprint = fingerprint_of(certificate)
    mapped = _mapping(fingerprint)
    known = _names(fingerprint, mapped)
    if mapped is None:
        raise CertificateRefused("certificate not mapped", Refusal.UNKNOWN, **known)
    now = timezone.now()
    if mapped.revoked_at is not None:
        raise CertificateRefused("certificate revoked", Refusal.UNKNOWN, **known)
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        raise CertificateRefused("certificate expired or not yet valid", Refusal.EXPIRED, **known)
    if scope and scope not in mapped.scope_set:
        raise CertificateRefused(f"certificate not for {scope}", Refusal.UNKNOWN, **known)
    membership = selectors.live_membership(mapped.membership_id)
    if membership is None or not membership.account.is_active:
        raise CertificateRefused("user or firm not active", Refusal.INACTIVE, **known)
    return Certified(mapped, membership)


def authenticate(request: HttpRequest) -> ApiCaller:
    """The API caller behind the proxy-verified certificate, or :class:`CertificateRefused`."""
    certified = check(request)
    return ApiCaller(certified.membership, certified.mapped.scope_set, certified.credential)


def portal_member(request: HttpRequest) -> Certified:
    """The firm user a certificate mapped for portal sign-in stands for, or :class:`CertificateRefused`."""
    return check(request, scope=PORTAL_SIGN_IN)
