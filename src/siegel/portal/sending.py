"""A portal user writes to the insurer: the mail enters the gateway like any inbound mail.

Only addresses in the insurer's own domains are allowed, checked here on the
server. The mail carries the user's address as sender and ``Reply-To`` and is
marked as coming from a signed-in portal user (``X-Siegel-Portal-Sender``, which
the gateway sets itself after stripping every such claim from the mail); the
employee's answer goes out as ordinary mail and lands in the same mailbox.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from siegel.core.mime.routing import is_local
from siegel.gateway.delivery import Envelope
from siegel.gateway.services import send_mail
from siegel.portal import services
from siegel.portal.models import PortalMessage


class NotSent(ValueError):
    """The mail was not sent; ``str()`` is a German sentence for the form."""


@dataclass(frozen=True)
class Upload:
    filename: str
    content_type: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Letter:
    """What the user wrote: to whom, what, with which files, in answer to which message."""

    to: str
    subject: str
    body: str
    uploads: tuple[Upload, ...] = ()
    in_reply_to: str = ""  # the Message-ID answered


def check(letter: Letter) -> None:
    """The server's rules, whatever the browser was told: local recipient, size and count limits."""
    address = letter.to.strip()
    if (
        "@" not in address
        or any(c in address for c in " ,;<>\r\n")
        or not is_local(address, settings.SIEGEL_LOCAL_DOMAINS)
    ):
        raise NotSent(
            _("Nachrichten aus dem Postfach können nur an Adressen von %(brand)s gehen.")
            % {"brand": settings.SIEGEL_BRAND_NAME}
        )
    if len(letter.uploads) > settings.SIEGEL_PORTAL_UPLOAD_MAX_FILES:
        raise NotSent(
            _("Höchstens %(count)d Anhänge pro Nachricht.")
            % {"count": settings.SIEGEL_PORTAL_UPLOAD_MAX_FILES}
        )
    if sum(len(u.data) for u in letter.uploads) > settings.SIEGEL_PORTAL_UPLOAD_MAX_BYTES:
        raise NotSent(
            _("Die Anhänge sind zusammen größer als %(mb)d MB.")
            % {"mb": settings.SIEGEL_PORTAL_UPLOAD_MAX_BYTES // (1024 * 1024)}
        )


def send(*, address: str, name: str, letter: Letter, token: str) -> PortalMessage:
    """Send ``letter`` from the signed-in ``address`` through the gateway; the copy in "Gesendet".

    ``token`` comes with the form: the same form sent twice (a double click, a
    retry after an error) is the same mail, delivered and stored once.
    """
    check(letter)
    key = "portal-send:" + hashlib.sha256(f"{address}\0{token}".encode()).hexdigest()
    content, message_id = compose(address, name, letter, key)
    result = send_mail(
        Envelope(address, (letter.to.strip(),), content, authenticated_sender=address), key=key
    )
    if not result.accepted:
        raise NotSent(
            _(
                "Die Nachricht konnte gerade nicht gesendet werden. Bitte versuchen Sie es später erneut."
            )
        )
    return services.store_sent(
        address=address,
        recipient=letter.to.strip(),
        message_id=message_id,
        content=content,
        key=key,
    )


def compose(address: str, name: str, letter: Letter, key: str) -> tuple[bytes, str]:
    mail = EmailMessage(policy=SMTP)
    mail["From"] = formataddr((name, address)) if name else address
    mail["To"] = letter.to.strip()
    mail["Reply-To"] = address
    mail["Subject"] = letter.subject.strip() or _("(ohne Betreff)")
    mail["Date"] = format_datetime(timezone.localtime())
    message_id = f"<{key.rpartition(':')[2][:32]}@{settings.SIEGEL_LOCAL_DOMAINS[0]}>"
    mail["Message-ID"] = message_id
    if letter.in_reply_to:
        mail["In-Reply-To"] = letter.in_reply_to
        mail["References"] = letter.in_reply_to
    mail.set_content(letter.body)
    for upload in letter.uploads:
        maintype, _slash, subtype = upload.content_type.partition("/")
        mail.add_attachment(
            upload.data,
            maintype=maintype if subtype else "application",
            subtype=subtype or "octet-stream",
            filename=upload.filename,
        )
    return mail.as_bytes(), message_id


def quoted(text: str, sender: str, when: str) -> str:
    """The answered message below the answer, each line quoted (``> ``)."""
    lines = "\n".join(f"> {line}" for line in text.splitlines())
    return (
        "\n\n"
        + _("Am %(when)s schrieb %(sender)s:") % {"when": when, "sender": sender}
        + "\n"
        + lines
    )


def reply_subject(subject: str) -> str:
    return subject if subject.lower().startswith(("aw:", "re:")) else f"AW: {subject}"
