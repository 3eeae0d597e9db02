"""A portal user writes to the insurer: the mail enters the gateway like any inbound mail.

Only addresses in the insurer's own domains are allowed, checked here on the
server. The mail carries the user's address as sender and ``Reply-To`` and is
marked as coming from a signed-in portal user (``X-Siegel-Portal-Sender``, which
the gateway sets itself after stripping every such claim from the mail); the
employee's answer goes out as ordinary mail and lands in the same mailbox.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from siegel.core.mime.routing import is_local
from siegel.outbox import services as outbox
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


# One plain address: a dot-atom local part (no %, !, quotes, routes) and one @.
_ADDRESS = re.compile(
    r"[A-Za-z0-9_+\-]+(?:\.[A-Za-z0-9_+\-]+)*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
)


def check(letter: Letter) -> None:
    """The server's rules, whatever the browser was told: local recipient, size and count limits.

    The address must be plain: a mail server inside may read ``a%b@x`` or
    ``@b:a@x`` as a route to somewhere else (review finding).
    """
    address = letter.to.strip()
    if not _ADDRESS.fullmatch(address) or not is_local(address, settings.SIEGEL_LOCAL_DOMAINS):
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
    """Queue ``letter`` from the signed-in ``address`` for the gateway; the copy in "Gesendet".

    The mail leaves after this request, through the outbox (retried until the next hop
    takes it), so a slow mail server never holds the page. ``token`` comes with the
    form and the key covers the content too: the same form sent twice is one mail, an
    edited one is another.
    """
    check(letter)
    digest = hashlib.sha256(repr(letter).encode()).hexdigest()
    key = "portal-send:" + hashlib.sha256(f"{address}\0{token}\0{digest}".encode()).hexdigest()
    content, message_id = compose(address, name, letter, key)

    def queue(sent: PortalMessage) -> None:
        outbox.queue_message(
            "portal-letter",
            address,
            (letter.to.strip(),),
            content,
            key=key,
            authenticated_sender=address,
        )

    return services.store_sent(
        address=address,
        recipient=letter.to.strip(),
        message_id=message_id,
        content=content,
        key=key,
        also=queue,
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
