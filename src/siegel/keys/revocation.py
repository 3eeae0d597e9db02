"""Revocation data: CRLs fetched from the certificates' distribution points, cached.

The only network I/O of the key store. Fetches are bounded (plain HTTP as CRLs
are served, a timeout, a size limit) and what comes back must parse as a CRL
before it replaces the cached copy: a broken download never erases good data.
"""

from __future__ import annotations

import logging
import urllib.request
from collections.abc import Callable, Iterable

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from django.utils import timezone

from siegel.keys.models import PartnerKey, RevocationData

log = logging.getLogger("siegel.keys")
MAX_CRL_BYTES = 20 * 1024 * 1024
FETCH_TIMEOUT_SECONDS = 15

Fetch = Callable[[str], bytes]


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


def http_fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT_SECONDS) as response:  # noqa: S310 - http:// only, see crl_urls
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
