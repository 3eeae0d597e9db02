"""The forms of the firm administration and the broker-post list."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from siegel.partners.models import Category, Role, ShipmentState


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
