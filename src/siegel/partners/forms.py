"""The forms of the firm administration, the broker-post list, API access and the webhook."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator
from django.utils.translation import gettext_lazy as _

from siegel.partners.credentials import CERTIFICATE_SCOPE_CHOICES, Scope
from siegel.partners.models import Category, Membership, Role, ShipmentState


class AddUserForm(forms.Form):
    address = forms.EmailField(label=_("E-Mail-Adresse"), max_length=150)
    display_name = forms.CharField(label=_("Name"), max_length=150, required=False)
    role = forms.ChoiceField(label=_("Rechte"), choices=Role.choices, initial=Role.BASIC)


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Rechte"), choices=Role.choices)


class ShipmentFilterForm(forms.Form):
    """GET parameters of the list; invalid values filter nothing rather than fail."""

    kategorie = forms.ChoiceField(
        label=_("Kategorie"), choices=[("", _("alle")), *Category.choices], required=False
    )
    kunde = forms.CharField(label=_("Kunde oder Vertragsnummer"), max_length=200, required=False)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("alle")), *ShipmentState.choices], required=False
    )
    von = forms.DateField(
        label=_("Eingestellt ab"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    bis = forms.DateField(
        label=_("Eingestellt bis"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class AuditExportForm(forms.Form):
    """The firm's part of the audit log: a date range (both days included) and a format."""

    von = forms.DateField(
        label=_("Von"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    bis = forms.DateField(
        label=_("Bis"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    format = forms.ChoiceField(
        label=_("Format"),
        choices=[("csv", _("CSV (Tabellenkalkulation)")), ("jsonl", _("JSON Lines"))],
        initial="csv",
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if data.get("von") and data.get("bis") and data["von"] > data["bis"]:
            raise forms.ValidationError(_("„Von“ liegt nach „Bis“."))
        return data


class TokenForm(forms.Form):
    """A new API token: what it is for, whose it is, what it may do and how long it lives."""

    name = forms.CharField(
        label=_("Bezeichnung"),
        max_length=100,
        help_text=_("Zum Beispiel der Name des Maklerverwaltungsprogramms."),
    )
    member = forms.TypedChoiceField(label=_("Für Benutzer"), coerce=int)
    scopes = forms.MultipleChoiceField(
        label=_("Berechtigungen"),
        choices=Scope.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=list(Scope.values),
    )
    days = forms.IntegerField(label=_("Gültig für (Tage)"), min_value=1)

    def __init__(self, *args: Any, members: Sequence[Membership], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _offer_members(self, members)
        days = self.fields["days"]
        assert isinstance(days, forms.IntegerField)
        days.validators.append(MaxValueValidator(settings.SIEGEL_API_TOKEN_MAX_DAYS))
        days.widget.attrs["max"] = settings.SIEGEL_API_TOKEN_MAX_DAYS
        days.initial = settings.SIEGEL_API_TOKEN_DAYS
        days.help_text = _("Höchstens %(days)d Tage.") % {
            "days": settings.SIEGEL_API_TOKEN_MAX_DAYS
        }


class CertificateForm(forms.Form):
    """A client certificate to map: the file, whose it is, and what it may do."""

    member = forms.TypedChoiceField(label=_("Für Benutzer"), coerce=int)
    certificate = forms.FileField(
        label=_("Zertifikat"),
        help_text=_(
            "Die Datei mit dem Client-Zertifikat, PEM (.pem, .crt) oder DER (.cer, .der). "
            "Nur das Zertifikat: eine .p12- oder .pfx-Datei enthält auch den privaten "
            "Schlüssel und gehört nicht hierher."
        ),
    )
    scopes = forms.MultipleChoiceField(
        label=_("Berechtigungen"),
        choices=CERTIFICATE_SCOPE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        initial=list(Scope.values),
    )

    def __init__(self, *args: Any, members: Sequence[Membership], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _offer_members(self, members)


def _offer_members(form: forms.Form, members: Sequence[Membership]) -> None:
    """Whom the credential may be for; a user acting for themselves has nobody to choose."""
    member = form.fields["member"]
    assert isinstance(member, forms.TypedChoiceField)
    member.choices = [(m.pk, m.account.address) for m in members]
    member.initial = members[0].pk if members else None
    if len(members) == 1:
        member.widget = forms.HiddenInput()


class WebhookForm(forms.Form):
    url = forms.CharField(
        label=_("Adresse (URL)"),
        max_length=500,
        help_text=_(
            "Eine https-Adresse Ihres Maklerverwaltungsprogramms, z. B. https://mvp.ihre-firma.de/siegel."
        ),
    )
