"""Staff manage firms (create with a first administrator, lock, second factor) and see metadata.

Webhooks: staff see each firm's and every delivery with its attempts, and switch
a webhook off or on; the signing secret is the firm's and never shown here.

Single sign-on: staff set up each firm's OpenID Connect provider. The client
secret is write-only: typed once, sealed, never shown again; left empty on a
change, the sealed one stays.

Every change goes through :mod:`siegel.partners.services`, so it is audited and
mails leave through the outbox. Staff never see a document's content: shipments
show their metadata only, and nothing here opens a sealed document.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from siegel.infra import reachable
from siegel.partners import selectors, services, sign_on, webhooks
from siegel.partners.errors import PartnerError
from siegel.partners.models import Firm, FirmState, Membership, Shipment
from siegel.partners.sign_on_models import FirmSignOn, SignOnLink
from siegel.partners.webhook_models import Webhook, WebhookAttempt, WebhookDelivery


def _actor(request: HttpRequest) -> str:
    return f"user:{request.user.pk}"


class NewFirmForm(forms.ModelForm):
    """The firm and its first administrator, who gets a first-password link by mail."""

    admin_address = forms.EmailField(label=_("E-Mail-Adresse des Makleradministrators"))
    admin_name = forms.CharField(label=_("Name des Makleradministrators"), required=False)

    class Meta:
        model = Firm
        fields = ["name", "registration_number", "second_factor_required"]

    def clean_admin_address(self) -> str:
        address = str(self.cleaned_data["admin_address"]).strip().lower()
        if selectors.address_in_a_firm(address):
            raise forms.ValidationError(_("Diese E-Mail-Adresse gehört schon zu einer Firma."))
        return address


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    fields = readonly_fields = ("account", "role", "state", "created", "changed")
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Firm)
class FirmAdmin(admin.ModelAdmin):
    list_display = ["name", "registration_number", "state", "second_factor_required", "created"]
    list_filter = ["state", "second_factor_required"]
    search_fields = ["name", "registration_number"]
    actions = ["lock", "unlock", "require_second_factor", "drop_second_factor"]

    def get_inlines(self, request: HttpRequest, obj: Any = None) -> Any:
        return [MembershipInline] if obj is not None else []

    def get_form(
        self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any
    ) -> Any:
        if obj is None:
            kwargs["form"] = NewFirmForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return [
                "name",
                "registration_number",
                "second_factor_required",
                "admin_address",
                "admin_name",
            ]
        return ["name", "registration_number", "state", "second_factor_required", "created"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return []
        return ["name", "registration_number", "state", "second_factor_required", "created"]

    def save_model(self, request: HttpRequest, obj: Firm, form: Any, change: bool) -> None:
        if change:
            return  # nothing is edited in place; the actions change a firm
        try:
            created = services.create_firm(
                name=form.cleaned_data["name"],
                registration_number=form.cleaned_data["registration_number"],
                admin_address=form.cleaned_data["admin_address"],
                admin_name=form.cleaned_data["admin_name"],
                second_factor_required=form.cleaned_data["second_factor_required"],
                actor=_actor(request),
            )
        except PartnerError as refusal:  # a race with the form's checks: say so, change nothing
            messages.error(request, str(refusal))
            raise
        obj.pk = created.firm.pk
        obj.created = created.firm.created

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        return None  # memberships change only through the services

    @admin.action(description=_("Ausgewählte Firmen sperren"), permissions=["change"])
    def lock(self, request: HttpRequest, queryset: QuerySet[Firm]) -> None:
        for firm in queryset:
            services.set_firm_state(firm, FirmState.LOCKED, actor=_actor(request))

    @admin.action(description=_("Ausgewählte Firmen entsperren"), permissions=["change"])
    def unlock(self, request: HttpRequest, queryset: QuerySet[Firm]) -> None:
        for firm in queryset:
            services.set_firm_state(firm, FirmState.ACTIVE, actor=_actor(request))

    @admin.action(description=_("Zweiten Faktor verpflichtend machen"), permissions=["change"])
    def require_second_factor(self, request: HttpRequest, queryset: QuerySet[Firm]) -> None:
        for firm in queryset:
            services.set_second_factor_required(firm, True, actor=_actor(request))

    @admin.action(description=_("Zweiten Faktor freistellen"), permissions=["change"])
    def drop_second_factor(self, request: HttpRequest, queryset: QuerySet[Firm]) -> None:
        for firm in queryset:
            services.set_second_factor_required(firm, False, actor=_actor(request))

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


SHIPMENT_METADATA = (
    "firm",
    "category",
    "customer_name",
    "policy_number",
    "document_date",
    "subject",
    "state",
    "deposited_at",
    "expires_at",
    "warned_at",
    "fetched_at",
    "acknowledged_at",
)


@admin.register(Shipment)
class ShipmentAdmin(admin.ModelAdmin):
    """Metadata of broker post: what was deposited for whom and what became of it. No content."""

    list_display = ["pk", "firm", "category", "state", "deposited_at", "expires_at"]
    list_filter = ["category", "state"]
    search_fields = ["firm__name", "firm__registration_number", "policy_number"]
    fields = readonly_fields = SHIPMENT_METADATA

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


# --- webhooks ---------------------------------------------------------------------------------


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    """Firms' webhooks: staff see them and switch them off or on; the secret is never shown.

    The firm administrator sets the URL and gets the secret (``/postfach/firma/webhook/``).
    """

    list_display = ["firm", "url", "active", "secret_hint", "secret_created", "changed"]
    list_filter = ["active"]
    search_fields = ["firm__name", "firm__registration_number", "url"]
    fields = readonly_fields = (
        "firm",
        "url",
        "active",
        "secret_hint",
        "secret_created",
        "created",
        "changed",
        "changed_by",
    )
    actions = ["switch_off", "switch_on"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def save_model(self, request: HttpRequest, obj: Webhook, form: Any, change: bool) -> None:
        return None  # nothing is edited in place; the actions change a webhook

    @admin.action(description=_("Ausgewählte Webhooks ausschalten"), permissions=["change"])
    def switch_off(self, request: HttpRequest, queryset: QuerySet[Webhook]) -> None:
        for hook in queryset:
            webhooks.switch_webhook(hook, False, actor=_actor(request))

    @admin.action(description=_("Ausgewählte Webhooks einschalten"), permissions=["change"])
    def switch_on(self, request: HttpRequest, queryset: QuerySet[Webhook]) -> None:
        for hook in queryset:
            webhooks.switch_webhook(hook, True, actor=_actor(request))


class WebhookAttemptInline(admin.TabularInline):
    model = WebhookAttempt
    extra = 0
    can_delete = False
    fields = readonly_fields = ("number", "at", "url", "status", "error", "outcome", "duration_ms")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    """Every event queued for a webhook and each of its attempts (read only; the body has no content)."""

    list_display = [
        "event_id",
        "webhook",
        "event_type",
        "shipment_id",
        "state",
        "attempts",
        "created",
        "finished_at",
        "last_status",
        "last_error",
    ]
    list_filter = ["state", "event_type"]
    search_fields = ["event_id", "webhook__firm__name", "webhook__firm__registration_number"]
    list_select_related = ["webhook__firm"]
    fields = readonly_fields = (
        "webhook",
        "event_id",
        "event_type",
        "shipment_id",
        "body",
        "state",
        "created",
        "next_attempt",
        "attempts",
        "finished_at",
        "last_status",
        "last_error",
    )
    inlines = [WebhookAttemptInline]
    actions = ["resend"]

    @admin.action(description=_("Ausgewählte Meldungen erneut senden"), permissions=["resend"])
    def resend(self, request: HttpRequest, queryset: QuerySet[WebhookDelivery]) -> None:
        sent = 0
        for delivery in queryset.select_related("webhook"):
            try:
                webhooks.resend(delivery, actor=_actor(request))
            except PartnerError:
                continue
            sent += 1
        skipped = len(queryset) - sent
        messages.info(
            request,
            _(
                "%(sent)d Meldungen werden erneut gesendet, %(skipped)d übersprungen "
                "(noch in Zustellung oder Webhook ausgeschaltet)."
            )
            % {"sent": sent, "skipped": skipped},
        )

    def has_resend_permission(self, request: HttpRequest) -> bool:
        """Sending an event again changes the webhook's state: who may change webhooks."""
        return request.user.has_perm("partners.change_webhook")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


