"""Delivering webhook events: one signed POST per attempt, after the commit, retried with back-off.

An event is claimed by moving its next attempt into the future in one UPDATE, so
two workers never send it at once; the POST runs outside any transaction, and
only its result is written (with the attempt's record) afterwards.

- **2xx**: delivered. The event is never sent again; a receiver that lost our
  answer's acknowledgement knows a repeat by its ``webhook-id``.
- **No answer** (connection refused or reset, DNS, TLS, a timeout), **408**,
  **429** or **5xx**: tried again after :data:`RETRY_AFTER` — 1 minute, 5 minutes,
  30 minutes, 2, 5 and 10 hours — and given up after the seventh attempt, about
  18 hours after the first.
- **Any other answer** (3xx — redirects are not followed — and the other 4xx):
  failed for good at once; so is a URL that now leads somewhere it may not.

Every attempt is kept (:class:`~siegel.partners.webhook_models.WebhookAttempt`);
delivery and failure are audited (``partners.webhook.delivered|failed``).

Where a webhook may lead (no server-side request forgery): ``https://`` to public
addresses only. The host name is resolved here, every address it has must be
public (or inside ``SIEGEL_PARTNERS_WEBHOOK_ALLOWED_NETWORKS``), and the connection
goes to the address that was checked — a name that resolves differently a moment
later (DNS rebinding) cannot steer it elsewhere. ``http://`` only to loopback
addresses, which must be allowed by that setting (tests, a developer's machine).
No proxy from the environment is used; connect and read have their own timeouts
(``SIEGEL_PARTNERS_WEBHOOK_CONNECT_TIMEOUT``, ``…_READ_TIMEOUT``).
"""

from __future__ import annotations

import datetime as dt
import http.client
import logging
import socket
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from siegel.audit.services import record
from siegel.core.keyring import KeyringError
from siegel.infra import reachable
from siegel.partners.webhook_models import (
    AttemptOutcome,
    DeliveryState,
    WebhookAttempt,
    WebhookDelivery,
)
from siegel.partners.webhook_signing import secret_of, signed_headers

log = logging.getLogger(__name__)

ACTOR = "system:webhooks"
CLAIM = dt.timedelta(minutes=5)  # longer than any attempt; a crashed one is retried after it
RETRY_AFTER = (60, 300, 1800, 7200, 18000, 36000)  # seconds after attempts 1…6
MAX_ATTEMPTS = len(RETRY_AFTER) + 1
RUN_BUDGET = 60.0  # seconds one sweep of due events may take; the rest waits for the next
USER_AGENT = "Siegel-Webhooks/1"
MAX_URL = 500
RETRY_STATUS = frozenset({408, 429})

IPAddress = reachable.IPAddress


class Refused(ValueError):
    """The URL cannot be a webhook's (or no longer): the German sentence says why."""


# --- where a webhook may lead --------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """A checked URL's parts: the connection goes to ``host`` (resolved here) and ``port``."""

    url: str
    scheme: str
    host: str
    port: int
    path: str

    @property
    def host_header(self) -> str:
        name = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return name if self.port == default else f"{name}:{self.port}"


