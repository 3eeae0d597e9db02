"""Sealing a portal message's parts into storage and opening them again, piece by piece.

Parts: ``original`` (the mail as deposited, for "Original herunterladen"),
``text``, ``html`` (as the mail had it; sanitised when shown, so a better
sanitiser also protects old messages) and ``a1``, ``a2``… for the attachments.
The summary (subject, names, attachment list) is small and sealed in the row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from siegel.core.mime.display import DisplayMail, display
from siegel.core.sealed import new_data_key, open_bytes, open_sealed, seal, seal_bytes
from siegel.keys.masterkey import keyring
from siegel.portal.models import PortalMessage
from siegel.portal.storage import SealedPieces, content_storage


@dataclass(frozen=True)
class AttachmentInfo:
    number: int
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class Summary:
    """What a list or the head of the read view shows; sealed with the message's key."""

    subject: str
    sender: str
    recipients: str
    date: str  # ISO 8601, "" when the mail had none
    has_html: bool
    attachments: tuple[AttachmentInfo, ...]

    def to_json(self) -> bytes:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Summary:
        raw: dict[str, Any] = json.loads(data)
        raw["attachments"] = tuple(AttachmentInfo(**a) for a in raw["attachments"])
        return cls(**raw)

    @property
    def sent_at(self) -> dt.datetime | None:
        return dt.datetime.fromisoformat(self.date) if self.date else None


@dataclass(frozen=True)
class Sealed:
    """What the message row keeps of its content."""

    wrapped_key: bytes
    sealed_summary: bytes
    store: str
    attachments: int


def seal_message(idempotency_key: str, content: bytes, mail: DisplayMail | None = None) -> Sealed:
    """Seal every part of ``content`` into storage under a new data key (no database access).

    ``mail`` is ``display(content)`` when the caller has it already (one parse for
    all recipients of a deposit).
    """
    mail = mail or display(content)
    data_key = new_data_key()
    probe = PortalMessage(idempotency_key=idempotency_key)  # for the contexts only
    store = uuid.uuid4().hex
    parts: dict[str, bytes] = {"original": content, "text": mail.text.encode("utf-8")}
    if mail.html is not None:
        parts["html"] = _raw_html(content).encode("utf-8")
    parts.update({f"a{a.number}": a.data for a in mail.attachments})
    storage = content_storage()
    try:
        for part, data in parts.items():
            sealed = seal(data_key, probe.part_context(part), [data])
            storage.save(f"{store}/{part}", SealedPieces(sealed))
    except BaseException:
        delete_store(store, parts)
        raise
    return Sealed(
        wrapped_key=keyring().seal(data_key, probe.key_context),
        sealed_summary=seal_bytes(
            data_key, probe.part_context("summary"), summary_of(mail).to_json()
        ),
        store=store,
        attachments=len(mail.attachments),
    )


def _raw_html(content: bytes) -> str:
    """The mail's own HTML part, as sent (display() hands out only the sanitised form)."""
    from siegel.core.mime.parse import parse_message

    for part in parse_message(content).walk():
        if (
            part.get_content_type() == "text/html"
            and part.get_content_disposition() != "attachment"
        ):
            data = part.get_payload(decode=True)
            if isinstance(data, bytes):
                return data.decode(part.get_content_charset() or "utf-8", "replace")
    return ""


def summary_of(mail: DisplayMail) -> Summary:
    return Summary(
        subject=mail.subject,
        sender=mail.sender,
        recipients=mail.recipients,
        date=mail.date.isoformat() if mail.date else "",
        has_html=mail.html is not None,
        attachments=tuple(
            AttachmentInfo(a.number, a.filename, a.content_type, a.size) for a in mail.attachments
        ),
    )


def _data_key(message: PortalMessage) -> bytes:
    return keyring().open(bytes(message.wrapped_key), message.key_context)


def summary(message: PortalMessage) -> Summary:
    """The sealed summary, opened (raises ``TamperedContent`` or ``KeyringError``)."""
    key = _data_key(message)
    return Summary.from_json(
        open_bytes(key, message.part_context("summary"), bytes(message.sealed_summary))
    )


def part_pieces(message: PortalMessage, part: str) -> Iterator[bytes]:
    """A part's plaintext, piece by piece; ``TamperedContent`` the moment a piece fails."""
    key = _data_key(message)
    with content_storage().open(f"{message.store}/{part}", "rb") as handle:
        yield from open_sealed(key, message.part_context(part), handle.read)


def part_bytes(message: PortalMessage, part: str) -> bytes:
    """A whole (small) part, checked completely before anything is returned."""
    return b"".join(part_pieces(message, part))


def delete_content(message: PortalMessage) -> None:
    """Remove every stored part of the message (its key goes with the row)."""
    parts = ["original", "text", "html"] + [f"a{n}" for n in range(1, message.attachments + 1)]
    delete_store(message.store, parts)


def delete_store(store: str, parts: Any) -> None:
    storage = content_storage()
    for part in parts:
        name = f"{store}/{part}"
        if storage.exists(name):
            storage.delete(name)
