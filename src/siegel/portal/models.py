"""The portal mailbox: its owner's address and the messages in it.

A message's content never lies in the database or the file store in clear: each
message has its own data key, sealed under the master key (``wrapped_key``), and
every part — the original mail, the text, the HTML, each attachment — is sealed
under that data key in pieces (:mod:`siegel.core.sealed`) behind Django's storage
API (:mod:`siegel.portal.content`). Deleting a message deletes its key with it.
Subject and sender name live only in the sealed summary; the row keeps the
metadata an administrator may see (addresses, sizes, dates, read state).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class PortalAccount(models.Model):
    """The mailbox of one address: created with its first message (or by staff)."""

    address = models.CharField(_("E-Mail-Adresse"), max_length=320, unique=True)
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)

    class Meta:
        verbose_name = _("Postfach")
        verbose_name_plural = _("Postfächer")

    def __str__(self) -> str:
        return self.address


class Folder(models.TextChoices):
    INBOX = "inbox", _("Posteingang")
    SENT = "sent", _("Gesendet")


class PortalMessage(models.Model):
    account = models.ForeignKey(PortalAccount, on_delete=models.CASCADE, related_name="messages")
    folder = models.CharField(
        _("Ordner"), max_length=10, choices=Folder.choices, default=Folder.INBOX
    )
    sender = models.CharField(_("Absender"), max_length=320)
    recipients = models.JSONField(_("Empfänger"), default=list)
    message_id = models.CharField(_("Message-ID"), max_length=998, blank=True, db_index=True)
    # Message-ID, content and recipient: a retried SMTP transaction finds its deposit.
    idempotency_key = models.CharField(max_length=64, unique=True)
    wrapped_key = models.BinaryField(editable=False)
    sealed_summary = models.BinaryField(editable=False)
    store = models.CharField(max_length=100, editable=False)  # the parts' name prefix in storage
    size = models.PositiveIntegerField(_("Größe (Bytes)"))
    attachments = models.PositiveIntegerField(_("Anhänge"), default=0)
    deposited = models.DateTimeField(_("eingestellt"), auto_now_add=True)
    expires = models.DateTimeField(_("wird gelöscht am"), db_index=True)
    read_at = models.DateTimeField(_("gelesen am"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("zurückgezogen am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Portal-Nachricht")
        verbose_name_plural = _("Portal-Nachrichten")
        ordering = ["-deposited", "-pk"]
        permissions = [("withdraw_portalmessage", _("Kann ungelesene Nachrichten zurückziehen"))]
        indexes = [
            models.Index(fields=["account", "folder", "-deposited", "-id"], name="mailbox_page"),
            # The unread count on every mailbox page counts only these rows.
            models.Index(
                fields=["account", "folder"],
                condition=models.Q(read_at__isnull=True, withdrawn_at__isnull=True),
                name="mailbox_unread",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} for {self.account.address}"

    @property
    def key_context(self) -> str:
        """What the wrapped data key is bound to: it opens for this message only."""
        return f"portal-message-key:{self.idempotency_key}"

    def part_context(self, part: str) -> str:
        return f"portal-message:{self.idempotency_key}:{part}"


class StoredContent(models.Model):
    """Sealed parts kept in the database (``siegel.portal.storage.DatabaseStorage``)."""

    name = models.CharField(max_length=255, unique=True)
    data = models.BinaryField()
    stored = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name
