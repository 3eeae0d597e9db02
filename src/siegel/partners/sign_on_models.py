"""A firm's single sign-on over OpenID Connect, and which provider identity is which firm user.

Each firm may name its own provider (its directory: Entra ID, Keycloak, Google
Workspace, …): issuer, client id and secret, the e-mail domains its users' addresses
are at. Nothing here is global, so two firms never share a client or a provider.

The client secret is sealed under the master key, bound to the firm
(``FirmSignOn.seal_context``), like a webhook's: Siegel needs it in clear to redeem
an authorisation code, and a copy of the database alone opens nothing.

A :class:`SignOnLink` ties the provider's subject (``sub``) to one membership after
the first sign-in, which matched the provider's e-mail address to an existing user of
the firm (ADR 0024). From then on the subject decides, not the address. Links belong
to the membership, like API credentials: a user removed and added again is linked
anew.

The models live in this module (loaded by ``PartnersConfig.ready``), like the API
credentials and the webhooks.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from siegel.partners.models import Firm, Membership


class FirmSignOn(models.Model):
    """One firm's OpenID Connect provider and Siegel's client there."""

    firm = models.OneToOneField(Firm, on_delete=models.CASCADE, related_name="sign_on")
    slug = models.SlugField(
        _("Kennung"),
        max_length=50,
        unique=True,
        help_text=_("Kurzname der Firma für den Firmen-Login, z. B. makler-a"),
    )
    enabled = models.BooleanField(_("eingeschaltet"), default=True)
    issuer = models.CharField(
        _("Aussteller (Issuer)"),
        max_length=500,
        help_text=_("Wie der Anbieter ihn nennt; daraus wird das Discovery-Dokument gelesen."),
    )
    authorization_endpoint = models.CharField(
        _("Authorization-Endpunkt"), max_length=500, blank=True
    )
    token_endpoint = models.CharField(_("Token-Endpunkt"), max_length=500, blank=True)
    jwks_uri = models.CharField(_("JWKS-Adresse"), max_length=500, blank=True)
    client_id = models.CharField(_("Client-ID"), max_length=255)
    sealed_secret = models.BinaryField(editable=False)
    allowed_domains = models.CharField(
        _("E-Mail-Domains"),
        max_length=500,
        help_text=_("Durch Kommas getrennt; nur Adressen dieser Domains werden zugeordnet."),
    )
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)
    changed = models.DateTimeField(_("geändert"), auto_now=True)
    changed_by = models.CharField(_("geändert von"), max_length=100)

    class Meta:
        app_label = "partners"
        verbose_name = _("Firmen-Login (OpenID Connect)")
        verbose_name_plural = _("Firmen-Logins (OpenID Connect)")
        ordering = ["firm__name", "pk"]

    def __str__(self) -> str:
        return f"Firmen-Login {self.slug}"

    @property
    def seal_context(self) -> str:
        """The sealed client secret opens for this firm's sign-on only."""
        return f"partners-sign-on-secret:{self.firm_id}"

    @property
    def domains(self) -> list[str]:
        return [d.strip().lower() for d in self.allowed_domains.split(",") if d.strip()]

    @property
    def endpoints_given(self) -> bool:
        """All three endpoints set by hand: no discovery document is read."""
        return bool(self.authorization_endpoint and self.token_endpoint and self.jwks_uri)


class SignOnLink(models.Model):
    """The provider's subject of one firm user, fixed at their first single sign-on."""

    sign_on = models.ForeignKey(FirmSignOn, on_delete=models.CASCADE, related_name="links")
    membership = models.OneToOneField(
        Membership, on_delete=models.CASCADE, related_name="sign_on_link"
    )
    subject = models.CharField(_("Subject (sub)"), max_length=255)
    created = models.DateTimeField(_("verknüpft am"), auto_now_add=True)
    last_used = models.DateTimeField(_("zuletzt angemeldet"), null=True, blank=True)

    class Meta:
        app_label = "partners"
        verbose_name = _("Firmen-Login-Verknüpfung")
        verbose_name_plural = _("Firmen-Login-Verknüpfungen")
        constraints = [
            models.UniqueConstraint(fields=["sign_on", "subject"], name="sign_on_one_subject")
        ]

    def __str__(self) -> str:
        return f"{self.subject} → {self.membership_id}"
