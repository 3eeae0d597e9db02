"""The directory as JSON, for scripts and other gateways."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status

from siegel.keys import views

router = Router(tags=["Zertifikatsverzeichnis"])


class CertificateOut(Schema):
    address: str
    fingerprint: str
    subject: str
    issuer: str
    not_after: str | None
    key: str
    pem: str


class ErrorOut(Schema):
    error: str


@router.get("/", response={200: CertificateOut, 400: ErrorOut, 404: ErrorOut, 429: ErrorOut})
def certificate(request: HttpRequest, address: str) -> Status[Any]:
    """The published S/MIME certificate for one exact address."""
    try:
        searched, key = views.lookup(request, address)
    except views.LookupRefused as refusal:
        return Status(refusal.status, {"error": str(refusal)})
    if key is None:
        return Status(404, {"error": f"no certificate published for {searched}"})
    return Status(200, views.describe(key))
