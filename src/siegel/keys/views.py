"""The public certificate directory: one exact address in, its certificate out.

No wildcard, no listing, a rate limit per client, and the same answer time whether
or not the address exists (constant work plus a time floor), so the directory
cannot be used to find out which addresses the insurer has.
"""

from __future__ import annotations

import time
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from siegel.audit.services import record
from siegel.core import certificates as certs
from siegel.core.vcard import vcard_with_certificate
from siegel.infra.ratelimit import allow, client_address
from siegel.keys import selectors
from siegel.keys.models import OwnKey

DOWNLOAD_TYPES = {
    "pem": "application/x-pem-file",
    "der": "application/pkix-cert",
    "vcf": "text/vcard; charset=utf-8",
}


class LookupRefused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def parse_address(raw: str) -> str:
    """Exactly one complete address; wildcards and lists are refused."""
    address = raw.strip()
    if not address or any(c in address for c in "*%?,; "):
        raise LookupRefused(400, _("Bitte geben Sie genau eine vollständige E-Mail-Adresse ein."))
    try:
        validate_email(address)
    except ValidationError:
        raise LookupRefused(
            400, _("Bitte geben Sie genau eine vollständige E-Mail-Adresse ein.")
        ) from None
    return address.lower()


def throttle(request: HttpRequest) -> None:
    if not allow(
        "directory",
        client_address(request),
        limit=settings.SIEGEL_DIRECTORY_LOOKUPS_PER_MINUTE,
        window_seconds=60,
    ):
        raise LookupRefused(
            429, _("Zu viele Anfragen. Bitte versuchen Sie es in einer Minute erneut.")
        )


def lookup(request: HttpRequest, raw_address: str) -> tuple[str, OwnKey | None]:
    """Validate, throttle and look up, taking at least the configured answer time."""
    started = time.monotonic()
    try:
        address = parse_address(raw_address)
        throttle(request)
        key = selectors.directory_certificate(address)
        record(
            f"anon:{client_address(request)}",
            "directory.lookup",
            f"address:{address}",
            {"found": key is not None},
        )
        return address, key
    finally:
        remaining = settings.SIEGEL_DIRECTORY_MIN_ANSWER_SECONDS - (time.monotonic() - started)
        if remaining > 0:
            time.sleep(remaining)


def directory(request: HttpRequest) -> HttpResponse:
    context: dict[str, Any] = {"address": request.GET.get("address", "")}
    status = 200
    if "address" in request.GET:
        try:
            address, key = lookup(request, request.GET["address"])
        except LookupRefused as refusal:
            context["error"], status = str(refusal), refusal.status
        else:
            context["searched"], context["key"] = address, key
    return render(request, "keys/directory.html", context, status=status)


def download(request: HttpRequest, fingerprint: str, fmt: str) -> HttpResponse:
    try:
        throttle(request)
    except LookupRefused as refusal:
        return HttpResponse(
            str(refusal), status=refusal.status, content_type="text/plain; charset=utf-8"
        )
    key = selectors.published_key(fingerprint)
    if key is None or fmt not in DOWNLOAD_TYPES:
        raise Http404
    cert = x509.load_der_x509_certificate(bytes(key.public_data))
    body = certificate_bytes(cert, fmt, key.address)
    response = HttpResponse(body, content_type=DOWNLOAD_TYPES[fmt])
    stem = key.address.replace("@", "_at_")
    response["Content-Disposition"] = (
        f'attachment; filename="{stem}.{"crt" if fmt == "der" else fmt}"'
    )
    return response


def certificate_bytes(cert: x509.Certificate, fmt: str, address: str) -> bytes:
    if fmt == "pem":
        return cert.public_bytes(serialization.Encoding.PEM)
    der = cert.public_bytes(serialization.Encoding.DER)
    if fmt == "der":
        return der
    names = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    full_name = str(names[0].value) if names else address
    return vcard_with_certificate(full_name=full_name, email=address, certificate_der=der)


def describe(key: OwnKey) -> dict[str, Any]:
    cert = x509.load_der_x509_certificate(bytes(key.public_data))
    return {
        "address": key.address,
        "fingerprint": key.fingerprint,
        "subject": key.subject,
        "issuer": key.issuer,
        "not_after": key.not_after.isoformat() if key.not_after else None,
        "key": certs.key_description(cert),
        "pem": cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
    }
