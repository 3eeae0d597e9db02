"""Special addresses: the collect address and certificate requests, answered automatically.

- A signed mail to the collect address registers the sender's certificate; the
  sender gets a signed confirmation, or the reason for refusal.
- A mail whose subject is the request tag (``[ZERTIFIKAT]``) to any local address is
  answered with a signed mail from that address carrying its certificate (or the
  domain's); the request never reaches the person. Rate-limited per sender, and
  never answered when it is itself automatic (RFC 3834), so two robots cannot loop.

Answers are Siegel's own mails: queued under a key made from the request
(:mod:`siegel.outbox`), sent after this transaction through the outbound path,
which signs them as it signs every mail of that address.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from django.conf import settings

from siegel.core.mime import headers
from siegel.core.mime.routing import is_automatic
from siegel.core.smime import VerifyStatus
from siegel.core.smime.errors import SmimeError
from siegel.gateway.delivery import Envelope
from siegel.gateway.results import Fate, RecipientOutcome
from siegel.gateway.signatures import verify_and_harvest
from siegel.infra.ratelimit import allow
from siegel.keys import selectors as key_selectors
from siegel.keys.models import KeySource
from siegel.outbox import services as outbox


def collect_address() -> str:
    return (
        settings.SIEGEL_COLLECT_ADDRESS or f"zertifikat@{settings.SIEGEL_LOCAL_DOMAINS[0]}"
    ).lower()


def is_certificate_request(message: bytes) -> bool:
    subject = (headers.get(message, "Subject") or "").strip()
    return subject == settings.SIEGEL_CERT_REQUEST_TAG or subject.startswith(
        settings.SIEGEL_CERT_REQUEST_TAG + " "
    )


def answer(
    envelope: Envelope, recipients: tuple[str, ...], key: str
) -> tuple[list[RecipientOutcome], tuple[str, ...]]:
    """Answer the collect address and certificate requests; return them and the recipients left."""
    if is_certificate_request(envelope.content):
        return [handle_certificate_request(envelope, r, key) for r in recipients], ()
    collect = collect_address()
    answered = [handle_collect(envelope, r, key) for r in recipients if r.lower() == collect]
    return answered, tuple(r for r in recipients if r.lower() != collect)


def _answer(
    envelope: Envelope,
    addressee: str,
    key: str,
    *,
    subject: str,
    body: str,
    attachments: tuple[outbox.Attachment, ...] = (),
) -> RecipientOutcome:
    outbox.queue(
        outbox.Draft(
            kind="special-answer",
            sender=addressee,
            to=(envelope.sender,),
            subject=subject,
            body=body,
            auto_submitted="auto-replied",
            attachments=attachments,
        ),
        key=f"{key}:answer:{addressee.lower()}",
    )
    return RecipientOutcome(addressee, Fate.ANSWERED, subject)


def handle_collect(envelope: Envelope, addressee: str, key: str) -> RecipientOutcome:
    if is_automatic(envelope.sender, envelope.content):
        return RecipientOutcome(addressee, Fate.IGNORED, "automatic mail")
    try:
        verified = verify_and_harvest(
            envelope.content,
            sender=envelope.sender,
            address=envelope.sender,
            source=KeySource.COLLECT,
            actor="system:collect",
        )
        stored, reason = verified.status is VerifyStatus.VALID, verified.reason
    except SmimeError as exc:
        stored, reason = False, exc.reason
    if stored:
        return _answer(
            envelope,
            addressee,
            key,
            subject="Ihr Zertifikat wurde registriert",
            body=(
                "Vielen Dank. Ihr Zertifikat wurde gespeichert. Wir senden Ihnen vertrauliche "
                "Nachrichten künftig verschlüsselt an diese Adresse.\n"
            ),
        )
    return _answer(
        envelope,
        addressee,
        key,
        subject="Ihr Zertifikat wurde nicht registriert",
        body=(
            f"Ihr Zertifikat konnte nicht registriert werden: {reason}.\n\n"
            "Bitte senden Sie eine mit Ihrem gültigen S/MIME-Zertifikat signierte E-Mail an "
            "diese Adresse.\n"
        ),
    )


def handle_certificate_request(envelope: Envelope, addressee: str, key: str) -> RecipientOutcome:
    if is_automatic(envelope.sender, envelope.content):
        return RecipientOutcome(addressee, Fate.IGNORED, "automatic mail")
    if not allow(
        "cert-request",
        envelope.sender.lower(),
        limit=settings.SIEGEL_CERT_REQUESTS_PER_HOUR,
        window_seconds=3600,
    ):
        return RecipientOutcome(addressee, Fate.IGNORED, "rate limited")
    own = key_selectors.directory_certificate(addressee)
    identity = key_selectors.signing_key(addressee)
    certificate = (own and bytes(own.public_data)) or (
        identity and identity.certificate.public_bytes(serialization.Encoding.DER)
    )
    if not certificate:
        return _answer(
            envelope,
            addressee,
            key,
            subject="Kein Zertifikat vorhanden",
            body=(
                "Für diese Adresse ist kein Zertifikat vorhanden. Bitte nutzen Sie unser "
                "sicheres Postfach.\n"
            ),
        )
    return _answer(
        envelope,
        addressee,
        key,
        subject="Zertifikat",
        body=(
            "Guten Tag,\n\nanbei das Zertifikat dieser Adresse. Speichern Sie es in Ihrem "
            "E-Mail-Programm, um Nachrichten an diese Adresse zu verschlüsseln.\n"
        ),
        attachments=(
            outbox.Attachment(
                addressee.replace("@", "_at_") + ".cer", "application/pkix-cert", certificate
            ),
        ),
    )
