"""Signing webhook requests, as the Standard Webhooks specification (www.standardwebhooks.com) has it.

Broker software can verify with any of that specification's libraries or a few
lines of its own:

- ``webhook-id``: the event's id (``msg_…``), the same on every attempt — the
  idempotency key; also sent as ``Idempotency-Key``;
- ``webhook-timestamp``: the attempt's time in whole seconds since 1970 (UTC);
- ``webhook-signature``: ``v1,`` and the Base64 of HMAC-SHA256 over
  ``<webhook-id>.<webhook-timestamp>.<body>``, keyed with the secret's bytes (the
  Base64 after the ``whsec_`` prefix).

A receiver recomputes the signature, compares it in constant time, and refuses
a timestamp more than five minutes from its clock; :func:`verify` is the reference.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Mapping

from django.utils import timezone

from siegel.keys.masterkey import keyring
from siegel.partners.webhook_models import Webhook

SECRET_PREFIX = "whsec_"  # noqa: S105 (the prefix of every secret, not a secret)
SECRET_BYTES = 32
TOLERANCE = dt.timedelta(minutes=5)


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def _key(secret: str) -> bytes:
    return base64.b64decode(secret.removeprefix(SECRET_PREFIX), validate=True)


def signature(secret: str, event_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` value: ``v1,<Base64 of HMAC-SHA256(id.timestamp.body)>``."""
    signed = f"{event_id}.{timestamp}.".encode() + body
    return (
        "v1," + base64.b64encode(hmac.new(_key(secret), signed, hashlib.sha256).digest()).decode()
    )


def signed_headers(secret: str, event_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    return {
        "webhook-id": event_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature(secret, event_id, timestamp, body),
        "Idempotency-Key": event_id,
    }


def verify(
    secret: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    now: dt.datetime | None = None,
    tolerance: dt.timedelta = TOLERANCE,
) -> bool:
    """Whether a request carries a valid signature of ``body`` made within ``tolerance``.

    ``headers`` are looked up in lower case. The signature header may list several
    space-separated signatures (the specification's way through a key change); one
    that matches suffices.
    """
    lower = {name.lower(): value for name, value in headers.items()}
    event_id = lower.get("webhook-id", "")
    stamp = lower.get("webhook-timestamp", "")
    if not event_id or not stamp.isdigit():
        return False
    moment = (now or timezone.now()).timestamp()
    if abs(moment - int(stamp)) > tolerance.total_seconds():
        return False
    try:
        expected = signature(secret, event_id, int(stamp), body)
    except (binascii.Error, ValueError):
        return False
    return any(
        hmac.compare_digest(expected.encode(), offered.encode())
        for offered in lower.get("webhook-signature", "").split()
    )


def secret_of(hook: Webhook) -> str:
    """The secret in clear, for signing (raises ``KeyringError`` if it does not open)."""
    return keyring().open(bytes(hook.sealed_secret), hook.seal_context).decode()