def parse(url: str) -> Target:
    """The parts of a webhook URL, or :class:`Refused`; the URL comes back without a fragment."""
    url = url.strip()
    if len(url) > MAX_URL:
        raise Refused(f"Die Adresse ist länger als {MAX_URL} Zeichen.")
    if any(c.isspace() or not c.isprintable() for c in url):
        raise Refused("Die Adresse enthält Leer- oder Steuerzeichen.")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in {"https", "http"}:
        raise Refused("Die Adresse muss mit https:// beginnen.")
    if parts.username is not None or parts.password is not None:
        raise Refused("Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise Refused("Die Adresse nennt keinen Rechner.")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except (ValueError, UnicodeError) as broken:
        raise Refused("Rechnername oder Port der Adresse sind ungültig.") from broken
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    cleaned = urlunsplit((scheme, parts.netloc, parts.path or "/", parts.query, ""))
    return Target(cleaned, scheme, ascii_host, port, path)


def address_allowed(address: IPAddress) -> bool:
    """Public addresses, and those inside the networks the installation allows."""
    allowed = reachable.networks(
        settings.SIEGEL_PARTNERS_WEBHOOK_ALLOWED_NETWORKS,
        "SIEGEL_PARTNERS_WEBHOOK_ALLOWED_NETWORKS",
    )
    return reachable.address_allowed(address, allowed)


def resolve(target: Target) -> list[IPAddress]:
    """Every address of the target's host, each checked; :class:`Refused` if any may not be reached."""
    try:
        addresses = reachable.addresses_of(target.host, target.port)
    except reachable.Unresolvable as unknown:
        raise Refused(f"Der Rechnername {target.host} ist nicht auflösbar.") from unknown
    for address in addresses:
        if not address_allowed(address):
            raise Refused(
                f"Die Adresse führt zu {address}, in ein nicht öffentliches Netz; "
                "Webhooks erreichen nur öffentliche Adressen."
            )
    if target.scheme == "http" and not all(address.is_loopback for address in addresses):
        raise Refused("Die Adresse muss mit https:// beginnen.")
    return addresses


def check_url(url: str) -> str:
    """The cleaned URL if a webhook may lead there now; :class:`Refused` otherwise.

    Resolves the host name: call it outside any transaction.
    """
    target = parse(url)
    resolve(target)
    return target.url


# --- one POST -------------------------------------------------------------------------------


class _Pinned(http.client.HTTPConnection):
    """HTTP(S) to one checked address, with the host's name for TLS (SNI, certificate) and Host."""

    def __init__(self, target: Target, address: IPAddress) -> None:
        super().__init__(
            target.host, target.port, timeout=settings.SIEGEL_PARTNERS_WEBHOOK_READ_TIMEOUT
        )
        self.address = address
        self.tls = ssl.create_default_context() if target.scheme == "https" else None

    def connect(self) -> None:
        sock = socket.create_connection(
            (str(self.address), self.port), timeout=settings.SIEGEL_PARTNERS_WEBHOOK_CONNECT_TIMEOUT
        )
        try:
            sock.settimeout(settings.SIEGEL_PARTNERS_WEBHOOK_READ_TIMEOUT)
            if self.tls is not None:
                sock = self.tls.wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise
        self.sock = sock


@dataclass(frozen=True)
class Answer:
    """What one POST got: an HTTP status, or no answer and why (German, for the firm's page)."""

    status: int | None
    error: str = ""
    duration_ms: int = 0


def _described(error: BaseException, *, connected: bool) -> str:
    if isinstance(error, TimeoutError):
        return (
            "Zeitüberschreitung beim Warten auf die Antwort"
            if connected
            else "Zeitüberschreitung beim Verbindungsaufbau"
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"TLS-Zertifikat nicht gültig ({error.verify_message})"[:300]
    if isinstance(error, ssl.SSLError):
        return f"TLS-Fehler ({error.reason or error})"[:300]
    if isinstance(error, ConnectionRefusedError):
        return "Verbindung abgelehnt"
    if isinstance(error, http.client.HTTPException):
        return "Ungültige HTTP-Antwort"
    return f"Verbindungsfehler ({getattr(error, 'strerror', None) or type(error).__name__})"[:300]


def post(url: str, headers: Mapping[str, str], body: bytes) -> Answer:
    """POST ``body`` to ``url`` once, redirects not followed; :class:`Refused` if it may not go there.

    The addresses of the host are tried in turn until one accepts the connection;
    once connected, no other address is tried (the request may have arrived).
    """
    target = parse(url)
    addresses = resolve(target)
    started = time.monotonic()
    error = ""
    for address in addresses:
        connection = _Pinned(target, address)
        try:
            try:
                connection.connect()
            except (OSError, http.client.HTTPException) as failed:
                error = _described(failed, connected=False)
                continue
            try:
                connection.request(
                    "POST",
                    target.path,
                    body=body,
                    headers={
                        **headers,
                        "Host": target.host_header,
                        "Content-Type": "application/json",
                        "User-Agent": USER_AGENT,
                    },
                )
                response = connection.getresponse()
                status = response.status
            except (OSError, http.client.HTTPException) as failed:
                error = _described(failed, connected=True)
                break
            elapsed = int((time.monotonic() - started) * 1000)
            if 300 <= status < 400:
                return Answer(
                    status, f"HTTP {status} (Weiterleitungen werden nicht verfolgt)", elapsed
                )
            return Answer(status, "" if 200 <= status < 300 else f"HTTP {status}", elapsed)
        finally:
            connection.close()
    return Answer(None, error, int((time.monotonic() - started) * 1000))


def outcome_of(answer: Answer) -> AttemptOutcome:
    status = answer.status
    if status is not None and 200 <= status < 300:
        return AttemptOutcome.DELIVERED
    if status is None or status in RETRY_STATUS or status >= 500:
        return AttemptOutcome.RETRY
    return AttemptOutcome.FAILED


# --- delivering queued events ---------------------------------------------------------------


def deliver_one(delivery_id: int, *, now: dt.datetime | None = None) -> str:
    """Make the event's next attempt if it is due and nobody else is making it; say what happened."""
    moment = now or timezone.now()
    claimed = WebhookDelivery.objects.filter(
        pk=delivery_id, state=DeliveryState.PENDING, next_attempt__lte=moment
    ).update(next_attempt=moment + CLAIM, attempts=F("attempts") + 1)
    if not claimed:
        return "not due"
    delivery = WebhookDelivery.objects.select_related("webhook__firm").get(pk=delivery_id)
    hook = delivery.webhook
    if not hook.active:
        return _finish(delivery, hook.url, Answer(None, "Webhook ausgeschaltet"), final=True)
    if not hook.firm.is_active:
        return _finish(delivery, hook.url, Answer(None, "Firma gesperrt"), final=True)
    try:
        secret = secret_of(hook)
    except KeyringError:
        log.exception("webhook secret of firm %s does not open", hook.firm_id)
        return _finish(delivery, hook.url, Answer(None, "Geheimnis nicht lesbar (Hauptschlüssel)"))
    body = delivery.body.encode()
    headers = signed_headers(secret, delivery.event_id, int(time.time()), body)
    try:
        answer = post(hook.url, headers, body)
    except Refused as refused:
        return _finish(delivery, hook.url, Answer(None, str(refused)), final=True)
    return _finish(delivery, hook.url, answer)


def _finish(delivery: WebhookDelivery, url: str, answer: Answer, *, final: bool = False) -> str:
    """Record the attempt and what follows from it, in one transaction; say what happened."""
    outcome = AttemptOutcome.FAILED if final else outcome_of(answer)
    given_up = outcome is AttemptOutcome.RETRY and delivery.attempts >= MAX_ATTEMPTS
    if given_up:
        outcome = AttemptOutcome.FAILED
    now = timezone.now()
    with transaction.atomic():
        WebhookAttempt.objects.create(
            delivery=delivery,
            number=delivery.attempts,
            at=now,
            url=url[:500],
            status=answer.status,
            error=answer.error[:300],
            outcome=outcome,
            duration_ms=answer.duration_ms,
        )
        pending = WebhookDelivery.objects.filter(pk=delivery.pk, state=DeliveryState.PENDING)
        details: dict[str, object] = {
            "event": delivery.event_id,
            "type": delivery.event_type,
            "shipment": delivery.shipment_id,
            "url": url[:500],
            "attempts": delivery.attempts,
            "status": answer.status,
        }
        if outcome is AttemptOutcome.DELIVERED:
            pending.update(
                state=DeliveryState.DELIVERED,
                finished_at=now,
                last_status=answer.status,
                last_error="",
            )
            record(ACTOR, "partners.webhook.delivered", _target(delivery), details)
            return "delivered"
        if outcome is AttemptOutcome.FAILED:
            pending.update(
                state=DeliveryState.FAILED,
                finished_at=now,
                last_status=answer.status,
                last_error=answer.error[:300],
            )
            record(
                ACTOR,
                "partners.webhook.failed",
                _target(delivery),
                details | {"reason": answer.error[:300], "given_up": given_up},
            )
            log.warning(
                "webhook event %s for firm %s failed: %s",
                delivery.event_id,
                delivery.webhook.firm_id,
                answer.error,
            )
            return "given up" if given_up else "failed"
        wait = RETRY_AFTER[min(delivery.attempts, len(RETRY_AFTER)) - 1]
        pending.update(
            next_attempt=now + dt.timedelta(seconds=wait),
            last_status=answer.status,
            last_error=answer.error[:300],
        )
    log.info("webhook event %s: %s, retry in %d s", delivery.event_id, answer.error, wait)
    return "retry"


def _target(delivery: WebhookDelivery) -> str:
    return f"firm:{delivery.webhook.firm_id}"


def deliver_due(*, now: dt.datetime | None = None, limit: int = 50) -> int:
    """Make the attempts that are due (oldest first), within :data:`RUN_BUDGET`; how many delivered."""
    moment = now or timezone.now()
    due = list(
        WebhookDelivery.objects.filter(state=DeliveryState.PENDING, next_attempt__lte=moment)
        .order_by("next_attempt", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    started = time.monotonic()
    delivered = 0
    for pk in due:
        if time.monotonic() - started > RUN_BUDGET:
            break
        delivered += deliver_one(pk, now=moment) == "delivered"
    return delivered


def forget_finished(*, now: dt.datetime | None = None) -> int:
    """Delete deliveries finished longer ago than a shipment is kept; how many."""
    moment = now or timezone.now()
    cutoff = moment - dt.timedelta(days=settings.SIEGEL_PARTNERS_SHIPMENT_DAYS)
    _, deleted = WebhookDelivery.objects.filter(finished_at__lt=cutoff).delete()
    return deleted.get(WebhookDelivery._meta.label, 0)
