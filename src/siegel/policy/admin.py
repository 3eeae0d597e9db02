"""Staff manage partner domains, consents and opt-outs here; every change is audited."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from siegel.audit.services import record
from siegel.policy.models import Consent, PartnerDomain, ReactivePermission


def actor(request: HttpRequest) -> str:
    return f"user:{request.user.pk}"


class AuditedAdmin(admin.ModelAdmin):
    """Records every save and delete made in the admin."""

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        label = self.model._meta.model_name
        details = {field: str(form.cleaned_data.get(field)) for field in form.changed_data}
        record(
            actor(request),
            f"policy.{label}.{'change' if change else 'add'}",
            f"{label}:{obj.pk}",
            details,
        )

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        label, pk = self.model._meta.model_name, obj.pk
        super().delete_model(request, obj)
        record(actor(request), f"policy.{label}.delete", f"{label}:{pk}", {"was": str(obj)})


@admin.register(PartnerDomain)
class PartnerDomainAdmin(AuditedAdmin):
    list_display = ["domain", "tls", "preset", "note"]
    list_filter = ["tls", "preset"]
    search_fields = ["domain"]


@admin.register(Consent)
class ConsentAdmin(AuditedAdmin):
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
    readonly_fields = ["recorded_by", "created"]

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if not change:
            obj.recorded_by = actor(request)
        obj.address = obj.address.strip().lower()
        super().save_model(request, obj, form, change)


@admin.register(ReactivePermission)
class ReactivePermissionAdmin(AuditedAdmin):
    list_display = ["address", "first_contact", "last_contact", "source", "opted_out_at"]
    search_fields = ["address"]
    readonly_fields = ["first_contact", "last_contact", "source", "opted_out_by"]
