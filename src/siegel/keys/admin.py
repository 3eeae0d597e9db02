"""Key administration for staff (German UI). Private keys are never shown or editable."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from siegel.keys import selectors, services
from siegel.keys.models import OwnKey, PartnerKey, TrustAnchor

READ_ONLY_KEY_FIELDS: tuple[str, ...] = (
    "kind",
    "address",
    "fingerprint",
    "subject",
    "issuer",
    "serial",
    "not_before",
    "not_after",
    "status",
    "status_reason",
    "validated_at",
    "created",
)


class ReadOnlyKeyAdmin(admin.ModelAdmin):
    """Keys change only through imports and the validation service (audited), not by hand."""

    list_filter = ["kind", "status"]
    search_fields = ["address", "fingerprint", "subject"]
    date_hierarchy = "not_after"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ExpiringFilter(admin.SimpleListFilter):
    """The expiring list: own certificates that run out within 3, 14 or 30 days."""

    title = _("läuft ab")
    parameter_name = "expiring"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [
            (str(days), _("in %(days)d Tagen") % {"days": days})
            for days in services.EXPIRY_NOTICE_DAYS
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if not self.value():
            return queryset
        return selectors.expiring_own_keys(dt.timedelta(days=int(self.value() or 0))).filter(
            pk__in=queryset.values("pk")
        )


@admin.register(OwnKey)
class OwnKeyAdmin(ReadOnlyKeyAdmin):
    list_display = ["address", "kind", "not_after", "active", "fingerprint_short"]
    list_filter = [ExpiringFilter, "kind"]
    readonly_fields = (*READ_ONLY_KEY_FIELDS, "active", "master_key_id")
    fields = readonly_fields

    @admin.display(description=_("Fingerabdruck"))
    def fingerprint_short(self, obj: OwnKey) -> str:
        return obj.fingerprint[:16]


@admin.register(PartnerKey)
class PartnerKeyAdmin(ReadOnlyKeyAdmin):
    list_display = [
        "address",
        "kind",
        "status",
        "source",
        "last_seen",
        "not_after",
        "superseded_by",
    ]
    list_filter = ["kind", "status", "source"]
    readonly_fields = (
        *READ_ONLY_KEY_FIELDS,
        "source",
        "capabilities",
        "first_seen",
        "last_seen",
        "superseded_by",
    )
    fields = readonly_fields


@admin.register(TrustAnchor)
class TrustAnchorAdmin(admin.ModelAdmin):
    list_display = ["subject", "enabled", "not_after", "fingerprint"]
    list_filter = ["enabled"]
    fields = ["subject", "fingerprint", "not_after", "enabled", "created"]
    readonly_fields = ["subject", "fingerprint", "not_after", "enabled", "created"]
    actions = ["enable", "disable"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return request.user.has_perm("keys.change_trustanchor") if obj is None else False

    @admin.action(description=_("Ausgewählte Vertrauensanker aktivieren"))
    def enable(self, request: HttpRequest, queryset: QuerySet[TrustAnchor]) -> None:
        self._set(request, queryset, True)

    @admin.action(description=_("Ausgewählte Vertrauensanker deaktivieren"))
    def disable(self, request: HttpRequest, queryset: QuerySet[TrustAnchor]) -> None:
        self._set(request, queryset, False)

    def _set(self, request: HttpRequest, queryset: QuerySet[TrustAnchor], enabled: bool) -> None:
        for anchor in queryset:
            services.set_anchor_enabled(anchor, enabled, actor=f"user:{request.user.pk}")
        self.message_user(
            request,
            _("%(count)d Vertrauensanker geändert.") % {"count": len(queryset)},
            messages.SUCCESS,
        )
