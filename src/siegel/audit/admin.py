"""Read-only view of the audit log for staff: nobody edits or deletes events here."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from siegel.audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin[AuditEvent]):
    list_display = ["seq", "timestamp", "actor", "action", "target"]
    list_filter = ["action"]
    search_fields = ["actor", "target", "action"]
    date_hierarchy = "timestamp"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
