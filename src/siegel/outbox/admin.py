"""Staff see Siegel's own mails waiting or sent: metadata only, never the content."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from siegel.outbox.models import OwnMail

METADATA = (
    "kind",
    "sender",
    "recipients",
    "queued_at",
    "attempts",
    "next_attempt",
    "sent_at",
    "given_up_at",
    "last_error",
)


@admin.register(OwnMail)
class OwnMailAdmin(admin.ModelAdmin):
    list_display = ["kind", "recipients", "queued_at", "attempts", "next_attempt", "sent_at"]
    list_filter = ["kind"]
    fields = readonly_fields = METADATA

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
