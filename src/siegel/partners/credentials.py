"""How broker software proves who it is: API tokens and client certificates of firm users.

Both belong to one :class:`~siegel.partners.models.Membership`, not to the account:
a user removed and added again gets a new membership, and the old credentials stay
dead. Neither grants anything by itself — every request still goes through
:func:`siegel.partners.selectors.membership_of` and ``visible_shipments``, so a
locked or removed user, or a locked firm, is refused with the very next call.

The models live in this module (loaded by ``PartnersConfig.ready``) so the
credentials can grow without touching the firm model.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from siegel.partners.models import Membership


class Scope(models.TextChoices):
    """What a credential may do; a request outside its scopes is answered 403."""

    SHIPMENTS_READ = "shipments:read", _("Lieferungen lesen")
    SHIPMENTS_ACKNOWLEDGE = "shipments:acknowledge", _("Lieferungen quittieren")


# What an API token may be given: the API scopes.
ALL_SCOPES = frozenset(Scope.values)

# Not an API scope: a client certificate with it also signs its user in to the portal
# pages (siegel.partners.sign_in). Only the user themselves grants it (ADR 0023), and a
# mapping without it opens the API only, as every mapping did before it existed.
PORTAL_SIGN_IN = "portal:sign-in"
# What a client certificate may be given.
CERTIFICATE_SCOPES = ALL_SCOPES | {PORTAL_SIGN_IN}
CERTIFICATE_SCOPE_CHOICES = [*Scope.choices, (PORTAL_SIGN_IN, _("Im Portal anmelden"))]


class ApiToken(models.Model):
    """A bearer token of one firm user; only the SHA-256 of the secret is kept.

    The secret has 256 bits of randomness, so a plain hash suffices (no slow
    password hash): nobody can guess it, and the lookup by digest is one index hit.
    """

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("Bezeichnung"), max_length=100)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    # The secret's first characters, so a user can tell tokens apart in a list.
    hint = models.CharField(max_length=16, editable=False)
    scopes = models.CharField(max_length=200)
    created = models.DateTimeField(auto_now_add=True)
    created_by = models.CharField(max_length=100)
    expires_at = models.DateTimeField(_("gültig bis"))
    revoked_at = models.DateTimeField(_("widerrufen am"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("zuletzt benutzt"), null=True, blank=True)

    class Meta:
        app_label = "partners"
        verbose_name = _("API-Token")
        verbose_name_plural = _("API-Tokens")
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.hint}…)"

    @property
    def scope_set(self) -> frozenset[str]:
        return frozenset(self.scopes.split())


class ClientCertificate(models.Model):
    """A TLS client certificate mapped to one firm user, known by its SHA-256 fingerprint.

    The reverse proxy verifies the chain; Siegel checks that the certificate is
    mapped, not revoked here and within its validity period.
    """

    membership = models.ForeignKey(
        Membership, on_delete=models.CASCADE, related_name="client_certificates"
    )
    fingerprint = models.CharField(max_length=64, unique=True)
    subject = models.CharField(max_length=500)
    not_after = models.DateTimeField()
    scopes = models.CharField(max_length=200)
    created = models.DateTimeField(auto_now_add=True)
    created_by = models.CharField(max_length=100)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "partners"
        verbose_name = _("Client-Zertifikat")
        verbose_name_plural = _("Client-Zertifikate")
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return self.subject

    @property
    def scope_set(self) -> frozenset[str]:
        return frozenset(self.scopes.split())
