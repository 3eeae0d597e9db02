"""Staff see mailboxes and message metadata — never content — and can withdraw unread messages."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from siegel.portal import services
from siegel.portal.models import PortalAccount, PortalMessage


def _actor(request: HttpRequest) -> str:
    return f"user:{request.user.pk}"


@admin.register(PortalAccount)
class MailboxAdmin(admin.ModelAdmin):
    list_display = ["address", "created", "message_count"]
    search_fields = ["address"]
    fields = readonly_fields = ("address", "created")

    def get_queryset(self, request: HttpRequest) -> QuerySet[PortalAccount]:
        return super().get_queryset(request).annotate(count=Count("messages"))

    @admin.display(description=_("Nachrichten"), ordering="count")
    def message_count(self, mailbox: Any) -> int:
        return int(mailbox.count)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


METADATA = (
    "account",
    "folder",
    "sender",
    "recipients",
    "message_id",
    "size",
    "attachments",
    "deposited",
    "expires",
    "withdrawn_at",
)


@admin.register(PortalMessage)
class MessageAdmin(admin.ModelAdmin):
    """Who, when, how large, read or not: what the sending employee may learn. Nothing inside."""

    list_filter = ["folder"]
    search_fields = ["account__address", "sender", "message_id"]
    actions = ["withdraw"]

    def get_list_display(self, request: HttpRequest) -> Any:
        shown = ["account", "folder", "sender", "deposited", "expires", "withdrawn_at"]
        return shown + (["read_at"] if settings.SIEGEL_PORTAL_READ_RECEIPTS else [])

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return list(METADATA) + (["read_at"] if settings.SIEGEL_PORTAL_READ_RECEIPTS else [])

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return self.get_fields(request, obj)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # messages go by retention or withdrawal, both audited

    def has_withdraw_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("portal.withdraw_portalmessage")

    @admin.action(description=_("Ungelesene Nachrichten zurückziehen"), permissions=["withdraw"])
    def withdraw(self, request: HttpRequest, queryset: QuerySet[PortalMessage]) -> None:
        done, refused = 0, 0
        for message in queryset:
            try:
                services.withdraw(message, actor=_actor(request))
                done += 1
            except services.NotWithdrawable:
                refused += 1
        if done:
            self.message_user(
                request, _("%d Nachricht(en) zurückgezogen.") % done, messages.SUCCESS
            )
        if refused:
            self.message_user(
                request,
                _("%d Nachricht(en) waren schon gelesen oder zurückgezogen.") % refused,
                messages.WARNING,
            )
