"""What the method decision needs to know about recipients, kept by the insurer.

Partner domains with verified TLS, customers' consents to receive strictly
confidential mail over TLS, and reactive permissions (who wrote to us first).
Every change goes through :mod:`siegel.policy.services` and into the audit log.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class TlsLevel(models.TextChoices):
    VERIFIED = "verified", _("TLS erzwungen und Zertifikat geprüft")
    OPPORTUNISTIC = "opportunistic", _("TLS wenn angeboten")
    NONE = "none", _("kein TLS")


class PartnerDomain(models.Model):
    """A mail domain with a known TLS setting (partner agreement or provider list)."""

    domain = models.CharField(_("Domäne"), max_length=253, unique=True)
    tls = models.CharField(
        _("TLS"), max_length=20, choices=TlsLevel.choices, default=TlsLevel.VERIFIED
    )
    note = models.CharField(_("Notiz"), max_length=500, blank=True)
    preset = models.BooleanField(_("aus der mitgelieferten Liste"), default=False)
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)

    class Meta:
        verbose_name = _("Partnerdomäne")
        verbose_name_plural = _("Partnerdomänen")
        ordering = ["domain"]

    def __str__(self) -> str:
        return f"{self.domain} ({self.get_tls_display()})"


class ConsentScope(models.TextChoices):
    TLS_STRICTLY_CONFIDENTIAL = (
        "tls-strictly-confidential",
        _("streng vertrauliche Daten per TLS-E-Mail"),
    )


class Consent(models.Model):
    """A recorded consent (Kundeneinwilligung): who, to what, since when, on which document."""

    address = models.CharField(_("E-Mail-Adresse"), max_length=320, db_index=True)
    scope = models.CharField(_("Umfang"), max_length=50, choices=ConsentScope.choices)
    valid_from = models.DateTimeField(_("gültig ab"))
    valid_until = models.DateTimeField(_("gültig bis"), null=True, blank=True)
    document_reference = models.CharField(_("Dokument"), max_length=200)
    revoked_at = models.DateTimeField(_("widerrufen am"), null=True, blank=True)
    recorded_by = models.CharField(_("erfasst von"), max_length=200)
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)

    class Meta:
        verbose_name = _("Einwilligung")
        verbose_name_plural = _("Einwilligungen")
        ordering = ["address", "-valid_from"]

    def __str__(self) -> str:
        return f"{self.address}: {self.get_scope_display()}"


class ReactivePermission(models.Model):
    """An outside address that wrote to the insurer first, or was allowed by staff."""

    address = models.CharField(_("E-Mail-Adresse"), max_length=320, unique=True)
    first_contact = models.DateTimeField(_("erster Kontakt"))
    last_contact = models.DateTimeField(_("letzter Kontakt"))
    source = models.CharField(_("Herkunft"), max_length=50)
    opted_out_at = models.DateTimeField(_("Widerspruch am"), null=True, blank=True)
    opted_out_by = models.CharField(_("Widerspruch erfasst von"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("reaktive Erlaubnis")
        verbose_name_plural = _("reaktive Erlaubnisse")
        ordering = ["address"]

    def __str__(self) -> str:
        return self.address

    @property
    def active(self) -> bool:
        return self.opted_out_at is None
