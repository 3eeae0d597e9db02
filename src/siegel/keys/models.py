"""Keys and certificates: the insurer's own, its partners', and the trust anchors.

Private keys exist only sealed under the master key (``sealed_private_key``);
nothing here holds them in clear, and ``__str__``/``repr`` never show them.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class KeyKind(models.TextChoices):
    SMIME_PERSONAL = "smime-personal", _("S/MIME persönlich")
    SMIME_DOMAIN = "smime-domain", _("S/MIME Domäne")
    PGP = "pgp", _("OpenPGP")


class KeyStatus(models.TextChoices):
    VALID = "valid", _("gültig")
    UNTRUSTED = "untrusted", _("nicht vertrauenswürdig")
    EXPIRED = "expired", _("abgelaufen")
    NOT_YET_VALID = "not-yet-valid", _("noch nicht gültig")
    REVOKED = "revoked", _("widerrufen")
    NOT_FOR_EMAIL = "not-for-email", _("nicht für E-Mail")
    ADDRESS_MISMATCH = "address-mismatch", _("andere Adresse")
    WEAK = "weak", _("schwacher Algorithmus")
    UNKNOWN = "unknown", _("ungeprüft")


class KeySource(models.TextChoices):
    HARVESTED = "harvested", _("aus signierter E-Mail übernommen")
    COLLECT = "collect", _("über die Sammeladresse")
    IMPORTED = "imported", _("von Mitarbeitenden importiert")
    DIRECTORY = "directory", _("aus einem Verzeichnis")


class KeyBase(models.Model):
    """What own and partner keys share: the public part and its validity."""

    kind = models.CharField(_("Art"), max_length=20, choices=KeyKind.choices)
    # A personal key's address, or a domain key's domain (lower case, no "@").
    address = models.CharField(_("Adresse oder Domäne"), max_length=320, db_index=True)
    fingerprint = models.CharField(_("Fingerabdruck (SHA-256)"), max_length=64)
    public_data = models.BinaryField(_("Zertifikat oder öffentlicher Schlüssel"))
    subject = models.CharField(_("Inhaber"), max_length=500, blank=True)
    issuer = models.CharField(_("Aussteller"), max_length=500, blank=True)
    serial = models.CharField(_("Seriennummer"), max_length=100, blank=True)
    not_before = models.DateTimeField(_("gültig ab"), null=True)
    not_after = models.DateTimeField(_("gültig bis"), null=True, db_index=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=KeyStatus.choices, default=KeyStatus.UNKNOWN
    )
    status_reason = models.CharField(_("Begründung"), max_length=500, blank=True)
    validated_at = models.DateTimeField(_("geprüft am"), null=True)
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.address} ({self.fingerprint[:16]})"


class OwnKey(KeyBase):
    """A key of the insurer: an employee's certificate or a domain certificate, with its private key."""

    sealed_private_key = models.BinaryField(editable=False)
    master_key_id = models.CharField(max_length=16, editable=False)
    chain = models.BinaryField(_("Zertifikatskette (PEM)"), default=b"")
    active = models.BooleanField(_("aktiv"), default=True)
    # The smallest advance-notice threshold (30/14/3 days) already reported, so a
    # notice goes out once per threshold however often the task runs.
    expiry_notice_days = models.PositiveSmallIntegerField(null=True, editable=False)

    class Meta:
        verbose_name = _("eigener Schlüssel")
        verbose_name_plural = _("eigene Schlüssel")
        constraints = [models.UniqueConstraint(fields=["fingerprint"], name="ownkey_fingerprint")]

    def __repr__(self) -> str:
        return f"<OwnKey {self.pk} {self.kind} {self.address} {self.fingerprint[:16]}>"

    @property
    def seal_context(self) -> str:
        """Binds the sealed private key to this certificate (see siegel.core.keyring)."""
        return f"own-key:{self.fingerprint}"


class PartnerKey(KeyBase):
    """A certificate or OpenPGP key of an outside party, with where it came from."""

    source = models.CharField(_("Herkunft"), max_length=20, choices=KeySource.choices)
    capabilities = models.JSONField(_("angebotene Verfahren"), default=list, blank=True)
    first_seen = models.DateTimeField(_("zuerst gesehen"), auto_now_add=True)
    last_seen = models.DateTimeField(_("zuletzt gesehen"), auto_now_add=True)
    superseded_by = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
        verbose_name=_("ersetzt durch"),
    )

    class Meta:
        verbose_name = _("Partnerzertifikat")
        verbose_name_plural = _("Partnerzertifikate")
        constraints = [
            models.UniqueConstraint(fields=["fingerprint", "address"], name="partnerkey_fp_address")
        ]


class TrustAnchor(models.Model):
    """A CA the installation accepts for S/MIME. Siegel ships none: the installation decides."""

    fingerprint = models.CharField(_("Fingerabdruck (SHA-256)"), max_length=64, unique=True)
    subject = models.CharField(_("Name"), max_length=500)
    certificate = models.BinaryField(_("Zertifikat (DER)"))
    not_after = models.DateTimeField(_("gültig bis"))
    enabled = models.BooleanField(_("aktiv"), default=True)
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)

    class Meta:
        verbose_name = _("Vertrauensanker")
        verbose_name_plural = _("Vertrauensanker")
        ordering = ["subject"]

    def __str__(self) -> str:
        return self.subject


class RevocationData(models.Model):
    """A cached CRL (or OCSP response) by its URL, refreshed by a periodic task."""

    url = models.CharField(max_length=1000, unique=True)
    data = models.BinaryField()
    fetched_at = models.DateTimeField()
    next_update = models.DateTimeField(null=True)

    class Meta:
        verbose_name = _("Sperrinformation")
        verbose_name_plural = _("Sperrinformationen")

    def __str__(self) -> str:
        return self.url
