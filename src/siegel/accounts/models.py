"""Portal accounts: who may sign in to the portal, and the secrets that let them.

A portal user is a Django ``User`` (username = the address in lower case, never
staff) with one :class:`Account` beside it. Every secret here is stored hashed:
the security answer with Django's password hasher, one-time passwords and reset
links as keyed digests (:mod:`siegel.accounts.tokens`).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device


class AccountStatus(models.TextChoices):
    INVITED = "invited", _("eingeladen")
    ACTIVE = "active", _("aktiv")
    DISABLED = "disabled", _("gesperrt (deaktiviert)")


class Language(models.TextChoices):
    GERMAN = "de", _("Deutsch")
    ENGLISH = "en", _("Englisch")


class Account(models.Model):
    """A person's portal account, created with the first deposit for the address (or by staff)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="portal_account"
    )
    address = models.CharField(_("E-Mail-Adresse"), max_length=320, unique=True)
    display_name = models.CharField(_("Name"), max_length=150, blank=True)
    language = models.CharField(
        _("Sprache"), max_length=2, choices=Language.choices, default=Language.GERMAN
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=AccountStatus.choices, default=AccountStatus.INVITED
    )
    security_question = models.CharField(_("Sicherheitsfrage"), max_length=200, blank=True)
    security_answer_hash = models.CharField(max_length=200, blank=True, editable=False)
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)
    registered = models.DateTimeField(_("registriert"), null=True, blank=True)
    updated = models.DateTimeField(_("geändert"), auto_now=True)

    class Meta:
        verbose_name = _("Portal-Konto")
        verbose_name_plural = _("Portal-Konten")
        ordering = ["address"]

    def __str__(self) -> str:
        return self.address

    @property
    def is_active(self) -> bool:
        return self.status == AccountStatus.ACTIVE


class TokenPurpose(models.TextChoices):
    ONE_TIME_PASSWORD = "otp", _("Einmal-Passwort")
    PASSWORD_RESET = "reset", _("Link zum neuen Passwort")


class AccountToken(models.Model):
    """One issued one-time password or reset link: only its keyed digest is kept."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="tokens")
    purpose = models.CharField(max_length=5, choices=TokenPurpose.choices)
    digest = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(auto_now_add=True)
    expires = models.DateTimeField()
    used = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["account", "purpose"])]

    def __str__(self) -> str:
        return f"{self.purpose} for {self.account_id}"


class Passkey(Device):
    """A WebAuthn credential (passkey) registered as a second factor.

    A django-otp device, so that signing in with it marks the session verified
    exactly like a TOTP code does. It verifies no typed tokens.
    """

    credential_id = models.CharField(max_length=1400, unique=True)  # base64url
    public_key = models.BinaryField()
    sign_count = models.PositiveBigIntegerField(default=0)
    created = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(null=True, blank=True)

    class Meta(Device.Meta):
        verbose_name = _("Passkey")
        verbose_name_plural = _("Passkeys")