# --- single sign-on ---------------------------------------------------------------------------


def _provider_url(value: object) -> str:
    """An address of the provider, parsed: https, or http to a loopback address the
    installation allows (``SIEGEL_SSO_ALLOWED_NETWORKS``). Checked again at every use."""
    url = str(value).strip()
    if not url:
        return url
    try:
        place = reachable.place_of(url)
    except ValueError as broken:
        raise forms.ValidationError(_("Das ist keine gültige https-Adresse.")) from broken
    if place.scheme != "https" and not _allowed_loopback(place.host):
        raise forms.ValidationError(_("Die Adresse muss mit https:// beginnen."))
    return url


def _allowed_loopback(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False  # a name: what it resolves to is not known here
    allowed = reachable.networks(
        settings.SIEGEL_SSO_ALLOWED_NETWORKS, "SIEGEL_SSO_ALLOWED_NETWORKS"
    )
    return address.is_loopback and any(address in network for network in allowed)


class SignOnForm(forms.ModelForm):
    """A firm's provider; the secret is asked for, never shown (empty on a change: kept)."""

    secret = forms.CharField(
        label=_("Client-Secret"),
        required=False,
        strip=True,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=_(
            "Wird verschlüsselt gespeichert und nie wieder angezeigt; leer lassen, um es zu behalten."
        ),
    )

    class Meta:
        model = FirmSignOn
        fields = [
            "firm",
            "slug",
            "enabled",
            "issuer",
            "client_id",
            "allowed_domains",
            "authorization_endpoint",
            "token_endpoint",
            "jwks_uri",
        ]

    def clean_slug(self) -> str:
        return str(self.cleaned_data["slug"]).lower()

    def clean_issuer(self) -> str:
        return _provider_url(self.cleaned_data["issuer"])

    def clean_authorization_endpoint(self) -> str:
        return _provider_url(self.cleaned_data["authorization_endpoint"])

    def clean_token_endpoint(self) -> str:
        return _provider_url(self.cleaned_data["token_endpoint"])

    def clean_jwks_uri(self) -> str:
        return _provider_url(self.cleaned_data["jwks_uri"])

    def clean_allowed_domains(self) -> str:
        domains = [d.strip().lower() for d in self.cleaned_data["allowed_domains"].split(",")]
        if not any(domains) or any(" " in d or "@" in d for d in domains):
            raise forms.ValidationError(_("Mindestens eine Domain, durch Kommas getrennt."))
        return ", ".join(d for d in domains if d)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.instance.pk is None and not cleaned.get("secret"):
            self.add_error("secret", _("Für einen neuen Firmen-Login ist das Client-Secret nötig."))
        given = [cleaned.get(n) for n in ("authorization_endpoint", "token_endpoint", "jwks_uri")]
        if any(given) and not all(given):
            raise forms.ValidationError(
                _(
                    "Endpunkte entweder alle drei eintragen oder keinen (dann gilt das Discovery-Dokument)."
                )
            )
        return cleaned


@admin.register(FirmSignOn)
class FirmSignOnAdmin(admin.ModelAdmin):
    """Each firm's single sign-on over OpenID Connect; changes go through ``sign_on.configure``."""

    form = SignOnForm
    list_display = ["firm", "slug", "enabled", "issuer", "client_id", "changed"]
    list_filter = ["enabled"]
    search_fields = ["firm__name", "firm__registration_number", "slug", "issuer"]
    readonly_fields = ["return_address", "created", "changed", "changed_by"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return [*self.readonly_fields, "firm"] if obj is not None else self.readonly_fields

    @admin.display(description=_("Redirect-URI beim Anbieter"))
    def return_address(self, obj: FirmSignOn) -> str:
        """What staff register at the firm's provider: the firm's own return address."""
        if obj.pk is None:
            return "–"
        path = reverse("partners:sign_on_return", args=[obj.slug])
        return settings.SIEGEL_PORTAL_URL.rstrip("/") + path

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # switch it off instead: the links and the audit trail stay

    def save_model(self, request: HttpRequest, obj: FirmSignOn, form: Any, change: bool) -> None:
        data = form.cleaned_data
        saved = sign_on.configure(
            obj.firm,
            sign_on.Settings(
                slug=data["slug"],
                issuer=data["issuer"],
                client_id=data["client_id"],
                allowed_domains=data["allowed_domains"],
                enabled=data["enabled"],
                secret=data.get("secret") or None,
                authorization_endpoint=data["authorization_endpoint"],
                token_endpoint=data["token_endpoint"],
                jwks_uri=data["jwks_uri"],
            ),
            actor=_actor(request),
        )
        obj.pk, obj.created, obj.changed = saved.pk, saved.created, saved.changed


@admin.register(SignOnLink)
class SignOnLinkAdmin(admin.ModelAdmin):
    """Which provider subject signs in as which firm user (read only)."""

    list_display = ["membership", "sign_on", "subject", "created", "last_used"]
    search_fields = ["subject", "membership__account__address", "sign_on__slug"]
    list_select_related = ["membership__account", "sign_on"]
    fields = readonly_fields = ("sign_on", "membership", "subject", "created", "last_used")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
