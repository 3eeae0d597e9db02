"""The form a portal user writes with: visible German labels, errors tied to their fields."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _


class MultipleFiles(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Several files in one field (Django's documented pattern for ``multiple``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFiles())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class LetterForm(forms.Form):
    to = forms.CharField(
        label=_("An"),
        max_length=320,
        help_text=_("Eine Adresse der Versicherung, z. B. die Ihrer Ansprechpartnerin."),
    )
    subject = forms.CharField(label=_("Betreff"), max_length=200, required=False)
    body = forms.CharField(
        label=_("Nachricht"), widget=forms.Textarea(attrs={"rows": 12}), max_length=100_000
    )
    attachments = AttachmentsField(label=_("Anhang"), required=False)
    token = forms.CharField(widget=forms.HiddenInput, max_length=64)
