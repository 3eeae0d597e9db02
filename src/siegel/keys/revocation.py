"""Revocation data: CRLs from the distribution points and OCSP answers, fetched and cached.

The only network I/O of the key store. Fetches are bounded (plain HTTP as CRLs
are served, a timeout, a size limit) and what comes back must parse as a CRL
before it replaces the cached copy: a broken download never erases good data.
"""

from __future__ import annotations

import logging
import urllib.request
from collections.abc import Callable, Iterable

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509 import ocsp
from django.utils import timezone

from siegel.keys.models import PartnerKey, RevocationData

log = logging.getLogger("siegel.keys")
MAX_CRL_BYTES = 20 * 1024 * 1024
FETCH_TIMEOUT_SECONDS = 15

Fetch = Callable[..., bytes]


def crl_urls(cert: x509.Certificate) -> list[str]:
    try:
        points = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
    except x509.ExtensionNotFound:
        return []
    return [
        name.value
        for point in points
        for name in point.full_name or []
        if isinstance(name, x509.UniformResourceIdentifier) and name.value.startswith("http://")
    ]


def ocsp_urls(cert: x509.Certificate) -> list[str]:
    try:
        access = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
    except x509.ExtensionNotFound:
        return []
    return [
        d.access_location.value
        for d in access
        if d.access_method == x509.AuthorityInformationAccessOID.OCSP
        and isinstance(d.access_location, x509.UniformResourceIdentifier)
        and d.access_location.value.startswith("http://")
    ]


def http_fetch(url: str, body: bytes | None = None) -> bytes:
    """GET (CRL) or POST an OCSP request; http:// only, bounded in time and size."""
    if not url.startswith("http://"):
        raise ValueError(f"only http:// revocation URLs are fetched, not {url!r}")
    request = urllib.request.Request(  # noqa: S310 - scheme checked above
        url, data=body, headers={"Content-Type": "application/ocsp-request"} if body else {}
    )
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_SECONDS) as response:  # noqa: S310 - http:// only, see crl_urls/ocsp_urls
        data: bytes = response.read(MAX_CRL_BYTES + 1)
    if len(data) > MAX_CRL_BYTES:
        raise ValueError(f"CRL larger than {MAX_CRL_BYTES} bytes")
    return data


def refresh(urls: Iterable[str], fetch: Fetch = http_fetch) -> dict[str, str]:
    """Fetch each CRL and cache it; returns url → outcome for the log."""
    outcomes = {}
    for url in sorted(set(urls)):
        try:
            data = fetch(url)
            crl = (
                x509.load_der_x509_crl(data)
                if not data.startswith(b"-----")
                else x509.load_pem_x509_crl(data)
            )
        except (OSError, ValueError) as exc:
            outcomes[url] = f"kept cached copy: {exc}"
            log.warning("CRL %s not refreshed: %s", url, exc)
            continue
        RevocationData.objects.update_or_create(
            url=url,
            defaults={
                "data": crl.public_bytes(Encoding.DER),
                "fetched_at": timezone.now(),
                "next_update": crl.next_update_utc,
            },
        )
        outcomes[url] = f"refreshed, {len(list(crl))} revoked"
    return outcomes


def cached_crls(cert: x509.Certificate) -> list[bytes]:
    return [bytes(r.data) for r in RevocationData.objects.filter(url__in=crl_urls(cert))]


def partner_crl_urls() -> set[str]:
    urls: set[str] = set()
    for data in (
        PartnerKey.objects.exclude(kind="pgp").values_list("public_data", flat=True).iterator()
    ):
        urls.update(crl_urls(x509.load_der_x509_certificate(bytes(data))))
    return urls


def _ocsp_key(url: str, cert: x509.Certificate) -> str:
    return f"ocsp:{url}#{cert.serial_number:x}"


def refresh_ocsp(
    cert: x509.Certificate, issuer: x509.Certificate, fetch: Fetch = http_fetch
) -> dict[str, str]:
    """Ask the certificate's OCSP responders and cache a successful answer."""
    outcomes = {}
    for url in ocsp_urls(cert):
        request = ocsp.OCSPRequestBuilder().add_certificate(cert, issuer, hashes.SHA1()).build()  # noqa: S303 - CertID hash per RFC 6960
        try:
            answer = ocsp.load_der_ocsp_response(fetch(url, request.public_bytes(Encoding.DER)))
        except (OSError, ValueError) as exc:
            outcomes[url] = f"kept cached answer: {exc}"
            continue
        if answer.response_status != ocsp.OCSPResponseStatus.SUCCESSFUL:
            outcomes[url] = f"kept cached answer: responder said {answer.response_status.name}"
            continue
        RevocationData.objects.update_or_create(
            url=_ocsp_key(url, cert),
            defaults={
                "data": answer.public_bytes(Encoding.DER),
                "fetched_at": timezone.now(),
                "next_update": answer.next_update_utc,
            },
        )
        outcomes[url] = f"refreshed: {answer.certificate_status.name}"
    return outcomes


def cached_ocsp(cert: x509.Certificate) -> list[bytes]:
    keys = [_ocsp_key(url, cert) for url in ocsp_urls(cert)]
    return [bytes(r.data) for r in RevocationData.objects.filter(url__in=keys)]
