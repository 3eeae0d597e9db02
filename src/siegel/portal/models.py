"""The portal mailbox: accounts and the messages deposited for them.

A message's content is sealed under the master key (bound to its row by the
seal context), so a database dump alone reveals no mail.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class PortalAccount(models.Model):
    """Created when the first message is deposited for an address (or by staff)."""

    address = models.CharField(_("E-Mail-Adresse"), max_length=320, unique=True)
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)

    class Meta:
        verbose_name = _("Portal-Konto")
        verbose_name_plural = _("Portal-Konten")

    def __str__(self) -> str:
        return self.address


class PortalMessage(models.Model):
    account = models.ForeignKey(PortalAccount, on_delete=models.CASCADE, related_name="messages")
    sender = models.CharField(_("Absender"), max_length=320)
    # Message-ID + recipient: a retried SMTP transaction finds its deposit and adds none.
    idempotency_key = models.CharField(max_length=64, unique=True)
    sealed_content = models.BinaryField(editable=False)
    size = models.PositiveIntegerField(_("Größe (Bytes)"))
    deposited = models.DateTimeField(_("eingestellt"), auto_now_add=True)
    expires = models.DateTimeField(_("wird gelöscht am"), db_index=True)
    read_at = models.DateTimeField(_("gelesen am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Portal-Nachricht")
        verbose_name_plural = _("Portal-Nachrichten")
        ordering = ["-deposited"]

    def __str__(self) -> str:
        return f"#{self.pk} for {self.account.address}"

    @property
    def seal_context(self) -> str:
        return f"portal-message:{self.idempotency_key}"
