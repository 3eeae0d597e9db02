"""Staff manage partner domains, consents and opt-outs here, through the policy services.

Every change goes through :mod:`siegel.policy.services`, so the admin writes the
same audit events as the command line and the gateway. Consents are never
deleted: a consent is revoked and kept (who consented to what, and until when,
must stay provable); reactive permissions end with an opt-out, also kept.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from siegel.policy import services
from siegel.policy.models import Consent, PartnerDomain, ReactivePermission


def actor(request: HttpRequest) -> str:
    return f"user:{request.user.pk}"


@admin.register(PartnerDomain)
class PartnerDomainAdmin(admin.ModelAdmin):
    list_display = ["domain", "tls", "preset", "note"]
    list_filter = ["tls", "preset"]
    search_fields = ["domain"]
    fields = ["domain", "tls", "note"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return ["domain"] if obj is not None else []

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        saved = services.set_partner_domain(
            obj.domain, obj.tls, actor=actor(request), note=obj.note
        )
        obj.pk = saved.pk

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        services.remove_partner_domain(obj.domain, actor=actor(request))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[PartnerDomain]) -> None:
        for domain in queryset:
            services.remove_partner_domain(domain.domain, actor=actor(request))


CONSENT_FIELDS = ("address", "scope", "valid_from", "valid_until", "document_reference")


@admin.register(Consent)
class ConsentAdmin(admin.ModelAdmin):
    list_display = [
        "address",
        "scope",
        "valid_from",
        "valid_until",
        "revoked_at",
        "document_reference",
    ]
    list_filter = ["scope"]
    search_fields = ["address", "document_reference"]
    fields = CONSENT_FIELDS
    actions = ["revoke"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        # A recorded consent is evidence: it is revoked, never edited.
        if obj is not None:
            return [*CONSENT_FIELDS, "revoked_at", "recorded_by", "created"]
        return []

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if change:
            return
        recorded = services.record_consent(
            obj.address,
            document_reference=obj.document_reference,
            actor=actor(request),
            scope=obj.scope,
            valid_from=obj.valid_from,
            valid_until=obj.valid_until,
        )
        obj.pk = recorded.pk

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.action(description=_("Ausgewählte Einwilligungen widerrufen"))
    def revoke(self, request: HttpRequest, queryset: QuerySet[Consent]) -> None:
        revoked = 0
        for consent in queryset.filter(revoked_at__isnull=True):
            services.revoke_consent(consent, actor=actor(request))
            revoked += 1
        self.message_user(request, _("%d Einwilligung(en) widerrufen.") % revoked, messages.SUCCESS)


@admin.register(ReactivePermission)
class ReactivePermissionAdmin(admin.ModelAdmin):
    list_display = ["address", "first_contact", "last_contact", "source", "opted_out_at"]
    search_fields = ["address"]
    fields = ["address"]
    actions = ["opt_out"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        if obj is not None:
            return [
                "address",
                "first_contact",
                "last_contact",
                "source",
                "opted_out_at",
                "opted_out_by",
            ]
        return []

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if change:
            return
        obj.pk = services.grant_permission(obj.address, actor=actor(request)).pk

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.action(description=_("Widerspruch erfassen"))
    def opt_out(self, request: HttpRequest, queryset: QuerySet[ReactivePermission]) -> None:
        for permission in queryset.filter(opted_out_at__isnull=True):
            services.record_opt_out(permission.address, actor=actor(request))
        self.message_user(request, _("Widerspruch erfasst."), messages.SUCCESS)
