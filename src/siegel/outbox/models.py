"""Siegel's own mails (notifications, reports, answers) between their cause and the next hop.

A mail is written here in the same database transaction as what caused it (a
portal deposit, a refused recipient), so it exists exactly when its cause does;
it leaves after the commit, through the gateway's outbound path, retried until
it is at the next hop. Its ``key`` makes queueing and delivery idempotent.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class OwnMail(models.Model):
    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(_("Art"), max_length=40)
    sender = models.CharField(_("Absender"), max_length=320)
    recipients = models.JSONField(_("Empfänger"))
    # A portal user's letter: the address they signed in as (the gateway marks it).
    authenticated_sender = models.CharField(max_length=320, blank=True)
    # Sealed under the master key like portal content: a report names the subject of a mail.
    sealed_content = models.BinaryField(editable=False)
    queued_at = models.DateTimeField(_("eingereiht"), auto_now_add=True)
    next_attempt = models.DateTimeField(_("nächster Versuch"), db_index=True)
    attempts = models.PositiveIntegerField(_("Versuche"), default=0)
    sent_at = models.DateTimeField(_("versandt"), null=True, blank=True)
    given_up_at = models.DateTimeField(_("aufgegeben"), null=True, blank=True)
    last_error = models.TextField(_("letzter Fehler"), blank=True)

    class Meta:
        verbose_name = _("eigene Nachricht")
        verbose_name_plural = _("eigene Nachrichten")

    def __str__(self) -> str:
        return f"{self.kind} {self.key[:16]}"

    @property
    def seal_context(self) -> str:
        return f"own-mail:{self.key}"
