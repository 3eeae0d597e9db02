"""Special addresses: the collect address and certificate requests, answered automatically.

- A signed mail to the collect address registers the sender's certificate; the
  sender gets a signed confirmation, or the reason for refusal.
- A mail whose subject is the request tag (``[ZERTIFIKAT]``) to any local address is
  answered with a signed mail from that address carrying its certificate (or the
  domain's); the request never reaches the person. Rate-limited per sender, and
  never answered when it is itself automatic (RFC 3834), so two robots cannot loop.
"""

from __future__ import annotations

from email.message import EmailMessage as MimeMessage
from email.utils import make_msgid

from cryptography.hazmat.primitives import serialization
from django.conf import settings

from siegel.core.mime import headers
from siegel.core.mime.routing import is_automatic
from siegel.core.smime import Signer, VerifyStatus, verify
from siegel.core.smime.errors import SmimeError
from siegel.core.smime.mime import join_message, split_message
from siegel.core.smime.sign import sign
from siegel.gateway.delivery import Envelope, NextHop
from siegel.keys import selectors as key_selectors
from siegel.keys import services as key_services
from siegel.keys.models import KeySource
from siegel.web.ratelimit import allow


def collect_address() -> str:
    return (
        settings.SIEGEL_COLLECT_ADDRESS or f"zertifikat@{settings.SIEGEL_LOCAL_DOMAINS[0]}"
    ).lower()


def is_certificate_request(message: bytes) -> bool:
    subject = (headers.get(message, "Subject") or "").strip()
    return subject == settings.SIEGEL_CERT_REQUEST_TAG or subject.startswith(
        settings.SIEGEL_CERT_REQUEST_TAG + " "
    )


def reply(
    next_hop: NextHop,
    *,
    sender: str,
    to: str,
    subject: str,
    body: str,
    attachments: tuple[tuple[str, bytes, str], ...] = (),
) -> str:
    """A signed automatic answer from ``sender`` (signed when Siegel holds a key for it)."""
    mime = MimeMessage()
    mime["From"], mime["To"], mime["Subject"] = sender, to, subject
    mime["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    mime["Auto-Submitted"] = "auto-replied"
    mime.set_content(body)
    for filename, data, content_type in attachments:
        maintype, subtype = content_type.split("/")
        mime.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    raw = mime.as_bytes(policy=mime.policy.clone(linesep="\r\n"))
    identity = key_selectors.signing_key(sender)
    if identity is not None:
        outer, entity = split_message(raw)
        raw = join_message(
            outer, sign(entity, Signer(identity.certificate, identity.private_key, identity.chain))
        )
    return next_hop.deliver(Envelope(sender, (to,), raw))


def handle_collect(envelope: Envelope, next_hop: NextHop) -> str:
    address = collect_address()
    if is_automatic(envelope.sender, envelope.content):
        return "ignored automatic mail"
    try:
        result = verify(
            envelope.content, trust_anchors=key_selectors.trust_anchors(), sender=envelope.sender
        )
        status, reason = result.status, result.reason
    except SmimeError as exc:
        result, status, reason = None, None, exc.reason
    if (
        result is not None
        and status is VerifyStatus.VALID
        and result.signer_certificate is not None
    ):
        key_services.harvest(
            result.signer_certificate,
            address=envelope.sender,
            capabilities=result.capabilities,
            trusted=True,
            status_reason=reason,
            source=KeySource.COLLECT,
            actor="system:collect",
        )
        text = (
            "Vielen Dank. Ihr Zertifikat wurde gespeichert. Wir senden Ihnen vertrauliche Nachrichten "
            "künftig verschlüsselt an diese Adresse.\n"
        )
        return reply(
            next_hop,
            sender=address,
            to=envelope.sender,
            subject="Ihr Zertifikat wurde registriert",
            body=text,
        )
    if result is not None and result.signer_certificate is not None:
        key_services.harvest(
            result.signer_certificate,
            address=envelope.sender,
            capabilities=(),
            trusted=False,
            status_reason=reason,
            source=KeySource.COLLECT,
            actor="system:collect",
        )
    text = (
        f"Ihr Zertifikat konnte nicht registriert werden: {reason}.\n\n"
        "Bitte senden Sie eine mit Ihrem gültigen S/MIME-Zertifikat signierte E-Mail an diese Adresse.\n"
    )
    return reply(
        next_hop,
        sender=address,
        to=envelope.sender,
        subject="Ihr Zertifikat wurde nicht registriert",
        body=text,
    )


def handle_certificate_request(envelope: Envelope, addressee: str, next_hop: NextHop) -> str:
    if is_automatic(envelope.sender, envelope.content):
        return "ignored automatic mail"
    if not allow(
        "cert-request",
        envelope.sender.lower(),
        limit=settings.SIEGEL_CERT_REQUESTS_PER_HOUR,
        window_seconds=3600,
    ):
        return "rate limited"
    own = key_selectors.directory_certificate(addressee)
    identity = key_selectors.signing_key(addressee)
    cert = (own and own.public_data) or (
        identity and identity.certificate.public_bytes(serialization.Encoding.DER)
    )
    if not cert:
        text = "Für diese Adresse ist kein Zertifikat vorhanden. Bitte nutzen Sie unser sicheres Postfach.\n"
        return reply(
            next_hop,
            sender=addressee,
            to=envelope.sender,
            subject="Kein Zertifikat vorhanden",
            body=text,
        )
    text = (
        "Guten Tag,\n\nanbei das Zertifikat dieser Adresse. Speichern Sie es in Ihrem E-Mail-Programm, "
        "um Nachrichten an diese Adresse zu verschlüsseln.\n"
    )
    filename = addressee.replace("@", "_at_") + ".cer"
    return reply(
        next_hop,
        sender=addressee,
        to=envelope.sender,
        subject="Zertifikat",
        body=text,
        attachments=((filename, bytes(cert), "application/pkix-cert"),),
    )
