"""Portal accounts for staff (German UI): status, lock, last sign-in, and the staff actions.

Every action goes through :mod:`siegel.accounts.services` and is audited with the
staff member as actor. Nothing secret is shown: no password, answer or token.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from axes.models import AccessAttempt
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db.models import IntegerField, OuterRef, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from siegel.accounts import services
from siegel.accounts.errors import AccountError
from siegel.accounts.models import Account

# Second-factor devices hold secrets (TOTP keys, recovery codes): staff neither see nor edit
# them; a person manages their own on the security page.
for device_model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(device_model):
        admin.site.unregister(device_model)


def staff_actor(request: HttpRequest) -> str:
    return f"staff:{request.user.get_username()}"


class AccountCreationForm(forms.ModelForm):
    class Meta:
        model = Account
        fields = ["address"]

    def clean_address(self) -> str:
        address = str(self.cleaned_data["address"]).strip().lower()
        forms.EmailField().clean(address)
        return address


def _each(
    label: Any, service: Callable[..., None], done: Any
) -> Callable[[admin.ModelAdmin, HttpRequest, QuerySet[Account]], None]:
    """An admin action that runs ``service`` per selected account and reports each refusal."""

    def action(
        model_admin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Account]
    ) -> None:
        count = 0
        for account in queryset.select_related("user"):
            try:
                service(account, actor=staff_actor(request))
                count += 1
            except AccountError as error:
                model_admin.message_user(request, f"{account.address}: {error}", messages.WARNING)
        if count:
            model_admin.message_user(request, done % {"count": count}, messages.SUCCESS)

    action.__name__ = service.__name__
    return admin.action(description=label)(action)


@admin.register(Account)
class AccountAdmin(admin.ModelAdmin):
    list_display = ["address", "display_name", "status", "locked", "last_login", "created"]
    list_filter = ["status"]
    search_fields = ["address", "display_name"]
    readonly_fields = [
        "address",
        "display_name",
        "language",
        "status",
        "security_question",
        "created",
        "registered",
        "updated",
    ]
    actions = [
        _each(_("Entsperren"), services.unlock, _("%(count)d Konten entsperrt.")),
        _each(
            _("Sicherheitsfrage zurücksetzen (Link zum neuen Passwort per E-Mail)"),
            services.reset_security_question,
            _("%(count)d Sicherheitsfragen zurückgesetzt."),
        ),
        _each(
            _("Registrierung erneut senden"),
            services.resend_registration,
            _("%(count)d Registrierungen erneut gesendet."),
        ),
        _each(_("Deaktivieren"), services.disable, _("%(count)d Konten deaktiviert.")),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Account]:
        failures = (
            AccessAttempt.objects.filter(username=OuterRef("address"))
            .values("username")
            .annotate(total=Sum("failures_since_start"))
            .values("total")
        )
        return (
            super()
            .get_queryset(request)
            .select_related("user")
            .annotate(failures=Coalesce(Subquery(failures, output_field=IntegerField()), 0))
        )

    @admin.display(description=_("gesperrt"), boolean=True)
    def locked(self, obj: Account) -> bool:
        return int(getattr(obj, "failures", 0)) >= settings.AXES_FAILURE_LIMIT

    @admin.display(description=_("letzte Anmeldung"), ordering="user__last_login")
    def last_login(self, obj: Account) -> Any:
        return obj.user.last_login

    def get_form(
        self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any
    ) -> Any:
        if obj is None:
            kwargs["form"] = AccountCreationForm
        return super().get_form(request, obj, change, **kwargs)

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return ["address"] if obj is None else self.readonly_fields

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return [] if obj is None else self.readonly_fields

    def save_model(self, request: HttpRequest, obj: Account, form: Any, change: bool) -> None:
        """Staff create an account through the service: registration mails and audit with it."""
        created = services.create(form.cleaned_data["address"], actor=staff_actor(request))
        obj.pk, obj.user_id = created.pk, created.user_id

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class StaffOnlyUserAdmin(UserAdmin):
    """Django's user admin for the insurer's staff only: portal users are not in it.

    A portal user's password, name or status change only through the audited account
    services (reset link by mail, the actions above). Otherwise a staff member could
    set a customer's password, sign in as the customer and read the mailbox, with
    the reading recorded as the customer's own.
    """

    def get_queryset(self, request: HttpRequest) -> QuerySet[User]:
        return super().get_queryset(request).filter(portal_account__isnull=True)

    def user_change_password(self, request: HttpRequest, id: str, form_url: str = "") -> Any:
        if not self.get_queryset(request).filter(pk=id).exists():
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)


if admin.site.is_registered(User):
    admin.site.unregister(User)
admin.site.register(User, StaffOnlyUserAdmin)
