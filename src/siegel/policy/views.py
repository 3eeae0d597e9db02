"""Staff page: paste or upload a mail and see how Siegel would send it (like siegel explain)."""

from __future__ import annotations

from email.utils import getaddresses
from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from siegel.core.mime import headers
from siegel.policy.decisions import plan_for

MAX_UPLOAD_BYTES = 25 * 1024 * 1024


class ExplainForm(forms.Form):
    message = forms.CharField(
        label=_("Nachricht (Quelltext)"), widget=forms.Textarea(attrs={"rows": 14}), required=False
    )
    upload = forms.FileField(label=_("oder .eml-Datei"), required=False)
    recipients = forms.CharField(
        label=_("Empfänger (optional, durch Komma getrennt)"), required=False
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        upload = data.get("upload")
        if upload is not None and upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Die Datei ist zu groß (höchstens 25 MB)."))
        raw = upload.read() if upload is not None else data.get("message", "").encode("utf-8")
        if not raw.strip():
            raise forms.ValidationError(_("Bitte eine Nachricht einfügen oder hochladen."))
        data["raw"] = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return data


def explain_view(request: HttpRequest) -> HttpResponse:
    form = ExplainForm(request.POST or None, request.FILES or None)
    context: dict[str, Any] = {
        **admin.site.each_context(request),
        "form": form,
        "title": _("Versandentscheidung erklären"),
    }
    if request.method == "POST" and form.is_valid():
        raw = form.cleaned_data["raw"]
        sender = next((a for _, a in getaddresses(headers.get_all(raw, "From")) if a), "")
        recipients = [
            r.strip() for r in form.cleaned_data["recipients"].split(",") if r.strip()
        ] or [
            a for _, a in getaddresses(headers.get_all(raw, "To") + headers.get_all(raw, "Cc")) if a
        ]
        if recipients:
            context["explanation"] = plan_for(raw, sender=sender, recipients=recipients).text()
        else:
            form.add_error("recipients", _("Die Nachricht nennt keine Empfänger; bitte angeben."))
    return render(request, "policy/explain.html", context)
