"""Partner firms (Vertragspartner), their users, and the broker post deposited for them.

A firm user is a portal :class:`~siegel.accounts.models.Account` with one live
:class:`Membership`: same sign-in, lockout, idle logout, reset and second factor
as every portal account, plus a role in the firm. Whether a user may see
customer or contract data (portfolio rights) follows from the role only.

A shipment's documents are sealed like portal message parts (ADR 0016): one
random data key per shipment, wrapped by the master key (``wrapped_key``), each
document sealed in pieces under it behind ``STORAGES["portal"]``. The row keeps
the metadata the firm filters by (category, customer, policy number, dates) and
an administrator may see; deleting the row and its key makes every stored copy
of the documents unreadable.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from siegel.accounts.models import Account


class FirmState(models.TextChoices):
    ACTIVE = "active", _("aktiv")
    LOCKED = "locked", _("gesperrt")


class Firm(models.Model):
    """A broker's company: it has several users and receives broker post."""

    name = models.CharField(_("Name"), max_length=200)
    registration_number = models.CharField(
        _("Vermittlernummer"),
        max_length=50,
        unique=True,
        help_text=_("Registernummer oder Vermittlernummer beim Versicherer"),
    )
    state = models.CharField(
        _("Status"), max_length=10, choices=FirmState.choices, default=FirmState.ACTIVE
    )
    second_factor_required = models.BooleanField(
        _("Zweiter Faktor verpflichtend"),
        default=False,
        help_text=_("Alle Benutzer der Firma müssen sich mit einem zweiten Faktor anmelden."),
    )
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)

    class Meta:
        verbose_name = _("Partnerfirma")
        verbose_name_plural = _("Partnerfirmen")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.registration_number})"

    @property
    def is_active(self) -> bool:
        return self.state == FirmState.ACTIVE


class Role(models.TextChoices):
    FIRM_ADMIN = "firm_admin", _("Makleradministrator")
    PORTFOLIO = "portfolio", _("Benutzer mit Bestandsrechten")
    BASIC = "basic", _("Benutzer ohne Bestandsrechte")


# The firm administrator manages users and, being the firm's own person of trust, sees its data.
PORTFOLIO_ROLES = frozenset({Role.FIRM_ADMIN, Role.PORTFOLIO})


class MembershipState(models.TextChoices):
    ACTIVE = "active", _("aktiv")
    LOCKED = "locked", _("gesperrt")
    REMOVED = "removed", _("entfernt")


class Membership(models.Model):
    """A portal account's place in one firm: its role and whether it may act there."""

    firm = models.ForeignKey(Firm, on_delete=models.PROTECT, related_name="memberships")
    account = models.ForeignKey(Account, on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField(_("Rolle"), max_length=12, choices=Role.choices, default=Role.BASIC)
    state = models.CharField(
        _("Status"),
        max_length=10,
        choices=MembershipState.choices,
        default=MembershipState.ACTIVE,
    )
    created = models.DateTimeField(_("angelegt"), auto_now_add=True)
    changed = models.DateTimeField(_("geändert"), auto_now=True)

    class Meta:
        verbose_name = _("Firmenbenutzer")
        verbose_name_plural = _("Firmenbenutzer")
        ordering = ["firm", "account__address"]
        constraints = [
            # A person belongs to one firm at a time; a removed membership stays as history.
            models.UniqueConstraint(
                fields=["account"],
                condition=~Q(state="removed"),
                name="partners_one_firm_per_account",
            )
        ]

    def __str__(self) -> str:
        return f"{self.account_id} in {self.firm_id} ({self.role})"

    @property
    def is_active(self) -> bool:
        return self.state == MembershipState.ACTIVE

    @property
    def is_firm_admin(self) -> bool:
        return self.role == Role.FIRM_ADMIN

    @property
    def has_portfolio_rights(self) -> bool:
        return self.role in PORTFOLIO_ROLES


class Category(models.TextChoices):
    """BiPRO business-event codes (Geschäftsvorfall) of broker post, as the 430 norm numbers them."""

    APPLICATION = "100", _("Antrag")
    CONTRACT = "120", _("Vertrag")
    COLLECTION = "140", _("Inkasso")
    CLAIM = "150", _("Schaden")
    COMMISSION = "170", _("Provision")


class ShipmentState(models.TextChoices):
    NEW = "new", _("neu")
    FETCHED = "fetched", _("abgerufen")
    ACKNOWLEDGED = "acknowledged", _("quittiert")


class Shipment(models.Model):
    """One delivery of broker post (BiPRO "Lieferung") to a firm: metadata and sealed documents."""

    firm = models.ForeignKey(Firm, on_delete=models.CASCADE, related_name="shipments")
    category = models.CharField(_("Kategorie"), max_length=3, choices=Category.choices)
    customer_name = models.CharField(_("Kunde"), max_length=200, blank=True)
    policy_number = models.CharField(_("Vertragsnummer"), max_length=100, blank=True)
    document_date = models.DateField(_("Dokumentdatum"), null=True, blank=True)
    subject = models.CharField(_("Betreff"), max_length=300, blank=True)
    state = models.CharField(
        _("Status"), max_length=12, choices=ShipmentState.choices, default=ShipmentState.NEW
    )
    # The firm and the depositor's key, hashed: a retried deposit finds the first one.
    idempotency_key = models.CharField(max_length=64, unique=True, editable=False)
    # What was deposited under that key: the same key with other content is refused.
    content_digest = models.CharField(max_length=64, editable=False)
    store = models.CharField(max_length=32, unique=True, editable=False)
    wrapped_key = models.BinaryField(editable=False)
    deposited_at = models.DateTimeField(_("eingestellt"), db_index=True)
    expires_at = models.DateTimeField(_("verfügbar bis"), db_index=True)
    warned_at = models.DateTimeField(_("Ablaufwarnung am"), null=True, blank=True)
    fetched_at = models.DateTimeField(_("abgerufen am"), null=True, blank=True)
    acknowledged_at = models.DateTimeField(_("quittiert am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Lieferung")
        verbose_name_plural = _("Lieferungen")
        ordering = ["-deposited_at", "-pk"]
        indexes = [
            models.Index(fields=["firm", "-deposited_at", "-id"], name="shipment_page"),
            models.Index(fields=["firm", "state", "-deposited_at"], name="shipment_state"),
        ]

    def __str__(self) -> str:
        return f"Lieferung {self.pk} für {self.firm_id}"

    @property
    def key_context(self) -> str:
        """What the wrapped data key is bound to: it opens for this shipment only."""
        return f"partners-shipment-key:{self.store}"

    def document_context(self, number: int) -> str:
        return f"partners-shipment:{self.store}:{number}"

    def document_name(self, number: int) -> str:
        """The document's name in the content storage."""
        return f"shipments/{self.store}/{number}"


class ShipmentDocument(models.Model):
    """One document of a shipment; its content lies sealed in the content storage."""

    shipment = models.ForeignKey(Shipment, on_delete=models.CASCADE, related_name="documents")
    number = models.PositiveSmallIntegerField()
    name = models.CharField(_("Dateiname"), max_length=255)
    content_type = models.CharField(_("Inhaltstyp"), max_length=100)
    size = models.PositiveBigIntegerField(_("Größe (Bytes)"))

    class Meta:
        verbose_name = _("Dokument")
        verbose_name_plural = _("Dokumente")
        ordering = ["shipment", "number"]
        constraints = [
            models.UniqueConstraint(fields=["shipment", "number"], name="partners_document_number")
        ]

    def __str__(self) -> str:
        return self.name
